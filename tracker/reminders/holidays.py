"""Danish public holidays and working days (pure: no Flask, no database)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def easter_sunday(year: int) -> date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@lru_cache(maxsize=64)
def danish_holidays(year: int) -> frozenset[date]:
    """Public holidays, plus the days a municipality is closed: Grundlovsdag, 24 and 31 December.

    Store Bededag was a holiday until 2023.
    """
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1),  # Nytårsdag
        easter - timedelta(days=3),  # Skærtorsdag
        easter - timedelta(days=2),  # Langfredag
        easter,  # Påskedag
        easter + timedelta(days=1),  # 2. påskedag
        easter + timedelta(days=39),  # Kristi himmelfartsdag
        easter + timedelta(days=49),  # Pinsedag
        easter + timedelta(days=50),  # 2. pinsedag
        date(year, 6, 5),  # Grundlovsdag
        date(year, 12, 24),  # Juleaftensdag
        date(year, 12, 25),  # Juledag
        date(year, 12, 26),  # 2. juledag
        date(year, 12, 31),  # Nytårsaftensdag
    }
    if year <= 2023:
        days.add(easter + timedelta(days=26))  # Store bededag
    return frozenset(days)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a holiday."""
    return day.weekday() < 5 and day not in danish_holidays(day.year)


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def working_day_after(day: date) -> date:
    """The first working day strictly after ``day``."""
    return next_working_day(day + timedelta(days=1))
