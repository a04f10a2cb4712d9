app.get("/search", (req, res) => {
  // ruleid: javascript-regexp-request
  const re = new RegExp(req.query.pattern);
  // ruleid: javascript-regexp-request
  const re2 = new RegExp("^" + req.query.prefix, "i");
  // ruleid: javascript-regexp-request
  const re3 = RegExp(`${req.body.term}$`);
  // ok: javascript-regexp-request
  const re4 = new RegExp(escapeRegExp(req.query.term), "i");
  // ok: javascript-regexp-request
  const re5 = new RegExp("^[a-z]+$");
  // ok: javascript-regexp-request
  const re6 = new RegExp(pattern, "g");
  res.json([re, re2, re3, re4, re5, re6].map(String));
});
