from django.http import HttpResponseRedirect
from django.shortcuts import redirect as go
from django.utils.http import url_has_allowed_host_and_scheme
from flask import redirect, request, url_for

ALLOWED = {"docs": "https://docs.internal/", "home": "/"}


def after_login():
    # ruleid: python-open-redirect
    return redirect(request.args.get("next"))


def after_logout(request):
    target = request.GET.get("next", "/")
    # ruleid: python-open-redirect
    return HttpResponseRedirect(target)


def back(request):
    # ruleid: python-open-redirect
    return go(f"{request.POST['return_to']}")


def aliased():
    url = request.values["u"]
    # ruleid: python-open-redirect
    return go(url)


def safe_checked(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: python-open-redirect
    return redirect(target)


def safe_allow_list():
    # ok: python-open-redirect
    return redirect(ALLOWED[request.args.get("site", "home")])


def safe_internal():
    # ok: python-open-redirect
    return redirect(url_for("profile", user=request.args["user"]))


def constant_target():
    # ok: python-open-redirect
    return redirect("/dashboard")


def parameter_not_request(next_url):
    # ok: python-open-redirect
    return redirect(next_url)
