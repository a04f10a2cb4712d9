import { exec } from "child_process";
import * as child_process from "child_process";

export function run(host: string): void {
  // ruleid: javascript-child-process-exec-interpolated
  exec(`ping -c 1 ${host}`);
  // ruleid: javascript-child-process-exec-interpolated
  child_process.execSync("nslookup " + host);
  // ok: javascript-child-process-exec-interpolated
  child_process.execFileSync("ping", ["-c", "1", host]);
  // ok: javascript-child-process-exec-interpolated
  exec("uptime");
}
