import socket
import ssl
import urllib.request


def connect(host, sock):
    # ruleid: python-ssl-unverified-context
    ctx = ssl._create_unverified_context()
    # ruleid: python-ssl-unverified-context
    ssl._create_default_https_context = ssl._create_unverified_context
    ctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: python-ssl-unverified-context
    ctx2.check_hostname = False
    # ruleid: python-ssl-unverified-context
    ctx2.verify_mode = ssl.CERT_NONE
    # ruleid: python-ssl-unverified-context
    wrapped = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)


def safe(host):
    # ok: python-ssl-unverified-context
    ctx = ssl.create_default_context()
    # ok: python-ssl-unverified-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: python-ssl-unverified-context
    ctx.check_hostname = True
    # ok: python-ssl-unverified-context
    if ctx.verify_mode == ssl.CERT_NONE:
        raise ValueError("refusing to connect without verification")
    # ok: python-ssl-unverified-context
    # ctx = ssl._create_unverified_context()


class ContextShim:
    def __init__(self):
        # ok: python-ssl-unverified-context
        self.check_hostname = False
        # ok: python-ssl-unverified-context
        self.verify_mode = ssl.CERT_NONE
