"""Lines that are a date, never an agenda item, though they open with a number.

"18. August 2016" and "18:AUGUST 2016" (the meeting's date on a cover), "09. 11. 2021 kl. 17",
"1. 11/1-2023 kl. 19:30 i …" (a date line a web page's editor made a list item), "21. Maj -
Dansk X-klub" (a web page's dated title) and "• 8 AUG Sølvløbet, AFLYST" (a coming event in a
list): the number is a day's.

Used by :mod:`tracker.minutes.heading_candidates`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTH_WORDS
from tracker.minutes.header import numbered_date_line

__all__ = ["is_date_line"]

# A date alone on its line (a day, a month, maybe a year and a time): a cover's date line
_DATE_LINE = re.compile(
    r"^(?:[0-2]?\d|3[01])\s*[.:]?\s*(?:"
    + MONTH_WORDS
    + r")\.?(?:\s+\d{4})?(?:\s*,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}.{0,20})?\s*$",
    re.I,
)
# "21. Maj - Bestyrelsesmøde": a web page's title, its date, a dash and the page's name
_DATE_DASH_TITLE = re.compile(
    r"^(?:[0-2]?\d|3[01])\.\s*(?:" + MONTH_WORDS + r")\.?(?:\s+\d{4})?\s+[-–]\s+\S", re.I
)
# "• 8 AUG Sølvløbet", "3 okt. Klubtur": a day without its full stop and a month's name opening
# a (bulleted) line, the event's date in a list of coming events, never an item's number
_DAY_MONTH_OPENING = re.compile(
    r"^(?:[-•–*·]\s*)?(?:[0-2]?\d|3[01])\s+(?:" + MONTH_WORDS + r")\b\.?\s+\S", re.I
)
# "09. 11 2021", "09. 11. 2021 kl. 17": a date in figures opening its line
_NUMERIC_DATE_LINE = re.compile(
    r"^(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.?\s+(?:19|20)\d{2}\b"
)


def is_date_line(text: str) -> bool:
    """The line is a date (with its time, a page's title or an event after it), no item."""
    return bool(
        _DATE_LINE.match(text)
        or _NUMERIC_DATE_LINE.match(text)
        or numbered_date_line(text) != text
        or _DATE_DASH_TITLE.match(text)
        or _DAY_MONTH_OPENING.match(text)
    )
