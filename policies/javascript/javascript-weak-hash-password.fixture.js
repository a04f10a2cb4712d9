const crypto = require("crypto");
function store(user, password, body) {
  // ruleid: javascript-weak-hash-password
  user.hash = crypto.createHash("md5").update(password).digest("hex");
  // ruleid: javascript-weak-hash-password
  const h = crypto.createHash("sha1").update(body.password + SALT).digest("hex");
  // ruleid: javascript-weak-hash-password
  const h2 = createHash("sha256").update(user.newPassword, "utf8").digest("base64");
  // ok: javascript-weak-hash-password
  const etag = crypto.createHash("md5").update(body.content).digest("hex");
  // ok: javascript-weak-hash-password
  const key = crypto.scryptSync(password, salt, 64);
  // ok: javascript-weak-hash-password
  const mac = crypto.createHmac("sha256", secret).update(payload).digest("hex");
  return [h, h2, etag, key, mac];
}
