"""A weekday written before a date ("torsdag den 4. december", "ons. 10/12"): found before the
date, its number read, and the date refused when it falls on another day.

Pure: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

from .formatting import format_date
from .words import DA_WEEKDAY_NAMES, EN_WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS, Invalid, alternation

_WEEKDAY_NUMBERS = {
    name.lower(): i
    for names in (DA_WEEKDAY_NAMES, EN_WEEKDAY_NAMES)
    for i, name in enumerate(names)
}
# A weekday before a date ("torsdag den 4. december", "ons. 10/12"): read the date, check the day.
_WEEKDAY_WORDS = (
    alternation(_WEEKDAY_NUMBERS) + "|(?:" + alternation(WEEKDAY_ABBREVIATIONS) + r")\."
)
WEEKDAY_BEFORE_DATE = re.compile(
    r"(?<![\w.])(?P<wd>" + _WEEKDAY_WORDS + r"?)\s*,?\s+(?=den\s|d\.|\d)", re.IGNORECASE
)


def weekday_number(word: str) -> int:
    """0-6 (Monday = 0) of a weekday's name or abbreviation ("tors.")."""
    key = word.lower().rstrip(".")
    return _WEEKDAY_NUMBERS.get(key, WEEKDAY_ABBREVIATIONS.get(key, -1))


def check_weekday(day: date | None, word: str) -> None:
    """Refuse a date whose weekday is not the one written before it."""
    if day is not None and day.weekday() != weekday_number(word):
        shown = (format_date(day, "da"), format_date(day, "en"))
        actual, written = day.weekday(), weekday_number(word)
        raise Invalid(
            f"{shown[0]} er en {DA_WEEKDAY_NAMES[actual]}, ikke en {DA_WEEKDAY_NAMES[written]}",
            f"{shown[1]} is a {EN_WEEKDAY_NAMES[actual]}, not a {EN_WEEKDAY_NAMES[written]}",
        )
