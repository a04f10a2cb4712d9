const jwt = require("jsonwebtoken");
function check(token, key) {
  // ruleid: javascript-jwt-none-algorithm
  const a = jwt.verify(token, key, { algorithms: ["HS256", "none"] });
  // ruleid: javascript-jwt-none-algorithm
  const b = jwt.sign({ sub: "1" }, "", { algorithm: "none" });
  // ruleid: javascript-jwt-none-algorithm
  const c = jwt.verify(token, key, { algorithms: ['NONE'] });
  // ok: javascript-jwt-none-algorithm
  const d = jwt.verify(token, key, { algorithms: ["RS256"] });
  // ok: javascript-jwt-none-algorithm
  const e = { algorithms: ["none-such-alg"] };
  // ok: javascript-jwt-none-algorithm
  const f = { compression: "none" };
  return [a, b, c, d, e, f];
}
