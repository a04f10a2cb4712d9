const fs = require("fs");
const path = require("path");
const UPLOADS = path.join(__dirname, "uploads");

app.get("/files/:name", (req, res) => {
  const file = path.join(UPLOADS, req.params.name);
  // ruleid: javascript-path-traversal-dataflow
  fs.readFile(file, (err, data) => res.send(data));
});

app.get("/report", async function report(req, res) {
  const { id } = req.query;
  // ruleid: javascript-path-traversal-dataflow
  res.sendFile(`${UPLOADS}/reports/${id}.pdf`);
});

app.delete("/cache", (req, res) => {
  let target = "/tmp/cache/";
  target += req.body.key;
  // ruleid: javascript-path-traversal-dataflow
  fs.unlinkSync(target);
});

app.get("/safe", (req, res) => {
  const file = path.join(UPLOADS, path.basename(req.params.name));
  // ok: javascript-path-traversal-dataflow
  fs.readFile(file, (err, data) => res.send(data));
});

app.get("/safe2", (req, res) => {
  const file = path.resolve(UPLOADS, req.params.name);
  if (!file.startsWith(UPLOADS + path.sep)) return res.sendStatus(400);
  // ok: javascript-path-traversal-dataflow
  res.sendFile(file);
});

app.get("/inline", (req, res) => {
  // ok: javascript-path-traversal-dataflow
  fs.readFile(path.join(UPLOADS, req.params.name), (err, data) => res.send(data));
});

function readConfig(name) {
  // ok: javascript-path-traversal-dataflow
  return fs.readFileSync(path.join(__dirname, name));
}

app.get("/const", (req, res) => {
  const user = req.query.user;
  // ok: javascript-path-traversal-dataflow
  res.sendFile(path.join(UPLOADS, "index.html"));
});
