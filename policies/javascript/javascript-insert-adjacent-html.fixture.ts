export function add(list: HTMLElement, name: string): void {
  // ruleid: javascript-insert-adjacent-html
  list.insertAdjacentHTML("beforeend", `<li>${name}</li>`);
  // ok: javascript-insert-adjacent-html
  list.insertAdjacentHTML("beforeend", `<hr>`);
}
