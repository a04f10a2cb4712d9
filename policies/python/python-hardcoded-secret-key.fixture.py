import os

from flask import Flask

app = Flask(__name__)
# ruleid: python-hardcoded-secret-key
app.secret_key = "dev-key-123"
# ruleid: python-hardcoded-secret-key
app.config["SECRET_KEY"] = "super secret key"
# ruleid: python-hardcoded-secret-key
SECRET_KEY = "django-insecure-k2j3h4g5f6d7s8a9"
# ruleid: python-hardcoded-secret-key
app.config.update(SECRET_KEY="change-me-please")

# ok: python-hardcoded-secret-key
app.secret_key = os.environ["SECRET_KEY"]
# ok: python-hardcoded-secret-key
app.config["SECRET_KEY"] = os.getenv("SECRET_KEY")
# ok: python-hardcoded-secret-key
SECRET_KEY = ""
# ok: python-hardcoded-secret-key
SECRET_KEY = "{{ secret_key }}"
# ok: python-hardcoded-secret-key
app.config["SESSION_COOKIE_NAME"] = "sid"
