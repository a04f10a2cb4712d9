export function find(req: any): RegExp[] {
  // ruleid: javascript-regexp-request
  const a = new RegExp(req.params.q);
  // ok: javascript-regexp-request
  const b = new RegExp(escape(req.params.q));
  return [a, b];
}
