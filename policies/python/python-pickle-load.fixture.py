import json
import marshal
import pickle
import shelve

import jsonpickle
import numpy as np
import torch


def handle(request, sock, path):
    # ruleid: python-pickle-load
    obj = pickle.loads(request.get_data())
    # ruleid: python-pickle-load
    obj = pickle.load(sock.makefile("rb"))
    # ruleid: python-pickle-load
    code = marshal.loads(request.body)
    # ruleid: python-pickle-load
    db = shelve.open(path)
    # ruleid: python-pickle-load
    user = jsonpickle.decode(request.cookies["profile"])
    # ruleid: python-pickle-load
    state = torch.load(path)
    # ruleid: python-pickle-load
    arr = np.load(path, allow_pickle=True)
    # ruleid: python-pickle-load
    unp = pickle.Unpickler(sock.makefile("rb"))


def safe(request, path, obj):
    # ok: python-pickle-load
    data = json.loads(request.get_data())
    # ok: python-pickle-load
    blob = pickle.dumps(obj)
    # ok: python-pickle-load
    state = torch.load(path, weights_only=True)
    # ok: python-pickle-load
    arr = np.load(path)
    # ok: python-pickle-load
    arr = np.load(path, allow_pickle=False)
    # ok: python-pickle-load
    text = jsonpickle.encode(obj)
    # ok: python-pickle-load
    # obj = pickle.loads(request.get_data())
