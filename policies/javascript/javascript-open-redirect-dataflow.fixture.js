const express = require("express");
const app = express();
const ALLOWED = { docs: "https://docs.internal/", home: "/" };

app.get("/login/done", (req, res) => {
  const next = req.query.returnTo;
  // ruleid: javascript-open-redirect-dataflow
  res.redirect(next);
});

app.post("/logout", function logout(req, res) {
  let target = "/";
  target = req.body.next;
  // ruleid: javascript-open-redirect-dataflow
  res.redirect(302, target);
});

app.get("/go", async (req, res) => {
  const { url } = req.query;
  const dest = `${url}`;
  // ruleid: javascript-open-redirect-dataflow
  res.location(dest).sendStatus(302);
});

app.get("/safe", (req, res) => {
  const next = String(req.query.returnTo || "/");
  // ok: javascript-open-redirect-dataflow
  res.redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
});

app.get("/safe2", (req, res) => {
  let next = req.query.returnTo;
  if (!next.startsWith("/") || next.startsWith("//")) next = "/";
  // ok: javascript-open-redirect-dataflow
  res.redirect(next);
});

app.get("/table", (req, res) => {
  const target = ALLOWED[req.query.site];
  // ok: javascript-open-redirect-dataflow
  res.redirect(target);
});

app.get("/inline", (req, res) => {
  // ok: javascript-open-redirect-dataflow
  res.redirect(req.query.returnTo);
});

function home(res, configured) {
  // ok: javascript-open-redirect-dataflow
  res.redirect(configured);
}
