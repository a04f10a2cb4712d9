function add(list, item, html) {
  // ruleid: javascript-insert-adjacent-html
  list.insertAdjacentHTML("beforeend", `<li>${item.name}</li>`);
  // ruleid: javascript-insert-adjacent-html
  list.insertAdjacentHTML("afterbegin", html);
  // ruleid: javascript-insert-adjacent-html
  list.insertAdjacentHTML("beforeend", "<b>" + item.name + "</b>");
  // ok: javascript-insert-adjacent-html
  list.insertAdjacentHTML("beforeend", "<li class=sep></li>");
  // ok: javascript-insert-adjacent-html
  list.insertAdjacentHTML("beforeend", DOMPurify.sanitize(html));
  // ok: javascript-insert-adjacent-html
  list.insertAdjacentText("beforeend", item.name);
}
