import jwt


def claims_of(token, key):
    # ruleid: python-jwt-verify-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    # ruleid: python-jwt-verify-disabled
    claims = jwt.decode(token, key, verify=False)
    # ruleid: python-jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["HS256", "none"])
    # ruleid: python-jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["RS256"], options={'verify_signature': False, "verify_exp": True})


def safe(token, key):
    # ok: python-jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["RS256"], audience="api")
    # ok: python-jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": False})
    # ok: python-jwt-verify-disabled
    header = jwt.get_unverified_header(token)
    # ok: python-jwt-verify-disabled
    data = base64.decode(token, verify=False)
