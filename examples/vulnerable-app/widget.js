// Dashboard widget: applies a user-defined transform to each value.
function applyTransform(values, transformSource) {
  const transform = new Function("v", transformSource);
  return values.map(transform);
}

function parseConfig(text) {
  return eval("(" + text + ")");
}

module.exports = { applyTransform, parseConfig };
