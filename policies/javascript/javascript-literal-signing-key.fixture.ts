import jwt from "jsonwebtoken";
// ruleid: javascript-literal-signing-key
export const tok = jwt.sign({ sub: "42" }, "topsecretvalue");
// ok: javascript-literal-signing-key
export const tok2 = jwt.sign({ sub: "42" }, getSecret());
