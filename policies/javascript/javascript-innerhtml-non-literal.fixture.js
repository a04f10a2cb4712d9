function render(card, item, list, markup) {
  // ruleid: javascript-innerhtml-non-literal
  card.innerHTML = "<h3>" + item.title + "</h3>";
  // ruleid: javascript-innerhtml-non-literal
  card.innerHTML = `<p>${item.body}</p>`;
  // ruleid: javascript-innerhtml-non-literal
  document.getElementById("out").outerHTML = markup;
  // ruleid: javascript-innerhtml-non-literal
  list.innerHTML += `<li>${item.name}</li>`;
  // ruleid: javascript-innerhtml-non-literal
  card.innerHTML = marked(item.body);
  // ok: javascript-innerhtml-non-literal
  card.innerHTML = "";
  // ok: javascript-innerhtml-non-literal
  card.innerHTML = `<div class="spinner"></div>`;
  // ok: javascript-innerhtml-non-literal
  card.innerHTML = DOMPurify.sanitize(markup);
  // ok: javascript-innerhtml-non-literal
  card.textContent = item.title;
  // ok: javascript-innerhtml-non-literal
  const previous = card.innerHTML;
  // card.innerHTML = item.title;
  return previous;
}
