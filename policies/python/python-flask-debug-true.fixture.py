import asyncio
import os

from flask import Flask

app = Flask(__name__)
# ruleid: python-flask-debug-true
app.debug = True
# ruleid: python-flask-debug-true
app.config["DEBUG"] = True

if __name__ == "__main__":
    # ruleid: python-flask-debug-true
    app.run(host="0.0.0.0", port=5000, debug=True)
    # ruleid: python-flask-debug-true
    socketio.run(app, debug=True)
    # ok: python-flask-debug-true
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: python-flask-debug-true
    app.run(debug=False)
    # ok: python-flask-debug-true
    asyncio.run(main(), debug=True)
    # ok: python-flask-debug-true
    app.config["TESTING"] = True
    # ok: python-flask-debug-true
    # app.run(debug=True)
