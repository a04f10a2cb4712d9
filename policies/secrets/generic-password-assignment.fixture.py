# ruleid: generic-password-assignment
DB_PASSWORD = "HnNzV^GVgQAf0u"
# ruleid: generic-password-assignment
password="^kMOWwlzG=W-1Y"
# ruleid: generic-password-assignment
conn = connect(host='db', password='C_qkQGyJzlyjE8')
# ok: generic-password-assignment
password = os.environ["DB_PASSWORD"]
# ok: generic-password-assignment
password = "password"
# ok: generic-password-assignment
password = "%(db_password)s"
# ok: generic-password-assignment
password = ""
# ok: generic-password-assignment
password = "changeme"
# ok: generic-password-assignment
password = input("Password: ")
# ok: generic-password-assignment
password_field = "password"
# ok: generic-password-assignment
if password == "hunter2":
# ok: generic-password-assignment
password = user_password
