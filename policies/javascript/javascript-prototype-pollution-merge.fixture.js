const _ = require("lodash");
app.post("/settings", (req, res) => {
  // ruleid: javascript-prototype-pollution-merge
  _.merge(settings, req.body);
  // ruleid: javascript-prototype-pollution-merge
  const cfg = deepmerge(defaults, req.body.config);
  // ruleid: javascript-prototype-pollution-merge
  $.extend(true, opts, req.query);
  // ruleid: javascript-prototype-pollution-merge
  _.set(store, req.body.path, req.body.value);
  // ok: javascript-prototype-pollution-merge
  Object.assign(settings, SettingsSchema.strict().parse(req.body));
  // ok: javascript-prototype-pollution-merge
  _.merge(settings, defaults);
  // ok: javascript-prototype-pollution-merge
  const picked = _.pick(req.body, ["name", "email"]);
  res.json([cfg, picked]);
});
