import shutil
import tarfile
import zipfile


def unpack(upload, dest):
    with tarfile.open(upload) as tf:
        # ruleid: python-tarfile-extractall-no-filter
        tf.extractall(dest)
    # ruleid: python-tarfile-extractall-no-filter
    tarfile.open(upload, "r:gz").extractall(path=dest)
    tar = tarfile.open(upload)
    # ruleid: python-tarfile-extractall-no-filter
    tar.extract("config.yml", dest)
    # ruleid: python-tarfile-extractall-no-filter
    shutil.unpack_archive(upload, dest)


def safe(upload, dest, options):
    with tarfile.open(upload) as tf:
        # ok: python-tarfile-extractall-no-filter
        tf.extractall(dest, filter="data")
    # ok: python-tarfile-extractall-no-filter
    zipfile.ZipFile(upload).extractall(dest)
    # ok: python-tarfile-extractall-no-filter
    shutil.unpack_archive(upload, dest, filter="data")
    # ok: python-tarfile-extractall-no-filter
    shutil.unpack_archive(upload, dest, "zip")
    # ok: python-tarfile-extractall-no-filter
    tar.extractall(dest, **options)
