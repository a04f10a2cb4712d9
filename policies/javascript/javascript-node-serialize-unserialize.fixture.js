const serialize = require("node-serialize");
function load(req, raw) {
  // ruleid: javascript-node-serialize-unserialize
  const profile = serialize.unserialize(req.cookies.profile);
  // ruleid: javascript-node-serialize-unserialize
  const obj = require("node-serialize").unserialize(raw);
  // ruleid: javascript-node-serialize-unserialize
  const b = serialize.unserialize(Buffer.from(req.body.data, "base64").toString());
  // ok: javascript-node-serialize-unserialize
  const safe = JSON.parse(req.cookies.profile);
  // ok: javascript-node-serialize-unserialize
  const php = phpSerialize.unserialize(raw);
  // ok: javascript-node-serialize-unserialize
  const s = serialize.serialize({ a: 1 });
  return [profile, obj, b, safe, php, s];
}
