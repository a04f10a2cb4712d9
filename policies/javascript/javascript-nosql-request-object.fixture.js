app.post("/login", async (req, res) => {
  // ruleid: javascript-nosql-request-object
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  // ruleid: javascript-nosql-request-object
  const docs = await Orders.find(req.query);
  // ruleid: javascript-nosql-request-object
  await Orders.deleteMany(req.body.filter);
  // ok: javascript-nosql-request-object
  const u2 = await User.findOne({ email: String(req.body.email) });
  // ok: javascript-nosql-request-object
  const u3 = await User.findOne({ _id: req.params.id });
  // ok: javascript-nosql-request-object
  const item = items.find((i) => i.id === req.body.id);
  // ok: javascript-nosql-request-object
  const s = req.body.tags.find((t) => t === "x");
  res.json([user, docs, u2, u3, item, s]);
});
