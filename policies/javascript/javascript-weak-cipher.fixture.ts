import { createCipheriv } from "crypto";
export function enc(key: Buffer, iv: Buffer) {
  // ruleid: javascript-weak-cipher
  const bad = createCipheriv("bf-cbc", key, iv);
  // ok: javascript-weak-cipher
  const good = createCipheriv("aes-256-gcm", key, iv);
  return [bad, good];
}
