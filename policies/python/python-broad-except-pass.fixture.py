import logging

import requests

log = logging.getLogger(__name__)


def fetch(url):
    try:
        return requests.get(url, timeout=5).json()
    # ruleid: python-broad-except-pass
    except Exception:
        pass


def verify(sig, body):
    try:
        check_signature(sig, body)
    # ruleid: python-broad-except-pass
    except:
        pass
    return True


def drain(items):
    for item in items:
        try:
            item.close()
        # ruleid: python-broad-except-pass
        except BaseException as exc:
            continue


def specific(url):
    try:
        return requests.get(url, timeout=5)
    # ok: python-broad-except-pass
    except requests.Timeout:
        pass


def logged(url):
    try:
        return requests.get(url, timeout=5)
    # ok: python-broad-except-pass
    except Exception:
        log.exception("fetch failed")
        raise


def tuple_of_specific(path):
    try:
        return open(path).read()
    # ok: python-broad-except-pass
    except (FileNotFoundError, PermissionError):
        pass


def commented(obj, name):
    try:
        return getattr(obj, name)
    # ruleid: python-broad-except-pass
    except Exception:  # pragma: no cover
        # some descriptors fail in __get__
        pass


def not_only_pass(path):
    try:
        os.remove(path)
    # ok: python-broad-except-pass
    except Exception:
        pass_count = 1
