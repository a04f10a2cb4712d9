import requests
import urllib.request
from urllib.request import urlopen


def proxy(host, path, api):
    # ruleid: python-ssrf-dataflow
    r = requests.get(f"http://{host}/status", timeout=5)
    url = "https://" + host + path
    # ruleid: python-ssrf-dataflow
    requests.post(url, json={}, timeout=5)
    # ruleid: python-ssrf-dataflow
    urlopen("http://%s/metadata" % host)
    # ok: python-ssrf-dataflow
    requests.get("https://api.github.com/rate_limit", timeout=5)
    # ok: python-ssrf-dataflow
    requests.get(api, timeout=5)
    BASE = "https://internal.service"
    # ok: python-ssrf-dataflow
    requests.get(BASE + "/health", timeout=5)
    # ok: python-ssrf-dataflow
    session.get(f"http://{host}/status")
    return r
