const jwt = require("jsonwebtoken");
function auth(req, res, next) {
  // ruleid: javascript-jwt-decode-unverified
  req.user = jwt.decode(req.headers.authorization.slice(7));
  // ruleid: javascript-jwt-decode-unverified
  const claims = jsonwebtoken.decode(token, { complete: true });
  // ok: javascript-jwt-decode-unverified
  const user = jwt.verify(token, publicKey, { algorithms: ["RS256"] });
  // ok: javascript-jwt-decode-unverified
  const text = decoder.decode(buf);
  // ok: javascript-jwt-decode-unverified
  const raw = base64url.decode(part);
  next(claims, user, text, raw);
}
