// ruleid: javascript-node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
// ok: javascript-node-tls-reject-env
process.env.NODE_EXTRA_CA_CERTS = "/etc/ssl/corp-ca.pem";
