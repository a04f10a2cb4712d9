const cors = require("cors");
// ruleid: javascript-cors-wildcard-credentials
app.use(cors({ origin: true, credentials: true }));
// ruleid: javascript-cors-wildcard-credentials
app.use(cors({ credentials: true, origin: "*" }));
// ruleid: javascript-cors-wildcard-credentials
const opts = { origin: "*", maxAge: 600, credentials: true };
// ok: javascript-cors-wildcard-credentials
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));
// ok: javascript-cors-wildcard-credentials
app.use(cors({ origin: "*" }));
// ok: javascript-cors-wildcard-credentials
app.use(cors({ origin: "https://app.example.com", credentials: true }));
// ok: javascript-cors-wildcard-credentials
app.use(cors({ origin: true, credentials: false }));
