const vm = require("vm");
function calc(req, code) {
  // ruleid: javascript-vm-run-non-literal
  const out = vm.runInNewContext(req.body.expr, {});
  // ruleid: javascript-vm-run-non-literal
  vm.runInThisContext("(" + code + ")");
  // ruleid: javascript-vm-run-non-literal
  const script = new vm.Script(code);
  // ok: javascript-vm-run-non-literal
  vm.runInNewContext("1 + 2", {});
  // ok: javascript-vm-run-non-literal
  const fixed = new vm.Script(`globalThis.ready = true`);
  // ok: javascript-vm-run-non-literal
  db.runInContext(code);
  return [out, script, fixed];
}
