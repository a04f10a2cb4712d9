import * as serialize from "node-serialize";
// ruleid: javascript-node-serialize-unserialize
export const read = (s: string) => serialize.unserialize(s);
// ok: javascript-node-serialize-unserialize
export const readJson = (s: string) => JSON.parse(s);
