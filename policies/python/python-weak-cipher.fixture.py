from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, data, iv):
    # ruleid: python-weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    # ruleid: python-weak-cipher
    des = DES.new(key)
    # ruleid: python-weak-cipher
    rc4 = ARC4.new(key)
    # ruleid: python-weak-cipher
    c = Cipher(algorithms.AES(key), modes.ECB())
    # ruleid: python-weak-cipher
    c = Cipher(algorithms.TripleDES(key), modes.CBC(iv))


def safe(key, data, iv):
    # ok: python-weak-cipher
    cipher = AES.new(key, AES.MODE_GCM)
    # ok: python-weak-cipher
    c = Cipher(algorithms.AES(key), modes.GCM(iv))
    # ok: python-weak-cipher
    c = Cipher(algorithms.ChaCha20(key, iv), mode=None)
    # ok: python-weak-cipher
    mode = config.MODE_ECB
