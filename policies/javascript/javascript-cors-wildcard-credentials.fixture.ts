import cors from "cors";
// ruleid: javascript-cors-wildcard-credentials
app.use(cors({ origin: true, credentials: true }));
// ok: javascript-cors-wildcard-credentials
app.use(cors({ origin: allowList, credentials: true }));
