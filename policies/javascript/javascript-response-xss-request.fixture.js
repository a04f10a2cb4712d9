app.get("/hello", (req, res) => {
  // ruleid: javascript-response-xss-request
  res.send(`<h1>Hello ${req.query.name}</h1>`);
  // ruleid: javascript-response-xss-request
  res.send("<p>You searched for " + req.query.q + "</p>");
  // ruleid: javascript-response-xss-request
  res.write("<b>" + req.params.user);
  // ok: javascript-response-xss-request
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
  // ok: javascript-response-xss-request
  res.json({ name: req.query.name });
  // ok: javascript-response-xss-request
  res.render("hello", { name: req.query.name });
  // ok: javascript-response-xss-request
  res.send("<h1>Hello</h1>");
});
