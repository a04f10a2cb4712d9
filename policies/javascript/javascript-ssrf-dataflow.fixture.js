const axios = require("axios");
const https = require("https");

async function proxy(req, res) {
  // ruleid: javascript-ssrf-dataflow
  const r = await fetch(`http://${req.query.host}/status`);
  const url = "https://" + req.body.host + "/api";
  // ruleid: javascript-ssrf-dataflow
  await axios.post(url, { a: 1 });
  // ruleid: javascript-ssrf-dataflow
  https.get("https://" + req.params.domain, (r2) => r2.pipe(res));
  // ok: javascript-ssrf-dataflow
  await fetch("https://api.github.com/rate_limit");
  // ok: javascript-ssrf-dataflow
  await fetch(`https://api.example.org/users/${encodeURIComponent(req.query.id)}`);
  const BASE = "https://internal.service";
  // ok: javascript-ssrf-dataflow
  await axios.get(BASE + "/health");
  // ok: javascript-ssrf-dataflow
  await cache.get(`user:${req.query.id}`);
  return r;
}
