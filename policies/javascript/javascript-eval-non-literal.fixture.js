function handler(req, res) {
  // ruleid: javascript-eval-non-literal
  const value = eval(req.query.expr);
  // ruleid: javascript-eval-non-literal
  const fn = new Function("a", req.body.code);
  // ok: javascript-eval-non-literal
  const three = eval("1 + 2");
  // ok: javascript-eval-non-literal
  const data = JSON.parse(req.body.json);
  res.send(String(value + three + fn + data));
}
