import os

from flask import request, send_file, send_from_directory
from werkzeug.utils import secure_filename

UPLOAD_DIR = "/srv/uploads"


def download():
    name = request.args["name"]
    # ruleid: python-path-traversal-dataflow
    return send_file(f"{UPLOAD_DIR}/{name}")


def read_report():
    path = "reports/" + request.form["report"] + ".txt"
    # ruleid: python-path-traversal-dataflow
    with open(path) as fh:
        return fh.read()


def delete_file():
    # ruleid: python-path-traversal-dataflow
    os.remove("/tmp/cache/%s" % request.args.get("key"))


def safe_download():
    name = request.args["name"]
    # ok: python-path-traversal-dataflow
    return send_from_directory(UPLOAD_DIR, name)


def safe_open():
    name = secure_filename(request.args["name"])
    # ok: python-path-traversal-dataflow
    with open(f"{UPLOAD_DIR}/{name}") as fh:
        return fh.read()


def not_a_view(base, name):
    # ok: python-path-traversal-dataflow
    with open(f"{base}/{name}") as fh:
        return fh.read()


def constant_path():
    user = request.args["user"]
    # ok: python-path-traversal-dataflow
    with open(UPLOAD_DIR + "/index.txt") as fh:
        return fh.read() + user
