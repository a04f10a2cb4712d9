// ruleid: javascript-node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
// ruleid: javascript-node-tls-reject-env
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;
// ruleid: javascript-node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
// ok: javascript-node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";
// ok: javascript-node-tls-reject-env
delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
// ok: javascript-node-tls-reject-env
if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === "0") console.warn("TLS verification is off");
