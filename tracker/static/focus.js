// After a save the page opens at what changed (the address's #fragment, an element with
// tabindex="-1": the notes, the action decided about): the keyboard focus goes there too,
// not to the top of the page, and the next Tab continues from it.
(function () {
  "use strict";
  var id = window.location.hash.slice(1);
  var target = id && document.getElementById(decodeURIComponent(id));
  if (target && target.getAttribute("tabindex") === "-1") {
    target.focus();
  }
})();
