"""Calendar dates written in full in running text: a meeting's date in a referat.

The deadline grammar reads the words ("Onsdag d. 26. februar 2025", "26-02-2025",
"26.02.2025", "2025-02-26", "tirsdag den 2. dec. 2025"); only a date that names its year is a
meeting date, since a referat's date is never relative to anything.

Pure: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

from .grammar import find_all_deadlines

_ANY_DAY = date(2000, 1, 1)  # the reference is unused: a date with its year needs none
_YEAR = re.compile(r"(?<!\d)(?:\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2})(?!\d)")


def find_dates(text: str) -> list[date]:
    """Every date with its year in the text, in order (impossible dates are skipped)."""
    result = []
    text = re.sub(r":(?=\s|$)", " ", text)  # "den 12-05-2026:" ends a label, not a time
    for words, deadline in find_all_deadlines(text, _ANY_DAY):
        if deadline.precision != "day" or deadline.end is None or not _YEAR.search(words):
            continue
        if deadline.start == deadline.end:
            result.append(deadline.end)
        elif re.match(r"\s*(?:senest|inden|før)\b", words, re.I):
            result.append(deadline.end)  # "senest 27. marts 2025" names one day too
    return result


def find_date(text: str) -> date | None:
    """The first date with its year in the text, or None."""
    found = find_dates(text)
    return found[0] if found else None
