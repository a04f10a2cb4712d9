import hashlib


def digests(data, body):
    # ruleid: python-weak-hash
    sig = hashlib.md5(data).hexdigest()
    # ruleid: python-weak-hash
    h = hashlib.sha1()
    # ruleid: python-weak-hash
    h = hashlib.new("md5", data)
    # ruleid: python-weak-hash
    h = hashlib.new('SHA1')


def safe(data, body):
    # ok: python-weak-hash
    etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
    # ok: python-weak-hash
    h = hashlib.sha256(data).hexdigest()
    # ok: python-weak-hash
    h = hashlib.new("sha256", data)
    # ok: python-weak-hash
    h = hashlib.new("md5", usedforsecurity=False)
    # ok: python-weak-hash
    h = mylib.md5(data)
