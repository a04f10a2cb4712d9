function render(item) {
  // ruleid: javascript-jquery-html-non-literal
  $("#card").html("<h3>" + item.title + "</h3>");
  const row = `<tr><td>${item.name}</td></tr>`;
  // ruleid: javascript-jquery-html-non-literal
  jQuery("table tbody").append(row);
  let html = "<ul>";
  html += "<li>" + item.tag + "</li>";
  // ruleid: javascript-jquery-html-non-literal
  $(".tags").prepend(html);
}

function renderSafe(item) {
  // ok: javascript-jquery-html-non-literal
  $("#card h3").text(item.title);
  // ok: javascript-jquery-html-non-literal
  $("#card").html("<h3>Loading</h3>");
  // ok: javascript-jquery-html-non-literal
  $("#card").html(DOMPurify.sanitize("<h3>" + item.title + "</h3>"));
  const li = document.createElement("li");
  // ok: javascript-jquery-html-non-literal
  $(".tags").append(li);
  // ok: javascript-jquery-html-non-literal
  $("#count").html(`<b>${TOTAL}</b>`);
  // ok: javascript-jquery-html-non-literal
  writer.append("<p>" + item.title + "</p>");
}
