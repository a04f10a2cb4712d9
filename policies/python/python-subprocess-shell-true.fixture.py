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
