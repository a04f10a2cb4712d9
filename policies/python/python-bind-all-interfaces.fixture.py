import socket

import uvicorn

# ruleid: python-bind-all-interfaces
uvicorn.run(app, host="0.0.0.0", port=8000)
# ruleid: python-bind-all-interfaces
app.run(host='0.0.0.0', debug=False)
sock = socket.socket()
# ruleid: python-bind-all-interfaces
sock.bind(("0.0.0.0", 9000))
# ruleid: python-bind-all-interfaces
sock.bind(("", 9000))

# ok: python-bind-all-interfaces
uvicorn.run(app, host="127.0.0.1", port=8000)
# ok: python-bind-all-interfaces
sock.bind(("127.0.0.1", 9000))
# ok: python-bind-all-interfaces
sock.bind((HOST, 9000))
# ok: python-bind-all-interfaces
sock.bind("/tmp/app.sock")
