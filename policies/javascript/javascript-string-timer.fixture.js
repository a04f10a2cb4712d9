function poll(panelId) {
  // ruleid: javascript-string-timer
  setTimeout("refresh(" + panelId + ")", 1000);
  // ruleid: javascript-string-timer
  setInterval(`update('${panelId}')`, 500);
  // ruleid: javascript-string-timer
  window.setTimeout("location.reload()", 3000);
  // ok: javascript-string-timer
  setTimeout(() => refresh(panelId), 1000);
  // ok: javascript-string-timer
  setInterval(update, 500, "arg");
  // ok: javascript-string-timer
  clock.setTimeout(handler, 10);
  // ok: javascript-string-timer
  fakeClock.setTimeout("tick()", 10);
}
