app.get("/proxy", async (req, res) => {
  // ruleid: javascript-ssrf-request-url
  const r = await fetch(req.query.url);
  // ruleid: javascript-ssrf-request-url
  const a = await axios.get(req.body.target, { timeout: 5000 });
  // ruleid: javascript-ssrf-request-url
  const b = await got(`${req.query.host}/status`);
  // ruleid: javascript-ssrf-request-url
  https.get(req.query["u"], (resp) => resp.pipe(res));
  // ok: javascript-ssrf-request-url
  const c = await fetch(`https://api.corp.example/users/${req.params.id}`);
  // ok: javascript-ssrf-request-url
  const d = await fetch(ALLOWED_SITES[req.query.site]);
  // ok: javascript-ssrf-request-url
  const e = cache.get(req.query.key);
  // ok: javascript-ssrf-request-url
  const f = req.get("host");
  res.json([r, a, b, c, d, e, f]);
});
