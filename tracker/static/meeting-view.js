// The meeting view: → / Page Down for the next agenda item, ← / Page Up for the previous,
// unless the keyboard is busy in a form field. The links work without this script too.
(function () {
  "use strict";
  var keys = { ArrowRight: "naeste", PageDown: "naeste", ArrowLeft: "forrige", PageUp: "forrige" };
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var busy = target.closest && target.closest("input, textarea, select, [contenteditable], summary, details[open] form");
    if (busy || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var link = keys[event.key] && document.getElementById(keys[event.key]);
    if (link) {
      event.preventDefault();
      window.location.assign(link.href);
    }
  });
  // After a decision is saved the page opens at that action: give it the keyboard focus.
  if (window.location.hash.indexOf("#handling-") === 0) {
    var card = document.getElementById(window.location.hash.slice(1));
    if (card) { card.focus(); }
  }
})();
