import jwt from "jsonwebtoken";
// ruleid: javascript-jwt-none-algorithm
export const claims = (t: string, k: string) => jwt.verify(t, k, { algorithms: ["none"] });
// ok: javascript-jwt-none-algorithm
export const good = (t: string, k: string) => jwt.verify(t, k, { algorithms: ["ES256"] });
