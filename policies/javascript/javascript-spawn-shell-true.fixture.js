const { spawn, execFile } = require("child_process");
function run(branch) {
  // ruleid: javascript-spawn-shell-true
  spawn("git", ["log", branch], { shell: true });
  // ruleid: javascript-spawn-shell-true
  execFile("convert", [branch], { cwd: "/tmp", shell: "/bin/bash" }, () => {});
  // ruleid: javascript-spawn-shell-true
  require("child_process").spawnSync("npm", ["view", branch], { shell: true });
  // ok: javascript-spawn-shell-true
  spawn("git", ["log", "--", branch]);
  // ok: javascript-spawn-shell-true
  spawn("git", ["log", branch], { shell: false });
  // ok: javascript-spawn-shell-true
  spawn("git", ["log"], { stdio: "inherit" });
}
