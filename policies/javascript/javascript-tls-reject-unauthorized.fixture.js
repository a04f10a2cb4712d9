const https = require("https");
// ruleid: javascript-tls-reject-unauthorized
const agent = new https.Agent({ rejectUnauthorized: false });
const client = new Client({
  host: "db",
  // ruleid: javascript-tls-reject-unauthorized
  ssl: { "rejectUnauthorized": false },
});
// ruleid: javascript-tls-reject-unauthorized
options.rejectUnauthorized = false;
// ok: javascript-tls-reject-unauthorized
const good = new https.Agent({ ca: fs.readFileSync(CA_PATH) });
// ok: javascript-tls-reject-unauthorized
const strict = { rejectUnauthorized: true };
// ok: javascript-tls-reject-unauthorized
const fromEnv = { rejectUnauthorized: process.env.NODE_ENV === "production" };
// rejectUnauthorized: false is what we must never write
// ok: javascript-tls-reject-unauthorized
const noted = agent;
