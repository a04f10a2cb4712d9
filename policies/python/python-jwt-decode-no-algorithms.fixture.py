import jwt

SECRET = "from-env-at-startup"


def claims_of(token, public_key):
    # ruleid: python-jwt-decode-no-algorithms
    claims = jwt.decode(token, SECRET)
    # ruleid: python-jwt-decode-no-algorithms
    claims = jwt.decode(token, key=public_key, audience="api")


def safe(token, public_key, kwargs):
    # ok: python-jwt-decode-no-algorithms
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    # ok: python-jwt-decode-no-algorithms
    claims = jwt.decode(token, public_key, ["RS256"], algorithms=["RS256"])
    # ok: python-jwt-decode-no-algorithms
    claims = jwt.decode(token, public_key, **kwargs)
    # ok: python-jwt-decode-no-algorithms
    text = codecs.decode(token, "rot13")
