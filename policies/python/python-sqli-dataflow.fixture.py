import sqlite3


def by_name(conn, name, limit):
    cur = conn.cursor()
    # ruleid: python-sqli-dataflow
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    query = "SELECT * FROM users WHERE name = '" + name + "'"
    # ruleid: python-sqli-dataflow
    cur.execute(query)
    sql = "DELETE FROM sessions WHERE user = '%s'" % name
    # ruleid: python-sqli-dataflow
    conn.execute(sql)
    q = "SELECT * FROM t WHERE a = 1"
    q += " AND b = '{}'".format(name)
    # ruleid: python-sqli-dataflow
    cur.execute(q)
    # ruleid: python-sqli-dataflow
    cur.executemany("INSERT INTO log VALUES ('{}', ?)".format(name), rows)
    # ok: python-sqli-dataflow
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: python-sqli-dataflow
    cur.execute("SELECT * FROM users WHERE name = %(n)s", {"n": name})
    table = "users"
    # ok: python-sqli-dataflow
    cur.execute(f"SELECT * FROM {table} LIMIT 10")
    # ok: python-sqli-dataflow
    cur.execute("SELECT * FROM users LIMIT %d" % int(limit))
    TABLE = "events"
    # ok: python-sqli-dataflow
    cur.execute("SELECT count(*) FROM " + TABLE)


def build(name):
    return f"SELECT * FROM users WHERE name = '{name}'"


def run_prepared(cur, name):
    q = build(name)
    # todoruleid: python-sqli-dataflow
    cur.execute(q)
    q2 = "SELECT 1"
    # ok: python-sqli-dataflow
    cur.execute(q2)
