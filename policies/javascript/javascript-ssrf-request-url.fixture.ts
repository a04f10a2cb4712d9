export async function proxy(req: any): Promise<Response> {
  // ruleid: javascript-ssrf-request-url
  const r = await fetch(req.query.url);
  // ok: javascript-ssrf-request-url
  const s = await fetch("https://status.corp.example/health");
  return r ?? s;
}
