import os
import stat
from pathlib import Path


def setup(sock_path, script):
    # ruleid: python-world-writable-permissions
    os.chmod(sock_path, 0o777)
    # ruleid: python-world-writable-permissions
    os.chmod(script, 0o666)
    # ruleid: python-world-writable-permissions
    Path(script).chmod(0o776)
    # ruleid: python-world-writable-permissions
    os.chmod(script, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    # ruleid: python-world-writable-permissions
    os.chmod(script, 511)
    # ruleid: python-world-writable-permissions
    os.umask(0)


def safe(sock_path, script):
    # ok: python-world-writable-permissions
    os.chmod(sock_path, 0o600)
    # ok: python-world-writable-permissions
    os.chmod(script, 0o755)
    # ok: python-world-writable-permissions
    os.makedirs(script, 0o777, exist_ok=True)
    # ok: python-world-writable-permissions
    os.chmod(script, stat.S_IRUSR | stat.S_IWUSR)
    # ok: python-world-writable-permissions
    os.umask(0o077)
    # ok: python-world-writable-permissions
    os.chmod(script, mode)
    # ok: python-world-writable-permissions
    old_mask = os.umask(0)
    os.umask(old_mask)
