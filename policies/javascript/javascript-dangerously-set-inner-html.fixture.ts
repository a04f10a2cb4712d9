export function props(body: string) {
  // ruleid: javascript-dangerously-set-inner-html
  return { dangerouslySetInnerHTML: { __html: body } };
}
export function safe(body: string) {
  // ok: javascript-dangerously-set-inner-html
  return { dangerouslySetInnerHTML: { __html: sanitizeHtml(body) } };
}
