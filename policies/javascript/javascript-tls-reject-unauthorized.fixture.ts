import axios from "axios";
import https from "https";
// ruleid: javascript-tls-reject-unauthorized
export const api = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
// ok: javascript-tls-reject-unauthorized
export const safe = axios.create({ httpsAgent: new https.Agent({ keepAlive: true }) });
