"""An agenda written as a bullet list under "Dagsorden:", and the minutes below it under
"Referat:" as bullets of their own, in the agenda's order but not one to one (a point may hold
several answers, or none): "Dagsorden:" / "- Valg af ordstyrer" / "- Økonomi" / … /
"Referat:" / "- Ordstyrer: Lis" / "- Regnskabet godkendt" / …

The agenda's bullets are the items (their titles); the minutes are read as one section under
no item (:mod:`tracker.minutes.loose`), so no task is lost and none is put under a wrong item.

When the minutes instead repeat each bullet's title alone on a line of its own ("Agenda:" /
"• Vejene" / "• Generalforsamling" … "Vejene:" / text / "Generalforsamling:" / text), the
repeats head the items, in the agenda's order (:func:`repeated_titles`).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line
from tracker.minutes.heading import WEAK, Heading

__all__ = ["agenda_bullets", "answers_below", "repeated_titles"]

_AGENDA = re.compile(r"^dagsorden(?:en)?\s*:?$", re.IGNORECASE)
_AGENDA_OR_ENGLISH = re.compile(r"^(?:dagsorden(?:en)?|agenda)\s*:?$", re.IGNORECASE)
_MINUTES = re.compile(r"^(?:referat|beslutningsreferat|beslutninger)\s*:?$", re.IGNORECASE)
_BULLET = re.compile(r"^[-–•*]\s+(?P<title>\w.{1,158})$")
_HEAD_LINES = 40  # the agenda label stands in the head


def _labels(lines: list[Line]) -> tuple[int, int] | None:
    """The agenda label's and the minutes label's line indexes, the minutes' with text below."""
    agenda = next((i for i, ln in enumerate(lines[:_HEAD_LINES]) if _AGENDA.match(ln.text)), None)
    if agenda is None:
        return None
    below = (i for i in range(agenda + 1, len(lines)) if _MINUTES.match(lines[i].text))
    minutes = next(below, None)
    if minutes is None or not any(ln.text for ln in lines[minutes + 1 :]):
        return None
    return agenda, minutes


def agenda_bullets(lines: list[Line]) -> dict[int, Heading]:
    """The agenda list's bullets as items (three or more, most of the lines between the two
    labels; a note below a bullet may stand between them), or {} for another shape."""
    labels = _labels(lines)
    if labels is None:
        return {}
    between = [i for i in range(labels[0] + 1, labels[1]) if lines[i].text]
    found = {
        i: Heading(i, None, m["title"].strip().rstrip("."), WEAK)
        for i in between
        if (m := _BULLET.match(lines[i].text))
    }
    if len(found) < 3 or len(found) * 3 < len(between) * 2:
        return {}
    titles = {_key(h.title) for h in found.values()}
    if any(_key(ln.text) in titles for ln in lines[labels[1] + 1 :] if ln.text):
        return {}  # the minutes repeat the titles as their headings: each item has its own
    return found


def repeated_titles(lines: list[Line]) -> dict[int, Heading]:
    """The lines below an agenda's bullet list (two or more) that repeat its titles, each
    alone on its line and in the list's order, as the items; {} for another shape."""
    label = next(
        (i for i, ln in enumerate(lines[:_HEAD_LINES]) if _AGENDA_OR_ENGLISH.match(ln.text)), None
    )
    if label is None:
        return {}
    titles: list[str] = []
    end = label + 1
    for end in range(label + 1, len(lines)):
        if not lines[end].text:
            continue
        m = _BULLET.match(lines[end].text)
        if m is None:
            break
        titles.append(m["title"].strip().rstrip("."))
    if len(titles) < 2:
        return {}
    found: dict[int, Heading] = {}
    start = end
    for title in titles:
        key = _key(title)
        hit = next((k for k in range(start, len(lines)) if _key(lines[k].text) == key), None)
        if hit is None or not key:
            return {}
        found[hit] = Heading(hit, None, title, WEAK)
        start = hit + 1
    return found


def _key(text: str) -> str:
    """A title as the minutes may repeat it: no bullet, colon or full stop, in lower case."""
    return re.sub(r"^[-–•*]\s+", "", text).strip().rstrip(".:").strip().lower()


def answers_below(lines: list[Line], headings: dict[int, Heading]) -> int:
    """The index of the "Referat:" label under an agenda list the items were read from (the
    minutes below it belong to no one item), else the number of lines."""
    labels = _labels(lines) if headings else None
    if labels is None or not all(labels[0] < i < labels[1] for i in headings):
        return len(lines)
    return labels[1] if agenda_bullets(lines) == headings else len(lines)
