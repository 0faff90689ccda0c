"""An attendee list that closes the referat: "Deltagere: A, B og C. Der var afbud fra D."
after the last item (a small club's minutes write it there, not in the head). It is the
meeting's list, not the last item's decision text.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.attendance import absences_in_text, parse_attendees
from tracker.minutes.attendees import Attendee, mark_attendee
from tracker.minutes.fields import Line, field_match
from tracker.minutes.run_in import split_inner_field

# The labels that open a closing list; "Medlemmer:" or "Inviteret:" there is something else.
_LABELS = {
    "deltagere",
    "mødedeltagere",
    "til stede",
    "tilstede",
    "tilstedeværende",
    "fremmødte",
    "fremmødt",
}

# The list's end: a full stop after a word (not an initial, "Torben G. M. Benneskov").
_SENTENCE_END = re.compile(r"(?<=\w[a-zæøå])\.\s+(?=[A-ZÆØÅ])")


def _kind(text: str) -> str | None:
    match = field_match(text)
    if match is None:
        return None
    kind, label, _ = match
    if kind == "attendees" and label in _LABELS:
        return "attendees"
    return "absent" if kind == "absent" else None


def take_closing_attendance(lines: list[Line], after: int, attendees: list[Attendee]) -> None:
    """Read the attendee list standing last, after line ``after`` (the last item's heading),
    into ``attendees`` and blank its lines, so no item keeps it as text. Only when the head
    listed nobody present (a list in the head is the meeting's own) and the lines from the
    list's label to the end are the list and absences ("Afbud: D", "Der var afbud fra D.")."""
    if any(attendee.present for attendee in attendees):
        return
    block = []
    for index in range(len(lines) - 1, after, -1):
        text = lines[index].text
        if not text:
            continue
        kind = _kind(text)
        if kind is None and not absences_in_text(text):
            break
        block.append(index)
        if kind == "attendees":
            break
    if not block or _kind(lines[block[-1]].text) != "attendees":
        return
    for index in reversed(block):
        text = lines[index].text
        match = field_match(text)
        if match is not None and match[0] == "attendees":
            names, _ = split_inner_field(match[2])
            names = _SENTENCE_END.split(names, maxsplit=1)[0]  # the sentences after: absences
            for name, present in parse_attendees(names):
                mark_attendee(attendees, name, present)
        for name, present in absences_in_text(text):
            mark_attendee(attendees, name, present)
        lines[index].text = ""
