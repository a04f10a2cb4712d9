function login(res, sid) {
  // ruleid: javascript-cookie-insecure-flags
  res.cookie("session", sid, { httpOnly: false });
  // ruleid: javascript-cookie-insecure-flags
  res.cookie("session", sid, { httpOnly: true, secure: false });
  // ruleid: javascript-cookie-insecure-flags
  app.use(session({ secret: process.env.S, cookie: { secure: false } }));
  // ok: javascript-cookie-insecure-flags
  res.cookie("session", sid, { httpOnly: true, secure: true, sameSite: "lax" });
  // ok: javascript-cookie-insecure-flags
  res.cookie("theme", "dark");
  // ok: javascript-cookie-insecure-flags
  app.use(session({ secret: process.env.S, cookie: { secure: process.env.NODE_ENV === "production" } }));
  // ok: javascript-cookie-insecure-flags
  const tls = { secure: false, port: 25 };
}
