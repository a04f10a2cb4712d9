async function find(req) {
  // ruleid: javascript-nosql-where
  const a = await Orders.find({ $where: "this.owner == '" + req.query.name + "'" });
  // ruleid: javascript-nosql-where
  const b = await Orders.find({ "$where": `this.total > ${req.query.min}` });
  // ruleid: javascript-nosql-where
  const c = await Orders.find({ $where: req.body.filter });
  // ok: javascript-nosql-where
  const d = await Orders.find({ $where: "this.total > this.limit" });
  // ok: javascript-nosql-where
  const e = await Orders.find({ owner: String(req.query.name) });
  // ok: javascript-nosql-where
  const f = await Orders.find({ where: req.body.filter });
  return [a, b, c, d, e, f];
}
