import os

# ruleid: python-django-debug-true
DEBUG = True
# ok: python-django-debug-true
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
# ok: python-django-debug-true
TEMPLATE_DEBUG = True
# ok: python-django-debug-true
DEBUG = False


def configure():
    # ok: python-django-debug-true
    DEBUG = True
    return DEBUG


# ruleid: python-django-debug-true
DEBUG: bool = True
