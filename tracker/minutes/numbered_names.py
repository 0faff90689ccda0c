"""A numbered list of people under an attendance label: "Deltagere:" / "1. Eva Holm" / "2. Bo
Lund" / "Fraværende" / "1. Kaj Berg". A web page's editor numbered the names; they are the
meeting's people, not its agenda items, so the numbers are dropped and each name is made a
bullet ("- Eva Holm"), the shape the attendance reader reads.

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import FIELD_LINE, FIELDS
from tracker.minutes.names import is_name

__all__ = ["unnumbered_names"]

_NUMBERED = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,2})\s*[.)]\s+(?P<name>\S.*?)\s*$")


def unnumbered_names(text: str) -> str:
    """The text with each numbered list of names (1, 2, …) right under an attendance label
    without a value ("Deltagere:", "Afbud", "Fraværende") written as bullets."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = FIELD_LINE.match(line.strip())
        if m is None or m.group(2).strip():
            continue
        if FIELDS.get(" ".join(m.group(1).lower().split())) not in ("attendees", "absent"):
            continue
        run = _names_below(lines, i)
        for j in run:
            named = _NUMBERED.match(lines[j])
            assert named is not None
            lines[j] = f"{named['indent']}- {named['name']}"
    return "\n".join(lines)


def _names_below(lines: list[str], i: int) -> list[int]:
    """The indexes of the numbered names counting 1, 2, … below line ``i`` (blank lines
    between them allowed), or [] when a numbered line there is no name or the count breaks."""
    run: list[int] = []
    for j in range(i + 1, min(len(lines), i + 60)):
        if not lines[j].strip():
            continue
        m = _NUMBERED.match(lines[j])
        if m is None:
            break
        if int(m["number"]) != len(run) + 1 or not is_name(m["name"].rstrip(".")):
            return []
        run.append(j)
    return run
