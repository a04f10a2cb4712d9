import { spawnSync } from "child_process";
// ruleid: javascript-spawn-shell-true
spawnSync("ls", [process.argv[2]], { shell: true });
// ok: javascript-spawn-shell-true
spawnSync("ls", [process.argv[2]], { encoding: "utf8" });
