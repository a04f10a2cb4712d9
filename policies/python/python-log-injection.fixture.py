import logging

from flask import request

log = logging.getLogger(__name__)


def login():
    # ruleid: python-log-injection
    log.info(f"login failed for {request.form['user']}")


def search():
    term = request.args.get("q", "")
    message = "search for " + term
    # ruleid: python-log-injection
    logging.warning(message)


def upload(self):
    name = request.files["doc"].filename
    # ruleid: python-log-injection
    self.logger.error("upload rejected: %s" % name)


def agent():
    ua = request.headers.get("User-Agent")
    # ruleid: python-log-injection
    app.logger.debug("client {}".format(ua))


def login_safe():
    user = request.form["user"]
    # ok: python-log-injection
    log.info("login failed for %r", user)
    # ok: python-log-injection
    log.info(f"login failed for {user.replace(chr(10), ' ')}")


def counts():
    page = int(request.args.get("page", 1))
    # ok: python-log-injection
    log.info(f"page {page} requested")


def not_from_request(job_id):
    # ok: python-log-injection
    log.info(f"job {job_id} finished")
    # ok: python-log-injection
    log.info("request.args is logged nowhere")


def not_a_logger():
    # ok: python-log-injection
    form.error(f"bad value {request.form['x']}")
