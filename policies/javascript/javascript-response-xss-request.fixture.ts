export function hello(req: any, res: any): void {
  // ruleid: javascript-response-xss-request
  res.send(`<p>${req.body.comment}</p>`);
  // ok: javascript-response-xss-request
  res.send(`<p>${sanitize(req.body.comment)}</p>`);
}
