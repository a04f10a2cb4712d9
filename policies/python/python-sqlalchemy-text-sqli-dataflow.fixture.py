import sqlalchemy
from sqlalchemy import text


def find(session, name, order):
    # ruleid: python-sqlalchemy-text-sqli-dataflow
    session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))
    stmt = "SELECT * FROM users ORDER BY " + order
    # ruleid: python-sqlalchemy-text-sqli-dataflow
    session.execute(sqlalchemy.text(stmt))
    # ok: python-sqlalchemy-text-sqli-dataflow
    session.execute(text("SELECT * FROM users WHERE name = :name"), {"name": name})
    # ok: python-sqlalchemy-text-sqli-dataflow
    session.execute(text("SELECT * FROM users LIMIT " + str(int(order))))


def other(text_widget, name):
    # ok: python-sqlalchemy-text-sqli-dataflow
    text_widget.text(f"Hello {name}")
