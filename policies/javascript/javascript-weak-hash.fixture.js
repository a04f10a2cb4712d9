const crypto = require("crypto");
function digest(data, key) {
  // ruleid: javascript-weak-hash
  const a = crypto.createHash("md5").update(data).digest("hex");
  // ruleid: javascript-weak-hash
  const b = crypto.createHash('sha1');
  // ruleid: javascript-weak-hash
  const c = crypto.createHmac("sha1", key);
  // ok: javascript-weak-hash
  const d = crypto.createHash("sha256").update(data).digest("hex");
  // ok: javascript-weak-hash
  const e = crypto.createHash(algorithm);
  // ok: javascript-weak-hash
  const f = crypto.createHash("sha512-md5-compat-name");
  return [a, b, c, d, e, f];
}
