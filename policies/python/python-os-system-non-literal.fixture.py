import os
import shlex
import subprocess
import asyncio

GREETING = "echo hello"


def convert(upload_path, name, request):
    # ruleid: python-os-system-non-literal
    os.system("convert " + upload_path + " out.png")
    # ruleid: python-os-system-non-literal
    os.popen(f"tar xzf {name}").read()
    # ruleid: python-os-system-non-literal
    os.system("ping -c 1 {}".format(request.args["host"]))
    # ruleid: python-os-system-non-literal
    os.system("rm -rf /tmp/%s" % name)
    # ruleid: python-os-system-non-literal
    out = subprocess.getoutput("ls " + name)
    # ruleid: python-os-system-non-literal
    os.system(request.form["cmd"])
    # ruleid: python-os-system-non-literal
    os.system(name)


async def run_async(name):
    # ruleid: python-os-system-non-literal
    await asyncio.create_subprocess_shell(f"gzip {name}")


def safe(upload_path, name):
    # ok: python-os-system-non-literal
    os.system("make clean")
    # ok: python-os-system-non-literal
    os.system(GREETING)
    # ok: python-os-system-non-literal
    os.popen(f"uptime").read()
    # ok: python-os-system-non-literal
    subprocess.run(["convert", upload_path, "out.png"], check=True)
    # ok: python-os-system-non-literal
    os.path.join("a" + name, "b")
    # ok: python-os-system-non-literal
    # os.system("rm " + name)
    # ok: python-os-system-non-literal
    mysystem.system("ls " + name)
