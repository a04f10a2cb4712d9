import { createHash } from "crypto";
export function hashPw(pwd: string): string {
  // ruleid: javascript-weak-hash-password
  return createHash("sha1").update(pwd).digest("hex");
}
export function fingerprint(data: string): string {
  // ok: javascript-weak-hash-password
  return createHash("sha1").update(data).digest("hex");
}
