const yaml = require("js-yaml");
// ruleid: javascript-js-yaml-unsafe-load
const a = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
// ruleid: javascript-js-yaml-unsafe-load
const b = yaml.unsafeLoad(req.body);
// ruleid: javascript-js-yaml-unsafe-load
const c = yaml.loadAll(text, null, { filename: "x", schema: DEFAULT_FULL_SCHEMA });
// ok: javascript-js-yaml-unsafe-load
const d = yaml.load(text);
// ok: javascript-js-yaml-unsafe-load
const e = yaml.load(text, { schema: yaml.JSON_SCHEMA });
// ok: javascript-js-yaml-unsafe-load
const f = yaml.safeLoad(text);
