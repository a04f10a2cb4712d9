import aiohttp
import httpx
import jwt
import requests


def fetch(url, body, token, key):
    # ruleid: python-tls-verify-disabled
    requests.post(url, json=body, verify=False)
    # ruleid: python-tls-verify-disabled
    r = requests.get(url, timeout=5, verify=False)
    # ruleid: python-tls-verify-disabled
    client = httpx.Client(verify=False)
    session = requests.Session()
    # ruleid: python-tls-verify-disabled
    session.verify = False
    # ruleid: python-tls-verify-disabled
    conn = aiohttp.TCPConnector(ssl=False)
    # ruleid: python-tls-verify-disabled
    resp = session.request("GET", url, verify=False)


def safe(url, body, token, key):
    # ok: python-tls-verify-disabled
    requests.post(url, json=body, timeout=10)
    # ok: python-tls-verify-disabled
    requests.get(url, verify="/etc/ssl/certs/corp-ca.pem")
    # ok: python-tls-verify-disabled
    requests.get(url, verify=True)
    # ok: python-tls-verify-disabled
    claims = jwt.decode(token, key, algorithms=["HS256"], verify=False)
    # ok: python-tls-verify-disabled
    self.verify = False
    # ok: python-tls-verify-disabled
    conn = aiohttp.TCPConnector(ssl=True)
    # ok: python-tls-verify-disabled
    # requests.get(url, verify=False)
