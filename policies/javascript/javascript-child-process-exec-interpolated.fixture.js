const { exec, execSync } = require("child_process");
const cp = require("child_process");

function convert(file, branch, req) {
  // ruleid: javascript-child-process-exec-interpolated
  exec(`ffmpeg -i ${file} out.mp4`, () => {});
  // ruleid: javascript-child-process-exec-interpolated
  const out = execSync("git log " + branch);
  // ruleid: javascript-child-process-exec-interpolated
  cp.exec(`tar xzf ${file}`);
  // ruleid: javascript-child-process-exec-interpolated
  require("child_process").execSync("rm -rf " + file);
  // ruleid: javascript-child-process-exec-interpolated
  exec(req.query.cmd);
  // ok: javascript-child-process-exec-interpolated
  exec("ls -la /tmp", () => {});
  // ok: javascript-child-process-exec-interpolated
  execSync(`git status --porcelain`);
  // ok: javascript-child-process-exec-interpolated
  cp.execFile("ffmpeg", ["-i", file, "out.mp4"]);
  // ok: javascript-child-process-exec-interpolated
  const m = /(\d+)/.exec(`${file}-1`);
  // ok: javascript-child-process-exec-interpolated
  const n = pattern.exec("id-" + file);
  // exec(`rm ${file}`) is commented out
  // ok: javascript-child-process-exec-interpolated
  return out + m + n;
}
