"""Items a web page wrote as the bullets of a list, each with its minutes below it: " • Økonomi"
over lines set further in, or "· Nyt fra formanden:" over "- …" lines of another mark (a
club's or a small board's referat without numbers), or "- Siden sidst:" dashes when no round
bullet is used. Read only when no other heading is found.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line
from tracker.minutes.heading import WEAK, Heading, next_text

_BULLET = re.compile(r"^[•*–-]\s")
# A title after the bullet: a capital, a phrase of ten words at most, no sentence's end
_TITLE = re.compile(r"^[•*–-]\s+(?P<title>[A-ZÆØÅ][^.!?]{1,80}?)\s*:?\s*$")


def bullet_headings(lines: list[Line], start: int = 0) -> dict[int, Heading]:
    """The list's outermost bullets as items, numbered in order later, when every one of them
    (two or more) is a title with text of its own below it: further in, or not a bullet of
    the same column. A plain list of points ("• Kaffe" / "• Kage") is no such thing."""
    marked = [i for i in range(start, len(lines)) if _BULLET.match(lines[i].text)]
    # "• Title" over "- point" lines: the round bullets are the items; dashes alone may be
    # ("- Godkendelse af dagsorden" / "Beslutning: …", a parish council's page)
    bullets = [i for i in marked if lines[i].text[0] in "•*"] or marked
    if len(bullets) < 2:
        return {}
    column = min(lines[i].indent for i in bullets)
    found: dict[int, Heading] = {}
    for i in (i for i in bullets if lines[i].indent == column):
        m = _TITLE.match(lines[i].text)
        below = next_text(lines, i, 3)
        if m is None or len(m["title"].split()) > 10 or below is None:
            return {}
        under = lines[below]
        if under.indent <= column and under.text[:1] == lines[i].text[:1]:
            return {}  # the next point of a plain list (same mark, same column)
        found[i] = Heading(i, None, m["title"], WEAK)
    return found if len(found) >= 2 else {}
