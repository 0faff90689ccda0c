"""A title, a full stop and the minutes on one line ("Økonomi. Budget 2022 vedtages …"), read
in linear time.

The pattern it replaces (``TITLE_DOT_TEXT`` in tests/minutes/test_minutes_hostile_lines.py, the
specification), ``^([A-ZÆØÅ](?:[^.:\\s]*\\s?){1,6}?)(?:\\.|(?<=\\?))…``, tried every way
of cutting the title's first words into six pieces before it failed: a long line cost
seconds. The title can only end at the first full stop or after a "?", so those few places
are tried, in the order the pattern tried them, and the first that reads is the match.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tracker.minutes.letters import CAPITALS

# After the title: its full stop (doubled, or no space after it) or "?", then the minutes
# (or a note in brackets: "Siden sidst. ( Jeg har ikke fået fat på Casper, måske …)")
# or a figure: "Biler i Bella 21-24 marts. 3 klubber har allerede meddelt …"
_AFTER_TITLE = re.compile(
    r"(?:\.|(?<=\?))(?:\.?\s+|(?=[A-ZÆØÅ][a-zæøå]))([" + CAPITALS + r"]\S*\s.*|\d+\s+[a-zæøå]+\s.*"
    # (a note of its own sentences, not "Kirke- og kulturmedarbejder. (Provst X deltager)")
    r"|\((?=[^)]{60}|[^)]*[.?!]\s)\S*\s.*)$"
)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
_PIECES = 6  # the title's words: six at most


class TitleDotText:
    """The title (group 1) and its minutes (group 2), as the pattern's match gave them."""

    def __init__(self, title: str, minutes: str):
        self._groups = (title + minutes, title, minutes)

    def group(self, index: int = 0) -> str:
        """The title (1), the minutes (2) or both (0)."""
        return self._groups[index]


def title_dot_text(line: str) -> TitleDotText | None:
    """ "Økonomi.  Budget 2022 vedtages …": a short title (six words at most), a full stop or
    "?", then the minutes; None when the line is not read that way."""
    if not line or line[0] not in _CAPITALS:
        return None
    stops = [i for i in (line.find(".", 1), line.find(":", 1)) if i != -1]
    end = min(stops) if stops else len(line)  # the title holds no "." and no ":"
    found = {}
    for e in [e for e in range(2, end + 1) if line[e - 1] == "?"] + [end]:
        m = _AFTER_TITLE.match(line, e)
        if m:
            found[e] = m
    if not found:
        return None
    spaces = [0]  # spaces[i]: the whitespace in line[:i]
    for char in line[:end]:
        spaces.append(spaces[-1] + char.isspace())
    asked = sorted(e for e in found if e != end)  # after a "?", never after a space

    def pieces(q: int, e: int) -> int:
        """How many pieces the pattern needs from q to e."""
        if e == q:
            return 0
        return spaces[e] - spaces[q] + (0 if line[e - 1].isspace() else 1)

    def reaches(q: int, left: int) -> bool:
        """A place the title may end at is within ``left`` pieces of q."""
        k = bisect_left(asked, q)
        if k < len(asked) and pieces(q, asked[k]) <= left:
            return True  # the nearest "?" needs the fewest pieces
        return end in found and end >= q and pieces(q, end) <= left

    if not reaches(1, _PIECES):
        return None
    # the pattern's order: a place is tried when reached, then the longest next piece first;
    # the first piece may be empty (the title one capital letter), later empty ones add nothing
    position, used, last = 1, 0, 0
    while used == 0 or position not in found:
        run = position
        while run < end and not line[run].isspace():
            run += 1
        first = run + 1 if run < end else run  # the piece takes the space after its word
        used += 1
        position = next(q for q in range(first, last, -1) if reaches(q, _PIECES - used))
        last = position
    return TitleDotText(line[:position], found[position].group(1))
