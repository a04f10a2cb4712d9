import os
import shlex
import subprocess
from os import system as run_shell


def backup(directory, host):
    # ruleid: python-cmdi-dataflow
    os.system(f"tar -czf /tmp/backup.tgz {directory}")
    cmd = "ping -c 1 " + host
    # ruleid: python-cmdi-dataflow
    subprocess.run(cmd, shell=True, check=True)
    # ruleid: python-cmdi-dataflow
    run_shell("rm -rf %s" % directory)
    # ruleid: python-cmdi-dataflow
    out = subprocess.getoutput("du -sh {}".format(directory))
    # ok: python-cmdi-dataflow
    subprocess.run(["tar", "-czf", "/tmp/backup.tgz", directory], check=True)
    # ok: python-cmdi-dataflow
    os.system("sync")
    # ok: python-cmdi-dataflow
    os.system("ping -c 1 " + shlex.quote(host))
    # ok: python-cmdi-dataflow
    subprocess.run(cmd.split(), check=True)
    return out


def not_a_shell(directory):
    # ok: python-cmdi-dataflow
    subprocess.run(f"ls {directory}", shell=False)
