const libxmljs = require("libxmljs");
// ruleid: javascript-libxml-noent
const doc = libxmljs.parseXml(req.body, { noent: true });
// ruleid: javascript-libxml-noent
const doc2 = libxmljs.parseXmlString(xml, { noblanks: true, noent: true });
// ok: javascript-libxml-noent
const doc3 = libxmljs.parseXml(req.body, { noent: false, nonet: true });
// ok: javascript-libxml-noent
const doc4 = libxmljs.parseXml(req.body);
// ok: javascript-libxml-noent
const opts = { noent: true };
