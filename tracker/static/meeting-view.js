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
})();
