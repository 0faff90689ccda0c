"""Item 1 without its number: the count starts at 2 ("2 - Meddelelser"), and the line right
above item 2 is a title and its verdict on one line ("Godkendelse af dagsorden Godkendt."),
a table's title and decision cells whose number cell the page lost. That line is item 1.

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import FIELD_LINE, Line
from tracker.minutes.heading import WEAK, Heading, short_title

# "Godkendelse af dagsorden Godkendt.", "Godkendelse af referat - Taget til efterretning"
_TITLE_VERDICT = re.compile(
    r"^(?P<title>[A-ZÆØÅ][^.:!?]{2,80}?)\s+(?:[-–]\s+)?"
    r"(?P<verdict>(?:Godkendt|Vedtaget|Taget\s+til\s+efterretning)[^.]{0,40}\.?)$"
)


def lost_first_item(lines: list[Line], headings: dict[int, Heading]) -> dict[int, Heading]:
    """``headings`` with item 1 added when its line stands right above item 2 (see the
    module); else ``headings`` as they are."""
    if not headings:
        return headings
    first = min(headings)
    if headings[first].number != 2:
        return headings
    above = next((j for j in range(first - 1, -1, -1) if lines[j].text), None)
    if above is None or lines[above].toc or FIELD_LINE.match(lines[above].text):
        return headings
    m = _TITLE_VERDICT.match(lines[above].text)
    if m is None or not short_title(m["title"]):
        return headings
    item = Heading(above, 1, m["title"], WEAK, inline=m["verdict"])
    return {above: item, **headings}
