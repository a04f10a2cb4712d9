const fs = require("fs");
const path = require("path");
app.get("/files/:name", (req, res) => {
  // ruleid: javascript-path-traversal-request
  fs.readFile(path.join(__dirname, "uploads", req.params.name), (e, d) => res.send(d));
  // ruleid: javascript-path-traversal-request
  const data = fs.readFileSync(req.query.file, "utf8");
  // ruleid: javascript-path-traversal-request
  res.sendFile(path.join(__dirname, "public", req.params.name));
  // ruleid: javascript-path-traversal-request
  fs.promises.unlink("/tmp/" + req.body.name);
  // ok: javascript-path-traversal-request
  res.sendFile(req.params.name, { root: path.join(__dirname, "public") });
  // ok: javascript-path-traversal-request
  fs.readFile(path.join(__dirname, "uploads", path.basename(safeName)), () => {});
  // ok: javascript-path-traversal-request
  fs.readFileSync("/etc/app/config.json", "utf8");
  // ok: javascript-path-traversal-request
  cache.readFile(req.params.name);
  res.end(data);
});
