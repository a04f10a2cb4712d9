import merge from "deepmerge";
export function update(req: any, base: object) {
  // ruleid: javascript-prototype-pollution-merge
  return merge(base, req.body);
}
export function safe(base: object, patch: object) {
  // ok: javascript-prototype-pollution-merge
  return merge(base, patch);
}
