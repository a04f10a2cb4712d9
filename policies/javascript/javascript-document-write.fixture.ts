export function banner(name: string): void {
  // ruleid: javascript-document-write
  document.write(name);
  // ok: javascript-document-write
  document.write(`<hr/>`);
}
