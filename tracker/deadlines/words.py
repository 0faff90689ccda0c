"""Vocabulary and calendar facts for deadline phrases: month names, number words, seasons,
regex fragments and date helpers.

Stdlib only. Everything is lower case; the grammar matches case-insensitively.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

DA_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: Full month names (Danish and English) -> month number.
FULL_MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(DA_MONTHS)}
FULL_MONTHS.update({name.lower(): i + 1 for i, name in enumerate(EN_MONTHS)})

#: Abbreviations (optionally followed by a period) -> month number.
ABBREVIATED_MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

#: Number words understood in "om to uger" / "in two weeks".
NUMBER_WORDS: dict[str, int] = {
    "en": 1,
    "et": 1,
    "én": 1,
    "ét": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

#: Time units of "om 2 uger" -> (kind, multiplier) where kind is "days" or "months".
UNITS: dict[str, tuple[str, int]] = {
    "dag": ("days", 1),
    "dage": ("days", 1),
    "døgn": ("days", 1),
    "day": ("days", 1),
    "days": ("days", 1),
    "uge": ("days", 7),
    "uger": ("days", 7),
    "week": ("days", 7),
    "weeks": ("days", 7),
    "måned": ("months", 1),
    "måneder": ("months", 1),
    "month": ("months", 1),
    "months": ("months", 1),
    "år": ("months", 12),
    "year": ("months", 12),
    "years": ("months", 12),
}

QUARTER_WORDS: dict[str, int] = {
    "første": 1,
    "andet": 2,
    "anden": 2,
    "tredje": 3,
    "fjerde": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

#: Season words -> first month of the season (winter crosses the year end).
SEASON_WORDS: dict[str, int] = {
    "foråret": 3,
    "forår": 3,
    "spring": 3,
    "sommeren": 6,
    "sommer": 6,
    "summer": 6,
    "efteråret": 9,
    "efterår": 9,
    "høsten": 9,
    "autumn": 9,
    "fall": 9,
    "vinteren": 12,
    "vinter": 12,
    "winter": 12,
}
DA_SEASONS = {3: "foråret", 6: "sommeren", 9: "efteråret", 12: "vinteren"}
EN_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}

#: Position words of "primo/medio/ultimo marts" -> "primo" | "medio" | "ultimo".
POSITION_WORDS: dict[str, str] = {
    "primo": "primo",
    "start": "primo",
    "først i": "primo",
    "først på": "primo",
    "starten af": "primo",
    "begyndelsen af": "primo",
    "early": "primo",
    "beginning of": "primo",
    "the beginning of": "primo",
    "start of": "primo",
    "the start of": "primo",
    "medio": "medio",
    "midt i": "medio",
    "midten af": "medio",
    "midt på": "medio",
    "mid": "medio",
    "mid-": "medio",
    "middle of": "medio",
    "the middle of": "medio",
    "ultimo": "ultimo",
    "sidst i": "ultimo",
    "sidst på": "ultimo",
    "slut": "ultimo",
    "slutningen af": "ultimo",
    "udgangen af": "ultimo",
    "ved udgangen af": "ultimo",
    "late": "ultimo",
    "end of": "ultimo",
    "the end of": "ultimo",
}
#: The school holidays of deadlines ("efter vinterferien"): name -> ISO week. Most municipalities
#: have the winter holiday in week 7 (some in week 8) and the autumn holiday in week 42; the app
#: passes its setting (TRACKER_SCHOOL_HOLIDAYS) to the grammar.
SCHOOL_HOLIDAYS: dict[str, int] = {"vinterferie": 7, "efterårsferie": 42}
DA_HOLIDAYS = {"vinterferie": "vinterferien", "efterårsferie": "efterårsferien"}
EN_HOLIDAYS = {"vinterferie": "the winter break", "efterårsferie": "the autumn break"}
# fmt: off
#: School holidays and the holidays named after a feast, in their spellings -> their key.
HOLIDAY_NAMES = {
    "vinterferien": "vinterferie", "vinterferie": "vinterferie", "winter break": "vinterferie",
    "efterårsferien": "efterårsferie", "efterårsferie": "efterårsferie",
    "autumn break": "efterårsferie", "fall break": "efterårsferie",
    "påskeferien": "påske", "påskeferie": "påske", "easter holidays": "påske",
    "juleferien": "jul", "juleferie": "jul", "christmas holidays": "jul",
}
#: Words that name no period: kept as "uden frist" (only when they are all the words).
NO_PERIOD = (
    "straks", "med det samme", "snart", "hurtigst mulig", "så hurtigt som muligt",
    "så snart som muligt", "så vidt muligt", "når muligt", "når det er muligt",
    "når der er tid", "efter aftale", "aftales", "aftales senere", "afventer", "på sigt",
    "på længere sigt", "i nær fremtid", "inden længe", "senere", "på et senere tidspunkt",
    "i de kommende uger", "i de kommende måneder", "ikke fastlagt", "ikke fastsat",
    "ikke aftalt", "til senere besvarelse", "til senere behandling", "ukendt", "tbd", "tba",
    "n/a", "-", "–", "?", "when possible", "later", "to be decided",
)
#: Words of a task that recurs: kept with no end, as "løbende".
RECURRING = (
    "årligt", "årlig", "hvert år", "hver måned", "månedligt", "månedlig", "hvert kvartal",
    "kvartalsvis", "hver uge", "ugentligt", "ugentlig", "vedvarende", "kontinuerligt",
    "permanent", "fast punkt", "yearly", "annually", "monthly", "weekly", "quarterly",
)
WEEKDAY_ABBREVIATIONS = {
    "man": 0, "tirs": 1, "tir": 1, "ons": 2, "tors": 3, "tor": 3, "fre": 4, "lør": 5, "søn": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
HALF_WORDS = {
    "1.": 1, "første": 1, "1st": 1, "first": 1,
    "2.": 2, "andet": 2, "anden": 2, "sidste": 2, "2nd": 2, "second": 2, "last": 2,
}
DA_WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
# The names as a regex alternation, for the minutes' rules: "januar|februar|…", "mandag|…"
MONTHS_ALTERNATION = "|".join(DA_MONTHS)
# Full and abbreviated month names, longest first: "januar|jan|…" for a month in any spelling
MONTH_WORDS = "|".join(sorted({*FULL_MONTHS, *ABBREVIATED_MONTHS}, key=len, reverse=True))
WEEKDAYS_ALTERNATION = "|".join(DA_WEEKDAY_NAMES)
# A day written in figures, maybe after its weekday: "Tirsdag den 20.5", "lørdag 15/6", "d. 3/4"
DAY_IN_FIGURES = (
    r"(?:(?:" + WEEKDAYS_ALTERNATION + r")\b\.?\s*(?:den\s+|d\.\s*)?|den\s+|d\.\s*)?\d{1,2}\s*[./]"
)
EN_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# fmt: on
DA_POSITIONS = {"primo": "primo", "medio": "medio", "ultimo": "ultimo"}
EN_POSITIONS = {"primo": "early", "medio": "mid", "ultimo": "late"}


def alternation(words) -> str:
    """A regex alternation of the words, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def month_pattern(group: str) -> str:
    """Regex for a month name in named group `group`; abbreviations may end with a period."""
    full = alternation(FULL_MONTHS)
    abbr = alternation(ABBREVIATED_MONTHS)
    return rf"(?P<{group}>(?:{full})(?!\w)|(?:{abbr})(?:\.|(?!\w)))"


def month_number(word: str) -> int:
    """Month number of a matched month word (full or abbreviated, with or without period)."""
    key = word.lower().rstrip(".")
    return FULL_MONTHS.get(key) or ABBREVIATED_MONTHS[key]


def is_abbreviation(word: str) -> bool:
    return word.lower().rstrip(".") in ABBREVIATED_MONTHS


def squash(text: str) -> str:
    """Lower case with runs of whitespace made single spaces (for dictionary look-ups)."""
    return " ".join(text.lower().split())


# ---------------------------------------------------------------------------- calendar facts


class Invalid(Exception):
    """A phrase that is read but names no real date; carries the reason in Danish and English."""

    def __init__(self, da: str, en: str):
        super().__init__(da)
        self.da, self.en = da, en


Period = Callable[[int], tuple[date, date]]


def last_day(year: int, month: int) -> date:
    if not 1 <= year <= 9999:
        raise Invalid(f"år {year} kan ikke bruges", f"year {year} cannot be used")
    return date(year, month, calendar.monthrange(year, month)[1])


def make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        if month == 2 and day == 29 and 1 <= year <= 9999:
            raise Invalid(
                f"29. februar findes ikke i {year} (det er ikke et skudår)",
                f"29 February does not exist in {year} (not a leap year)",
            ) from None
        raise Invalid(f"datoen findes ikke i år {year}", f"no such date in {year}") from None


#: The days of a month "primo", "medio" and "ultimo" mean: 1-10, 11-20, 21 to its end.
POSITION_DAYS = {"primo": (1, 10), "medio": (11, 20), "ultimo": (21, 31)}


def position_days(year: int, month: int, position: str) -> tuple[date, date]:
    """The first and last day of "primo/medio/ultimo <month> <year>" (POSITION_DAYS)."""
    first, last = POSITION_DAYS[position]
    start = make_date(year, month, first)
    return start, min(start.replace(day=1) + timedelta(last - 1), last_day(year, month))


def position_of(start: date, end: date) -> str | None:
    """The position word whose days are exactly ``start``-``end`` (the reverse of
    position_days), or None."""
    for position in POSITION_DAYS:
        if (start, end) == position_days(start.year, start.month, position):
            return position
    return None


def position_range(position: str, start: date, end: date, unit: str) -> tuple[date, date, str]:
    """The start, middle or end of a period, the one home of these ranges: days 1-10/11-20/21-
    of a month (POSITION_DAYS), a third of a year ("primo 2027"), a quarter's first/middle/last
    month."""
    if unit == "month":
        first, last = position_days(start.year, start.month, position)
        return first, min(last, end), position
    index = ("primo", "medio", "ultimo").index(position)
    months = {"year": 4, "quarter": 1}[unit]
    first = add_months(start, index * months)
    return first, last_day(first.year, first.month + months - 1), "range" if months > 1 else "month"


def check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise Invalid(f"måned {month} findes ikke", f"there is no month {month}")


def check_day(day: int, month: int) -> None:
    """The day exists in the month in some year (29 February only in leap years)."""
    most = 29 if month == 2 else calendar.monthrange(2001, month)[1]
    if day < 1:
        raise Invalid(f"dag {day} findes ikke", f"there is no day {day}")
    if day > most:
        da, en = DA_MONTHS[month - 1], EN_MONTHS[month - 1]
        raise Invalid(f"{da} har kun {most} dage", f"{en} has only {most} days")


def add_months(d: date, months: int) -> date:
    """The same day `months` later, or the last day of that month if it is shorter."""
    year, month = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(year, month + 1, min(d.day, last_day(year, month + 1).day))


def resolve(period: Period, year: int | None, reference: date) -> tuple[date, date]:
    """The period of the given year, or else the first one that has not ended on reference."""
    if year is not None:
        return period(year)
    for y in range(reference.year - 1, min(reference.year + 40, 9999)):
        try:
            start, end = period(y)
        except Invalid:
            continue
        if end >= reference:
            return start, end
    raise Invalid("perioden findes ikke", "the period does not exist")


def year_of(text: str | None) -> int | None:
    """A written year; two digits mean 20xx."""
    if text is None:
        return None
    return int(text) + 2000 if len(text) == 2 else int(text)


def check_february(day: int, month: int, year: int | None, ref: date) -> None:
    """ "31/2" names the February meant: the given year's, or the first not ended."""
    if month != 2 or day < 30:
        return
    if year is None:
        year = ref.year if ref <= last_day(ref.year, 2) else ref.year + 1
    days = last_day(year, 2).day
    raise Invalid(f"februar {year} har kun {days} dage", f"February {year} has only {days} days")
