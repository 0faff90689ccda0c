"""A form's agenda table read row by row as text: the "Pkt." column's header and each item's
heading on one line, the item's number alone on the next ("Pkt. EFTERRETNINGSSAGER:" / "2" /
"(Kun skriftlig orientering)"). Each pair is written as the item's line, "2. EFTERRETNINGSSAGER";
a first row that only names the agenda ("Pkt. DAGSORDEN" / "1" / "Velkommen til …") keeps the
number above its title, as a table's number cell (read by the heading reader).

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["number_below_pkt"]

# "Pkt. EFTERRETNINGSSAGER:", "Pkt. NYT FRA PRÆSTERNE": the label, then words (no number)
_PKT_HEADING = re.compile(r"^[ \t]*(?:Pkt\.?|Punkt)[ \t]+(?P<title>[^\d\s].*?)[ \t:]*$", re.I)
_NUMBER = re.compile(r"^[ \t]*(?P<number>\d{1,2})[ \t]*$")
_AGENDA = re.compile(r"^(?:d\s?a\s?g\s?s\s?o\s?r\s?d\s?e\s?n|emne|overskrift)$", re.I)


def number_below_pkt(text: str) -> str:
    """The text with each "Pkt. Heading" / "N" pair written as "N. Heading" (see the module),
    when two or more such pairs count up from 1 or 2; any other text as it is."""
    if "pkt" not in text.lower() and "punkt" not in text.lower():
        return text
    lines = text.split("\n")
    pairs = []
    for k in range(len(lines) - 1):
        heading, number = _PKT_HEADING.match(lines[k]), _NUMBER.match(lines[k + 1])
        if heading and number:
            pairs.append((k, heading["title"], int(number["number"])))
    numbers = [n for _, _, n in pairs]
    if (
        len(pairs) < 2
        or numbers[0] > 2
        or numbers != list(range(numbers[0], numbers[0] + len(pairs)))
    ):
        return text
    for k, title, number in pairs:
        if _AGENDA.match(title):
            lines[k] = title  # the column's header only: the title is below the number
        else:
            lines[k], lines[k + 1] = f"{number}. {title}", ""
    return "\n".join(lines)
