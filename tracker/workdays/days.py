"""Danish public holidays, working days and the local day (pure: no Flask, no database).

The public holidays come from the ``holidays`` package (Store bededag until 2023); the days the
municipality is closed besides them are local configuration (``TRACKER_CLOSED_DAYS``), passed
in as (month, day) pairs, :data:`CLOSED_DAYS` by default.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

# Grundlovsdag, Juleaftensdag and Nytårsaftensdag: closed, though not public holidays by law.
CLOSED_DAYS: tuple[tuple[int, int], ...] = ((12, 24), (12, 31), (6, 5))


def local_day(at: datetime, zone: tzinfo) -> date:
    """The day an aware ``at`` falls on in ``zone`` (where the people are, not UTC)."""
    return at.astimezone(zone).date()


def easter_sunday(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * r) // 451
    month, day = divmod(h + r - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def danish_holidays(
    year: int, closed: tuple[tuple[int, int], ...] = CLOSED_DAYS
) -> frozenset[date]:
    """Denmark's public holidays in ``year``, plus the ``closed`` days (month, day) of the
    municipality; a closed 29 February counts in leap years only."""
    # Imported at first use: the package loads every country's calendar (0.2-0.4 s), which
    # neither a web worker nor a command that sends no reminder should pay at start.
    from holidays.countries.denmark import Denmark

    days = set(Denmark(years=year))
    for month, day in closed:
        try:
            days.add(date(year, month, day))
        except ValueError:
            continue
    return frozenset(days)


def is_working_day(day: date, closed: tuple[tuple[int, int], ...] = CLOSED_DAYS) -> bool:
    """Monday to Friday and neither a holiday nor a closed day."""
    return day.weekday() < 5 and day not in danish_holidays(day.year, closed)


def next_working_day(day: date, closed: tuple[tuple[int, int], ...] = CLOSED_DAYS) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, closed):
        day += timedelta(days=1)
    return day


def working_day_after(day: date, closed: tuple[tuple[int, int], ...] = CLOSED_DAYS) -> date:
    """The first working day strictly after ``day``."""
    return next_working_day(day + timedelta(days=1), closed)


def working_day_before(day: date, closed: tuple[tuple[int, int], ...] = CLOSED_DAYS) -> date:
    """The last working day strictly before ``day``."""
    day -= timedelta(days=1)
    while not is_working_day(day, closed):
        day -= timedelta(days=1)
    return day
