function legacy(user) {
  // ruleid: javascript-document-write
  document.write("<p>" + location.search + "</p>");
  // ruleid: javascript-document-write
  document.writeln(`<b>${user.name}</b>`);
  // ruleid: javascript-document-write
  document.write(decodeURIComponent(location.hash));
  // ok: javascript-document-write
  document.write("<p>Loading...</p>");
  // ok: javascript-document-write
  stream.write(user.name);
  // ok: javascript-document-write
  process.stdout.write(`${user.name}\n`);
}
