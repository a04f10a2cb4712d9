import ssl

from OpenSSL import SSL

# ruleid: python-ssl-weak-protocol
ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
# ruleid: python-ssl-weak-protocol
ctx = SSL.Context(SSL.SSLv3_METHOD)
ctx2 = ssl.create_default_context()
# ruleid: python-ssl-weak-protocol
ctx2.minimum_version = ssl.TLSVersion.TLSv1

# ok: python-ssl-weak-protocol
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
# ok: python-ssl-weak-protocol
ctx2.minimum_version = ssl.TLSVersion.TLSv1_2
# ok: python-ssl-weak-protocol
ctx = SSL.Context(SSL.TLS_METHOD)
# ruleid: python-ssl-weak-protocol
sock = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_SSLv3)
# ok: python-ssl-weak-protocol
ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
# ok: python-ssl-weak-protocol
_versions[ssl.PROTOCOL_TLSv1] = SSL.TLSv1_METHOD
# ok: python-ssl-weak-protocol
names = {ssl.PROTOCOL_TLSv1_1: "TLSv1.1"}
