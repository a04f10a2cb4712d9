import tempfile


def export(rows):
    # ruleid: python-tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv")
    # ruleid: python-tempfile-mktemp
    other = tempfile.mktemp()
    # ok: python-tempfile-mktemp
    fd, path = tempfile.mkstemp(suffix=".csv")
    # ok: python-tempfile-mktemp
    tmpdir = tempfile.mkdtemp()
    # ok: python-tempfile-mktemp
    f = tempfile.NamedTemporaryFile(delete=False)
    # ok: python-tempfile-mktemp
    name = shell.mktemp()
