app.get("/login", (req, res) => {
  // ruleid: javascript-open-redirect-request
  res.redirect(req.query.returnTo);
  // ruleid: javascript-open-redirect-request
  res.redirect(302, req.body.next);
  // ruleid: javascript-open-redirect-request
  res.redirect(req.query["url"]);
  // ruleid: javascript-open-redirect-request
  res.redirect(`${req.query.host}/home`);
  // ok: javascript-open-redirect-request
  res.redirect("/dashboard");
  // ok: javascript-open-redirect-request
  res.redirect(`/users/${req.params.id}`);
  // ok: javascript-open-redirect-request
  res.redirect(isLocal(req.query.next) ? req.query.next : "/");
  // ok: javascript-open-redirect-request
  res.redirect("/search?q=" + encodeURIComponent(req.query.q));
});
