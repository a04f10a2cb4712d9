import subprocess

def run(user_input):
    # ruleid: python-subprocess-shell-true
    subprocess.run("ls " + user_input, shell=True)
    # ruleid: python-subprocess-shell-true
    subprocess.Popen(f"grep {user_input} /var/log/app.log", shell=True, stdout=subprocess.PIPE)
    # ok: python-subprocess-shell-true
    subprocess.run(["ls", user_input], check=True)
    # ok: python-subprocess-shell-true
    subprocess.run(["ls", user_input], shell=False)


def aliases(user_input, timeout):
    import subprocess as sp
    from subprocess import check_output as out
    # ruleid: python-subprocess-shell-true
    sp.call(user_input, shell=True)
    # ruleid: python-subprocess-shell-true
    out(user_input, timeout=timeout, shell=True)
    # ruleid: python-subprocess-shell-true
    subprocess.check_call(
        user_input,  # the command
        shell=True,
    )
    # ok: python-subprocess-shell-true
    sp.call([user_input], cwd="/tmp")
    # ok: python-subprocess-shell-true
    shell.run(user_input, shell=True)
