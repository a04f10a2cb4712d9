export function tick(id: string): void {
  // ruleid: javascript-string-timer
  setTimeout("tick('" + id + "')", 100);
  // ok: javascript-string-timer
  setTimeout(() => tick(id), 100);
}
