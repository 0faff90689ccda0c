"""A date whose month's name was cut short or misspelt ("Mandag d. 18. se 2023", "Tirsdag d.
24.januaer 2012"): read only when the weekday written before it is that day's, so the date is
told twice. The word must begin as one month's name and no other ("se" is september, "ma" is
marts or maj: never read); without a weekday, or with another day's, the date is not read and
the review asks for it.

Used by :mod:`tracker.minutes.meeting_date`. Pure module: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.deadlines.words import DA_MONTHS, DA_WEEKDAY_NAMES

__all__ = ["cut_month_dates"]

_MONTHS = [name.lower() for name in DA_MONTHS]
_WEEKDAYS = [name.lower() for name in DA_WEEKDAY_NAMES]
# "Mandag d. 18. se 2023", "Tirsdag den 24.januaer 2012": a weekday, "den"/"d.", the day, a
# word of letters, the year
_CUT = re.compile(
    r"\b(?P<weekday>" + "|".join(_WEEKDAYS) + r")\s*,?\s*(?:den|d\.)\s*(?P<day>\d{1,2})\.?\s*"
    r"(?P<word>[a-zæøå]{2,10})\.?\s+(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _month(word: str) -> int | None:
    """The one month whose name the word begins (its first two letters or more), or, for a
    longer word, whose name begins with the word's first three letters ("januaer")."""
    word = word.lower()
    for stem in (word, word[:3] if len(word) > 4 else None):
        if stem is None:
            continue
        found = [i + 1 for i, name in enumerate(_MONTHS) if name.startswith(stem)]
        if len(found) == 1:
            return found[0]
    return None


def cut_month_dates(text: str) -> list[tuple[int, int, date, str]]:
    """(start, end, day, weekday) of each date in the text written with a month's name cut
    short or misspelt, when its weekday is that day's."""
    found = []
    for m in _CUT.finditer(text):
        month = _month(m["word"])
        if month is None or m["word"].lower() in _MONTHS:
            continue  # a month's whole name is the deadline grammar's
        try:
            day = date(int(m["year"]), month, int(m["day"]))
        except ValueError:
            continue
        weekday = m["weekday"].lower()
        if _WEEKDAYS[day.weekday()] == weekday:
            found.append((m.start(), m.end(), day, weekday))
    return found
