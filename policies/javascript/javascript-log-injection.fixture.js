const logger = require("./logger");

app.post("/login", (req, res) => {
  // ruleid: javascript-log-injection
  logger.info(`login failed for ${req.body.username}`);
  const agent = req.get("User-Agent");
  // ruleid: javascript-log-injection
  console.warn("blocked client " + agent);
  const msg = `search: ${req.query.q}`;
  // ruleid: javascript-log-injection
  log.error(msg);
});

app.post("/login-safe", (req, res) => {
  // ok: javascript-log-injection
  logger.info({ user: req.body.username }, "login failed");
  // ok: javascript-log-injection
  logger.info(`login failed for ${JSON.stringify(req.body.username)}`);
  const clean = String(req.body.username).replace(/[\r\n]/g, "_");
  // ok: javascript-log-injection
  logger.info("login failed for " + clean);
});

function report(jobId, attempts) {
  // ok: javascript-log-injection
  logger.info(`job ${jobId} finished after ${attempts} tries`);
}

app.get("/x", (req, res) => {
  // ok: javascript-log-injection
  logger.info("request received");
  // ok: javascript-log-injection
  metrics.error(`bad value ${req.query.x}`);
});
