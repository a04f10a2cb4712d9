export function show(el: HTMLElement, msg: string): void {
  // ruleid: javascript-innerhtml-non-literal
  el.innerHTML = msg;
  // ok: javascript-innerhtml-non-literal
  el.innerText = msg;
  // ok: javascript-innerhtml-non-literal
  el.innerHTML = "<br>";
}
