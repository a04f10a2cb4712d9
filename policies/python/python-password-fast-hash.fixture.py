import hashlib

import bcrypt


def store(user, password, salt):
    # ruleid: python-password-fast-hash
    digest = hashlib.md5(password.encode()).hexdigest()
    # ruleid: python-password-fast-hash
    user.pw_hash = hashlib.sha256(salt + user.password.encode("utf-8")).hexdigest()
    # ruleid: python-password-fast-hash
    h = hashlib.sha1(new_passwd)
    h = hashlib.sha256()
    # ruleid: python-password-fast-hash
    h.update(password.encode())


def safe(user, password, salt, data):
    # ok: python-password-fast-hash
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    # ok: python-password-fast-hash
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    # ok: python-password-fast-hash
    digest = hashlib.sha256(data).hexdigest()
    h = hashlib.sha256()
    # ok: python-password-fast-hash
    h.update(data)
    # ok: python-password-fast-hash
    hashlib.sha256(b"constant").hexdigest()
