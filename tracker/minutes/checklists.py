"""Attendance written as a checklist: a box ticked or not before each name; an action log too.

A template's list of members is often a checklist the secretary ticks at the meeting, in
Markdown ("- [x] Eva Holm" / "- [ ] Bo Lund") or from Word ("☒ Eva Holm" / "☐ Bo Lund"):

- under an attendance label ("Deltagere:", "Medlemmer", "Gæster:"; the labels of
  :mod:`tracker.minutes.fields`) a ticked name attended and a name left unticked did not
  (a list with no box ticked was no roll call: its names are the members listed);
- under an absence label ("Afbud:", "Fraværende") a ticked name sent apologies, and an
  unticked box (empty, or a name not ticked) says nothing; but where no box of the list is
  ticked, its names that the members' list above does not name sent apologies (the boxes
  were the template's, never ticked).

The lists are rewritten as the plain lists the head's reader knows (:mod:`tracker.minutes.header`,
:mod:`tracker.minutes.attendance`): "- Eva Holm" and "- Bo Lund (fraværende)". In the items'
text a checklist is an action log: an open box a task to do ("- Eva sender brevet"), a ticked
one done ("- Eva sender brevet (udført)", no task: :mod:`tracker.minutes.nontasks`). Other
checklists in the head (the referat's status) stay as they are.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import field_match

# "- [x] Name", "* [ ] Name", "[X] Name", "☒ Name", "☐ Name"
_BOX = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+•][ \t]+)?(?:\[(?P<mark>[ xX✓✔])\]|(?P<glyph>[☐☑☒✅]))[ \t]*"
    r"(?P<text>.*?)[ \t]*$"
)
_TICKED = "xX✓✔☑☒✅"
# an item's heading: "#### 2. Temaer", "> #### 2. Temaer", "2. Temaer"
_ITEM_HEADING = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+)?\d{1,3}[.)][ \t]+\S")
# a label line: "#### Deltagere:", "**Afbud**", "Gæster:"
_LABEL = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?P<label>[^\W\d][^:*]{0,40}?)(?:\*\*)?"
    r"[ \t]*:?[ \t]*(?:\*\*)?$"
)


def list_kind(line: str) -> str | None:
    """ "attendees", "absent" or None: the kind of list a label line opens."""
    label = _LABEL.match(line)
    if label is None:
        return None
    found = field_match(label.group("label").strip() + ":")
    return found[0] if found and found[0] in ("attendees", "absent") and not found[2] else None


def ticked_attendance(text: str) -> str:
    """The text with each checklist under an attendance or absence label written as a plain
    list of who attended and who did not (see the module's docstring)."""
    if "[" not in text and not re.search("[☐☑☒✅]", text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    kind: str | None = None
    body = False  # past the first numbered heading: the items' text
    listed_above: set[str] = set()  # the names under an attendance label, ticked or not
    for index, line in enumerate(lines):
        box = _BOX.match(line)
        if box is None:
            if line.strip():
                kind = list_kind(line)
                body = body or bool(_ITEM_HEADING.match(line))
            out.append(line)
            continue
        if kind is None:
            out.append(_task_box(box) if body else line)
            continue
        name = box.group("text")
        if not name:
            continue  # an empty box: nothing to tell
        if kind == "absent":
            # a list with no box ticked was not ticked at all: its names, when the members'
            # list above does not name them, are the ones who sent apologies
            listed = not _any_ticked(lines, index) and _key(name) not in listed_above
            if _ticked(box) or listed:
                out.append(f"{box.group('indent')}- {name}")
            continue  # a name not ticked under "Afbud": no apologies sent
        listed_above.add(_key(name))
        # a list of members with no box ticked was not used as a roll call: they are listed
        absent = not _ticked(box) and _any_ticked(lines, index)
        out.append(f"{box.group('indent')}- {name}" + (" (fraværende)" if absent else ""))
    return "\n".join(out)


def _key(name: str) -> str:
    """A name as compared between lists: without what follows a comma or a parenthesis."""
    return re.split(r"[,(]", name, maxsplit=1)[0].strip().lower()


def _ticked(box: re.Match) -> bool:
    return (box.group("mark") or box.group("glyph") or " ") in _TICKED


def _any_ticked(lines: list[str], index: int) -> bool:
    """A box of the checklist around ``lines[index]`` is ticked."""
    start = index
    while start > 0 and _BOX.match(lines[start - 1]):
        start -= 1
    end = index
    while end + 1 < len(lines) and _BOX.match(lines[end + 1]):
        end += 1
    return any(_ticked(box) for k in range(start, end + 1) if (box := _BOX.match(lines[k])))


def _task_box(box: re.Match) -> str:
    """A checklist's line in the items' text, an action log's: a box left open is a task to
    do ("- Eva sender brevet"), a ticked one is done ("- Eva sender brevet (udført)")."""
    if not box.group("text"):
        return ""
    return f"{box.group('indent')}- {box.group('text')}" + (" (udført)" if _ticked(box) else "")
