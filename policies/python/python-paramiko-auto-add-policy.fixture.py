import paramiko
from paramiko import AutoAddPolicy

client = paramiko.SSHClient()
# ruleid: python-paramiko-auto-add-policy
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
# ruleid: python-paramiko-auto-add-policy
client.set_missing_host_key_policy(AutoAddPolicy)
# ruleid: python-paramiko-auto-add-policy
client.set_missing_host_key_policy(paramiko.WarningPolicy())
# ok: python-paramiko-auto-add-policy
client.set_missing_host_key_policy(paramiko.RejectPolicy())
# ok: python-paramiko-auto-add-policy
client.load_system_host_keys()
# ok: python-paramiko-auto-add-policy
# client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
