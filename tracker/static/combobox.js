// Person pickers: a field that suggests people as you type (templates/_person_picker.html).
//
// The WAI-ARIA APG "combobox with listbox popup": the text field has role=combobox,
// aria-expanded, aria-controls and aria-activedescendant; ArrowDown/ArrowUp move through the
// suggestions, Home/End go to the first/last, Enter chooses, Escape closes (and clears when
// closed), Tab leaves without choosing. A polite live region says how many suggestions came
// ("3 forslag"). Suggestions come from GET /personer/forslag (tracker/people/suggest_views.py).
//
// Progressive enhancement: without this script the page keeps its own fields (a select, a
// multi-select or a text field) and works as before. Modes (data-picker):
//   select: the <select> is replaced by the search field; each chosen person is a chip with a
//           hidden input of the select's name (an id), so the form posts what the select did;
//   text:   the text field stays, and choosing a person writes their full name into it;
//   append: beside a list of names (the attendees' textarea), a search field of its own whose
//           choice adds the person's full name as a line of the list (the list's preview then
//           matches it); "Opret »…« som ny person" adds what was typed, chosen on purpose.
//           With data-picker-separator (the import review's co-owners, one text field) the name
//           is added after that separator instead of on a line of its own.
(function () {
  "use strict";
  if (window.trackerPicker) { return; }  // the macro may load this file more than once
  window.trackerPicker = true;

  var DELAY = 150;  // ms after the last key before asking the server
  var counter = 0;

  function make(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { el.setAttribute(key, attrs[key]); });
    if (text) { el.textContent = text; }
    return el;
  }

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
  }

  function Picker(root) {
    this.root = root;
    this.mode = root.getAttribute("data-picker") || "select";
    this.multiple = root.hasAttribute("data-picker-multiple");
    this.msg = root.dataset;
    this.results = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.build();
  }

  Picker.prototype.build = function () {
    var root = this.root;
    var control = root.querySelector("select, textarea, input[type=text], input:not([type])");
    var label = root.querySelector("label");
    var id = control.id || "picker-" + (++counter);
    this.label = label ? label.textContent.trim() : "";
    if (this.mode === "select") {
      this.name = control.name;
      this.input = make("input", { type: "text", id: id });
      ["aria-describedby", "aria-invalid"].forEach(function (attr) {
        if (control.hasAttribute(attr)) { this.input.setAttribute(attr, control.getAttribute(attr)); }
      }, this);
      var chosen = Array.prototype.filter.call(control.options, function (o) {
        return o.selected && o.value && o.value !== "0";
      });
      control.parentNode.replaceChild(this.input, control);
    } else if (this.mode === "append") {
      this.list = control;
      this.input = make("input", { type: "text", id: id + "-soeg" });
      var search = make("label", { for: this.input.id, class: "picker-search" }, this.msg.msgSearch);
      root.appendChild(search);  // after the list's field, its hint and its errors
      root.appendChild(this.input);
      this.label = this.msg.msgSearch;
    } else {
      this.input = control;
      // The names of a datalist (the import review's attendees from the referat, not all of
      // them known yet) are suggested too, after the people known; our listbox replaces it.
      var datalist = control.list;
      this.local = datalist ? Array.prototype.map.call(datalist.options, function (o) { return o.value; }) : [];
      this.input.removeAttribute("list");
    }
    var input = this.input;
    this.listbox = make("ul", { role: "listbox", id: id + "-forslag", class: "picker-list", "aria-label": say(this.msg.msgList, { label: this.label }) });
    this.listbox.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.listbox.id);
    input.setAttribute("autocomplete", "off");
    var box = make("div", { class: "picker-box" });
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);
    box.appendChild(this.listbox);
    this.status = make("div", { role: "status", class: "visually-hidden" });
    root.appendChild(this.status);
    if (this.mode === "select") {
      this.chips = make("ul", { class: "picker-chips", "aria-label": say(this.msg.msgChosen, { label: this.label }) });
      box.parentNode.insertBefore(this.chips, box);
      if (this.mode === "select") {
        chosen.forEach(function (o) { this.addChip({ id: o.value, name: o.textContent.trim() }, true); }, this);
        this.keepEmpty();
      }
    }
    this.listen();
  };

  Picker.prototype.listen = function () {
    var self = this;
    this.input.addEventListener("input", function () { self.schedule(); });
    this.input.addEventListener("keydown", function (event) { self.key(event); });
    // A click on a suggestion must not take the focus from the field first.
    this.listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
    this.listbox.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) { self.choose(Number(option.getAttribute("data-index"))); }
    });
    this.root.addEventListener("focusout", function (event) {
      if (!self.root.contains(event.relatedTarget)) { self.close(); }
    });
  };

  Picker.prototype.key = function (event) {
    var open = !this.listbox.hidden;
    var count = this.results.length;
    if (event.altKey && event.key !== "ArrowDown") { return; }
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) { this.fetch(event.altKey ? -1 : 0); } else if (count) { this.move((this.active + 1) % count); }
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) { this.fetch("last"); } else if (count) { this.move(this.active <= 0 ? count - 1 : this.active - 1); }
        break;
      case "Home":
      case "End":
        if (open && this.active >= 0 && count) {
          event.preventDefault();
          this.move(event.key === "Home" ? 0 : count - 1);
        }
        break;
      case "Enter":
        if (open && this.active >= 0) {
          event.preventDefault();  // choosing is not sending the form
          this.choose(this.active);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = "";
        }
        break;
      case "Tab":
        this.close();  // leave without choosing: focus is never kept here
        break;
    }
  };

  Picker.prototype.schedule = function () {
    var self = this;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () { self.fetch(-1); }, DELAY);
  };

  // Ask for suggestions for what is typed; then open the list, with ``then`` the option made
  // active (an index, "last", or -1 for none).
  Picker.prototype.fetch = function (then) {
    var self = this;
    var typed = this.input.value.trim();
    window.clearTimeout(this.timer);
    if (!typed) {
      this.results = [];
      this.close();
      return;
    }
    if (this.request) { this.request.abort(); }
    var request = this.request = new AbortController();
    var url = this.root.getAttribute("data-picker-url") + "?q=" + encodeURIComponent(typed);
    var meeting = this.root.getAttribute("data-picker-meeting");
    if (meeting) { url += "&meeting=" + encodeURIComponent(meeting); }
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" }, signal: request.signal })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        if (self.input.value.trim() !== typed) { return; }  // typed on meanwhile
        self.show(typed, data.people || [], then);
      })
      .catch(function (error) {
        if (error.name !== "AbortError") { self.announce(self.msg.msgError); }
      });
  };

  Picker.prototype.show = function (typed, people, then) {
    var taken = this.takenIds();
    var results = people.filter(function (p) { return taken.indexOf(String(p.id)) < 0; });
    results = results.concat(this.localFits(typed, results)).slice(0, 10);
    var found = results.length;
    if (!found && this.root.hasAttribute("data-picker-create")) {
      results.push({ id: null, name: typed, create: true });
    }
    // Suggestions that arrive after ArrowDown keep the option the person is on, if still there.
    var was = this.active >= 0 && !this.listbox.hidden ? this.results[this.active] : null;
    var kept = was ? results.findIndex(function (p) { return p.id === was.id && p.name === was.name; }) : -1;
    this.results = results;
    this.listbox.textContent = "";
    results.forEach(function (person, index) {
      var option = make("li", { role: "option", id: this.listbox.id + "-" + index, "data-index": index, "aria-selected": "false" });
      if (person.create) {
        option.textContent = say(this.msg.msgCreate, { name: person.name });
        option.className = "picker-create";
      } else {
        option.appendChild(make("span", { class: "picker-name" }, person.name));
        var detail = [person.detail, person.attendee ? this.msg.msgAttendee : ""].filter(Boolean).join(" · ");
        if (detail) { option.appendChild(make("span", { class: "picker-detail" }, detail)); }
      }
      this.listbox.appendChild(option);
    }, this);
    if (!results.length) {
      this.listbox.appendChild(make("li", { role: "option", class: "picker-none", "aria-disabled": "true", "aria-selected": "false" }, this.msg.msgNone));
    }
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    var count = found === 0 ? this.msg.msgNone : found === 1 ? this.msg.msgOne : say(this.msg.msgMany, { n: found });
    // With nobody found, the one choice left is said too: creating the person, on purpose.
    this.announce(results.length > found ? count + ". " + say(this.msg.msgCreate, { name: typed }) : count);
    if (kept >= 0) {
      this.move(kept);
    } else if (results.length && then !== -1) {
      this.move(then === "last" ? results.length - 1 : 0);
    }
  };

  // Names of the datalist where each typed word begins a word of the name, and not already
  // suggested (a known person of that name).
  Picker.prototype.localFits = function (typed, results) {
    var words = function (text) { return text.toLocaleLowerCase("da").split(/[\s.\-]+/).filter(Boolean); };
    var wanted = words(typed);
    var shown = results.map(function (p) { return p.name.toLocaleLowerCase("da"); });
    var detail = this.msg.msgMinutes;
    return (this.local || []).filter(function (name) {
      var theirs = words(name);
      return shown.indexOf(name.toLocaleLowerCase("da")) < 0 && wanted.every(function (w) {
        return theirs.some(function (t) { return t.indexOf(w) === 0; });
      });
    }).map(function (name) { return { id: null, name: name, detail: detail }; });
  };

  Picker.prototype.move = function (index) {
    var options = this.listbox.querySelectorAll("[role=option]");
    Array.prototype.forEach.call(options, function (option, i) {
      option.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    this.active = index;
    var option = options[index];
    if (option) {
      this.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }
  };

  Picker.prototype.close = function () {
    if (this.request) { this.request.abort(); this.request = null; }
    window.clearTimeout(this.timer);
    this.listbox.hidden = true;
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  };

  Picker.prototype.choose = function (index) {
    var person = this.results[index];
    if (!person) { return; }
    this.close();
    if (this.mode === "text") {
      this.input.value = person.name;
    } else if (this.mode === "append") {
      // one a line, or (data-picker-separator: the import review's co-owners) ", " between
      var separator = this.root.getAttribute("data-picker-separator");
      var before = this.list.value.replace(separator ? /[\s,]+$/ : /\s+$/, "");
      this.list.value = (before ? before + (separator || "\n") : "") + person.name;
      this.input.value = "";
    } else {
      if (!this.multiple) { this.chips.textContent = ""; }
      this.addChip(person, false);
      this.input.value = "";
      this.keepEmpty();
    }
    this.announce(say(this.msg.msgPicked, { name: person.name }));
    this.input.focus();
  };

  Picker.prototype.takenIds = function () {
    if (!this.chips) { return []; }
    return Array.prototype.map.call(this.chips.querySelectorAll("input[data-person]"), function (el) { return el.value; });
  };

  Picker.prototype.addChip = function (person, quiet) {
    var self = this;
    var chip = make("li", { class: "chip" });
    var text = person.name;
    chip.appendChild(make("span", {}, text));
    var hidden = make("input", { type: "hidden", name: this.name, value: String(person.id), "data-person": "" });
    chip.appendChild(hidden);
    var remove = make("button", { type: "button", class: "chip-remove", "aria-label": say(this.msg.msgRemove, { name: text }) }, "×");
    remove.addEventListener("click", function () { self.removeChip(chip, text); });
    chip.appendChild(remove);
    this.chips.appendChild(chip);
    if (!quiet) { this.chips.hidden = false; }
  };

  Picker.prototype.removeChip = function (chip, text) {
    var next = chip.nextElementSibling || chip.previousElementSibling;
    chip.remove();
    this.keepEmpty();
    this.announce(say(this.msg.msgRemoved, { name: text }));
    (next ? next.querySelector("button") : this.input).focus();
  };

  // A single select with nobody chosen still posts its empty value ("— vælg ejer —" is 0), so
  // the form says "Vælg en ejer." as it does without this script; an empty chip list is hidden.
  Picker.prototype.keepEmpty = function () {
    var empty = !this.chips.querySelector("li");
    this.chips.hidden = empty;
    var blank = this.root.querySelector("input[data-picker-blank]");
    if (this.mode === "select" && !this.multiple && empty && !blank) {
      this.root.appendChild(make("input", { type: "hidden", name: this.name, value: "0", "data-picker-blank": "" }));
    } else if (blank && !empty) {
      blank.remove();
    }
  };

  Picker.prototype.announce = function (text) {
    var status = this.status;
    status.textContent = "";
    // A new text in a fresh task, so screen readers announce it even when it repeats.
    window.setTimeout(function () { status.textContent = text || ""; }, 50);
  };

  document.querySelectorAll("[data-picker]").forEach(function (root) {
    if (!root.hasAttribute("data-picker-ready")) {
      root.setAttribute("data-picker-ready", "");
      new Picker(root);
    }
  });
})();
