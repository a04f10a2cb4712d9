from fastapi.middleware.cors import CORSMiddleware
from flask_cors import CORS, cross_origin

# ruleid: python-cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])
# ruleid: python-cors-wildcard-credentials
CORS(app, supports_credentials=True)
# ruleid: python-cors-wildcard-credentials
CORS(app, origins="*", supports_credentials=True)
# ruleid: python-cors-wildcard-credentials
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

# ok: python-cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
# ok: python-cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)
# ok: python-cors-wildcard-credentials
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
# ok: python-cors-wildcard-credentials
CORS(app)
