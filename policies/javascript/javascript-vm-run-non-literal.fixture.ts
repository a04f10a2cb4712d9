import * as vm from "node:vm";
export function run(src: string): unknown {
  // ruleid: javascript-vm-run-non-literal
  return vm.runInNewContext(src, { Math });
}
export function fixed(): unknown {
  // ok: javascript-vm-run-non-literal
  return vm.runInNewContext("Math.max(1, 2)", { Math });
}
