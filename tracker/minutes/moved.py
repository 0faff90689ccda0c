"""A meeting moved to another day, as a cover line says it: "Vi mødes mandag den 24.1 2022
flyttet til 21.2 i …", "d. 5/3 2026 er rykket til d. 12/3". The first day (or a day "blev
aflyst") is another day's; the day it was moved to is the meeting's, unless the words before
the first say otherwise ("Næste møde 7.4 2026 er flyttet til 14.4").

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

_MOVED = r"\s*,?\s*(?:er\s+|blev\s+)?(?:flyttet|rykket|ændret|udsat)\s+til\s+(?:den\s+|d\.\s*)?"
_AFTER = re.compile(
    _MOVED + r"(?P<day>\d{1,2})[./](?P<month>\d{1,2})\.?(?:\s*(?P<year>\d{4}))?(?![\d.:/-]\d)",
    re.IGNORECASE,
)
_LEAD = re.compile(r"\d\.?" + _MOVED + r"$", re.IGNORECASE)


# The day given up: "… 5. marts 2026 blev aflyst", "… 5/3 er udsat", "… 24.1 2022 flyttet til …"
_GIVEN_UP = re.compile(
    r"(?:\s*kl\.?\s*\d{1,2}(?:[:.]\d{2})?)?\s*,?\s*(?:er\s+|blev\s+|var\s+)?"
    r"(?:aflyst|udsat|flyttet|rykket|ændret)(?![\wæøå])",
    re.IGNORECASE,
)


def moved_from(text: str, end: int) -> bool:
    """The date ending at ``end`` is a day the meeting was first set for: moved or called
    off ("… den 5. marts 2026 blev aflyst")."""
    return _GIVEN_UP.match(text, end) is not None


def moved_to(text: str, end: int, old: date) -> tuple[int, int, date] | None:
    """(start, end, day) of the day the meeting set for ``old`` (ending at ``end``) was moved
    to: its year the written one or the old day's (the next, from December to January)."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    try:
        new = date(int(m["year"] or old.year), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    if not m["year"] and (old - new).days > 180:
        new = new.replace(year=new.year + 1)  # "15.12 2025 flyttet til 5.1": in January
    return m.start("day"), m.end(), new


def before_moved(clause: str) -> str:
    """A clause that ends in "… 24.1 2022 flyttet til ", without its moving words: the words
    before the first day judge the day it was moved to."""
    m = _LEAD.search(clause)
    return clause[: m.start()] if m else clause
