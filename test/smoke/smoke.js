const path = require("path");
function greet(name) {
  return `hello ${name}`;
}
module.exports = { greet, base: path.basename("/a/b") };
