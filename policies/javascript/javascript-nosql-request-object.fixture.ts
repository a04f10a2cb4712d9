export async function byName(req: any) {
  // ruleid: javascript-nosql-request-object
  const a = await Users.find({ name: req.query.name });
  // ok: javascript-nosql-request-object
  const b = await Users.find({ name: String(req.query.name) });
  return [a, b];
}
