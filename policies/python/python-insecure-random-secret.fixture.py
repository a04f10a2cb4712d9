import random
import secrets
import string


def issue(user):
    # ruleid: python-insecure-random-secret
    otp = "".join(random.choices(string.digits, k=6))
    # ruleid: python-insecure-random-secret
    reset_token = "%032x" % random.getrandbits(128)
    # ruleid: python-insecure-random-secret
    user.api_key = "".join(random.choice(string.ascii_letters) for _ in range(40))
    # ruleid: python-insecure-random-secret
    session["csrf_token"] = str(random.randint(0, 10**12))


def generate_password(length=12):
    # ruleid: python-insecure-random-secret
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(length))


def safe(items):
    # ok: python-insecure-random-secret
    token = secrets.token_urlsafe(32)
    # ok: python-insecure-random-secret
    otp = "".join(secrets.choice(string.digits) for _ in range(6))
    # ok: python-insecure-random-secret
    delay = random.uniform(0.5, 1.5)
    # ok: python-insecure-random-secret
    sample = random.sample(items, 3)
    # ok: python-insecure-random-secret
    salt = "".join(random.SystemRandom().choice(string.hexdigits) for _ in range(16))
    # ok: python-insecure-random-secret
    token_count = len(items)


def pick_color():
    # ok: python-insecure-random-secret
    return random.choice(["red", "green"])
