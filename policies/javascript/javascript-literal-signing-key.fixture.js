const jwt = require("jsonwebtoken");
const session = require("express-session");
// ruleid: javascript-literal-signing-key
const t = jwt.sign({ sub: user.id }, "my-secret", { expiresIn: "1h" });
// ruleid: javascript-literal-signing-key
app.use(session({ secret: "keyboard cat", resave: false }));
// ruleid: javascript-literal-signing-key
const mac = crypto.createHmac("sha256", "s3cr3t-k3y").update(body).digest("hex");
// ruleid: javascript-literal-signing-key
app.use(cookieParser("cookie-signing-secret"));
// ruleid: javascript-literal-signing-key
const claims = jwt.verify(token, 'hardcoded');
// ok: javascript-literal-signing-key
const t2 = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });
// ok: javascript-literal-signing-key
app.use(session({ secret: config.sessionSecret, resave: false }));
// ok: javascript-literal-signing-key
const mac2 = crypto.createHmac("sha256", key).update(body).digest("hex");
// ok: javascript-literal-signing-key
const claims2 = jwt.verify(token, publicKey, { algorithms: ["RS256"] });
