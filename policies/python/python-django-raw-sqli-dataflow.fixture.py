from django.db.models.expressions import RawSQL

from .models import User


def search(request):
    name = request.GET["name"]
    # ruleid: python-django-raw-sqli-dataflow
    users = User.objects.raw(f"SELECT * FROM app_user WHERE name = '{name}'")
    clause = "name = '%s'" % name
    # ruleid: python-django-raw-sqli-dataflow
    users = User.objects.extra(where=[clause])
    # ruleid: python-django-raw-sqli-dataflow
    users = User.objects.annotate(x=RawSQL("SELECT 1 WHERE a = " + name, []))
    # ok: python-django-raw-sqli-dataflow
    users = User.objects.raw("SELECT * FROM app_user WHERE name = %s", [name])
    # ok: python-django-raw-sqli-dataflow
    users = User.objects.filter(name=name)
    # ok: python-django-raw-sqli-dataflow
    users = User.objects.extra(where=["name = %s"], params=[name])
    return users
