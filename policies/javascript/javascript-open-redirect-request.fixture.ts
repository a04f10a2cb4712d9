router.get("/out", (req: Request, res: Response) => {
  // ruleid: javascript-open-redirect-request
  res.redirect(req.query.target);
  // todoruleid: javascript-open-redirect-request
  res.redirect(req.query.target as string);
  // ok: javascript-open-redirect-request
  res.redirect(ALLOWED[String(req.query.site)] ?? "/");
});
