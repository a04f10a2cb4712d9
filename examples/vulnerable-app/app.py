"""A small file-report service, written quickly with an AI assistant (deliberately insecure demo)."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/report")
def report():
    name = request.args.get("name", "")
    # Lists matching reports; the shell makes the wildcard work.
    output = subprocess.check_output("ls reports/" + name + "*", shell=True)
    return output


@app.route("/calc")
def calc():
    # Evaluates a formula sent by the dashboard.
    return str(eval(request.args["expr"]))
