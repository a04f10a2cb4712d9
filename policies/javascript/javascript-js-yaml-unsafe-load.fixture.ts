import * as yaml from "js-yaml";
// ruleid: javascript-js-yaml-unsafe-load
export const cfg = (t: string) => yaml.load(t, { schema: yaml.DEFAULT_FULL_SCHEMA });
// ok: javascript-js-yaml-unsafe-load
export const safe = (t: string) => yaml.load(t, { schema: yaml.CORE_SCHEMA });
