import os

import psycopg2

# ruleid: python-hardcoded-password
DB_PASSWORD = "Sup3rS3cret!"
# ruleid: python-hardcoded-password
settings.smtp_password = "mail-2024-pass"
# ruleid: python-hardcoded-password
conn = psycopg2.connect(host="db", user="app", password="hunter2hunter2")
# ruleid: python-hardcoded-password
CONFIG = {"api_key": "k7Gq2xPz9LmW4vBn"}

# ok: python-hardcoded-password
DB_PASSWORD = os.environ["DB_PASSWORD"]
# ok: python-hardcoded-password
API_KEY = "OPENAI_API_KEY"
# ok: python-hardcoded-password
password = "<your password>"
# ok: python-hardcoded-password
PASSWORD_FIELD = "password"
# ok: python-hardcoded-password
secret = "/run/secrets/db_password"
# ok: python-hardcoded-password
conn = psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])
# ok: python-hardcoded-password
api_key = "changeme123"
# ok: python-hardcoded-password
password = ""
