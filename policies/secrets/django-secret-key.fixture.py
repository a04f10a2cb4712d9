# ruleid: django-secret-key
SECRET_KEY = 'django-insecure-rcTu8@cW_v8gC8+oE73reqz3ABvoXrn+cpaj3gSWRrxoLK@vX^'
# ok: django-secret-key
SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
# ok: django-secret-key
SECRET_KEY = 'changeme'
