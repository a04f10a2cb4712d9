from django.utils.html import format_html
from django.utils.safestring import mark_safe
from markupsafe import Markup, escape


def render(user, request, bio):
    # ruleid: python-markup-non-literal
    return Markup(f"<b>{user.name}</b>")


def render2(user, request, bio):
    # ruleid: python-markup-non-literal
    html = mark_safe("<p>" + bio + "</p>")
    # ruleid: python-markup-non-literal
    html = mark_safe(request.GET["msg"])
    # ruleid: python-markup-non-literal
    html = Markup("<i>{}</i>".format(bio))
    # ruleid: python-markup-non-literal
    html = mark_safe(bio)
    return html


def safe(user, bio):
    # ok: python-markup-non-literal
    html = format_html("<b>{}</b>", user.name)
    # ok: python-markup-non-literal
    html = Markup("<b>{}</b>").format(user.name)
    # ok: python-markup-non-literal
    html = mark_safe("<hr>")
    # ok: python-markup-non-literal
    html = Markup(escape(bio))
    # ok: python-markup-non-literal
    html = mark_safe(bleach.clean(bio))
    # ok: python-markup-non-literal
    html = mark_safe(FOOTER_HTML)
    return html
