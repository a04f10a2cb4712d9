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
