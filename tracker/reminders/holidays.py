"""Danish public holidays and working days (pure: no Flask, no database).

The public holidays come from the ``holidays`` package (Store bededag until 2023); the days the
municipality is closed besides them are local configuration (``TRACKER_CLOSED_DAYS``), passed
in as (month, day) pairs.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

# Grundlovsdag, Juleaftensdag and Nytårsaftensdag: closed, though not public holidays by law.
CLOSED_DAYS: tuple[tuple[int, int], ...] = ((12, 24), (12, 31), (6, 5))


def easter_sunday(year: int) -> date:
    """Easter Sunday (Gregorian calendar)."""
    return easter(year)


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
