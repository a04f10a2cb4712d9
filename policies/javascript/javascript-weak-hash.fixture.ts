import * as crypto from "crypto";
// ruleid: javascript-weak-hash
export const legacy = crypto.createHash("MD5");
// ok: javascript-weak-hash
export const modern = crypto.createHash("sha3-256");
