import yaml


def load(path, body):
    # ruleid: python-yaml-unsafe-load
    cfg = yaml.load(open(path))
    # ruleid: python-yaml-unsafe-load
    cfg = yaml.load(body, Loader=yaml.Loader)
    # ruleid: python-yaml-unsafe-load
    cfg = yaml.load(body, Loader=yaml.UnsafeLoader)
    # ruleid: python-yaml-unsafe-load
    cfg = yaml.load(body, yaml.CLoader)
    # ruleid: python-yaml-unsafe-load
    docs = list(yaml.load_all(body))
    # ruleid: python-yaml-unsafe-load
    cfg = yaml.unsafe_load(body)


def safe(path, body):
    # ok: python-yaml-unsafe-load
    cfg = yaml.safe_load(open(path))
    # ok: python-yaml-unsafe-load
    cfg = yaml.load(body, Loader=yaml.SafeLoader)
    # ok: python-yaml-unsafe-load
    cfg = yaml.load(body, Loader=yaml.CSafeLoader)
    # ok: python-yaml-unsafe-load
    cfg = yaml.load(body, yaml.BaseLoader)
    # ok: python-yaml-unsafe-load
    cfg = json.load(open(path))
    # ok: python-yaml-unsafe-load
    text = yaml.dump(cfg)
