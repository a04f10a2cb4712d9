import * as libxmljs from "libxmljs2";
// ruleid: javascript-libxml-noent
export const parse = (x: string) => libxmljs.parseXml(x, { noent: true });
// ok: javascript-libxml-noent
export const parseSafe = (x: string) => libxmljs.parseXml(x, { nonet: true });
