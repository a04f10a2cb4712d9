// ruleid: javascript-cookie-insecure-flags
res.cookie("sid", sid, { httpOnly: false, sameSite: "strict" });
// ok: javascript-cookie-insecure-flags
res.cookie("sid", sid, { httpOnly: true, secure: true });
