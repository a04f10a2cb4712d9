const { exec, execSync: run } = require("child_process");
const cp = require("node:child_process");

function convert(req, res) {
  const file = req.query.file;
  // ruleid: javascript-cmdi-dataflow
  exec(`convert ${file} out.png`, (err) => res.end());
  const cmd = "git log --oneline " + req.body.branch;
  // ruleid: javascript-cmdi-dataflow
  run(cmd);
  // ruleid: javascript-cmdi-dataflow
  cp.exec("ping -c 1 " + req.query.host);
  // ruleid: javascript-cmdi-dataflow
  cp.spawn(`tar -xf ${file}`, [], { cwd: "/tmp", shell: true });
  // ok: javascript-cmdi-dataflow
  cp.execFile("convert", [file, "out.png"], (err) => res.end());
  // ok: javascript-cmdi-dataflow
  cp.spawn("tar", ["-xf", file], { cwd: "/tmp" });
  // ok: javascript-cmdi-dataflow
  exec("git status", (err, out) => res.send(out));
  const tool = "uptime";
  // ok: javascript-cmdi-dataflow
  exec(`${tool} -p`);
  // ok: javascript-cmdi-dataflow
  db.exec(`DELETE FROM t WHERE id = ${Number(req.params.id)}`);
}
