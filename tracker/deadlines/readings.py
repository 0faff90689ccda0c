"""What each deadline phrase of the grammar means: the handlers of its rules.

A handler gets (match, reference, find) and returns a ``Hit`` (the dates and their kind), or
None when the words are not a deadline in this context (only in find mode), or raises
``Invalid`` when they are wrong. The rules themselves (the patterns) are in ``grammar``.
Pure: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .formatting import WEEK_PARTS
from .words import (
    NUMBER_WORDS,
    POSITION_WORDS,
    QUARTER_WORDS,
    SEASON_WORDS,
    UNITS,
    Invalid,
    add_months,
    check_day,
    check_february,
    check_month,
    is_abbreviation,
    last_day,
    make_date,
    month_number,
    position_days,
    resolve,
    squash,
    year_of,
)


@dataclass(frozen=True)
class Hit:
    """What a phrase reads as: its first and last day and its kind ("month", "by:…")."""

    start: date | None
    end: date | None
    kind: str
    relative: bool = False  # start is the reference date ("senest ...", "inden sommerferien")

    @property
    def precision(self) -> str:
        if self.kind.startswith(("by:", "before:")) or self.kind == "day":
            return "day"
        if self.kind.startswith("holiday:"):
            return "week"
        return _PRECISION.get(self.kind, "period")


_PRECISION = {"week": "week", "month": "month", "quarter": "quarter", "season": "season"}
_PRECISION.update({"year": "year", "ongoing": "ongoing", "none": "none"})

# ---------------------------------------------------------------------------- handlers
# A handler gets (match, reference, find) and returns a Hit, or None when the words are
# not a deadline in this context (only in find mode), or raises Invalid when they are wrong.

_FRACTION_UNITS = re.compile(r"\s+(?:time|timer|dag|dage|del|dele|hour|hours|day|days)\b", re.I)


def on_iso(m, ref, find):
    """ "2025-03-14"."""
    month, day = int(m["mo"]), int(m["d"])
    check_month(month)
    check_day(day, month)
    d = make_date(int(m["y"]), month, day)
    return Hit(d, d, "day")


def on_numeric(m, ref, find):
    """ "14/3", "14.03.2025", "14-3 2025"."""
    year = year_of(m["y"] or m["y4"])
    if year is None and m["sep"] != "/" and (find or m["sep"] != "."):
        return None  # "17.12" is a date when it is all the words, in a sentence maybe a time
    if m["sep2"] and m["sep2"] != m["sep"] and not (m["sep"] == "/" and m["sep2"] == "-"):
        return None
    if find and year is None and _FRACTION_UNITS.match(m.string, m.end()):
        return None  # "1/2 time" is half an hour
    month, day = int(m["mo"]), int(m["d"])
    check_month(month)
    check_february(day, month, year, ref)
    check_day(day, month)
    return _day_hit(day, month, year, ref)


def _day_hit(day: int, month: int, year: int | None, ref: date) -> Hit:
    start, _ = resolve(lambda y: (make_date(y, month, day),) * 2, year, ref)
    return Hit(start, start, "day")


def on_text_date(m, ref, find):
    """ "14. marts", "14th of March 2025"."""
    month, day = month_number(m["m"]), int(m["d"])
    check_february(day, month, year_of(m["y"]), ref)
    check_day(day, month)
    return _day_hit(day, month, year_of(m["y"]), ref)


def on_month_day(m, ref, find):
    """ "March 14", "marts 14 2025"."""
    if find and m["y"] is None:
        return None  # "March 27" needs a year in running text ("maj 12 medarbejdere")
    return on_text_date(m, ref, find)


def on_position(m, ref, find):
    """ "primo marts", "medio maj 2025"."""
    month = month_number(m["m"])
    which = POSITION_WORDS[squash(m["pos"])]

    def period(y):
        return position_days(y, month, which)

    return Hit(*resolve(period, year_of(m["y"]), ref), which)


def on_month(m, ref, find):
    """ "marts", "i løbet af maj 2025"."""
    month = month_number(m["m"])
    if find and m["y"] is None and (not m["pre"] or is_abbreviation(m["m"])):
        return None
    return Hit(
        *resolve(lambda y: (make_date(y, month, 1), last_day(y, month)), year_of(m["y"]), ref),
        "month",
    )


def on_month_range(m, ref, find):
    """ "marts/april", "fra maj til juni"."""
    first, last = month_number(m["m1"]), month_number(m["m2"])
    if first == last:
        raise Invalid("de to måneder er den samme", "the two months are the same")
    cross = int(last < first)
    if squash(m["sep"]) not in ("-", "–", "—", "til", "to", "until") and last != first % 12 + 1:
        raise Invalid(
            'skriv en periode som fx "april-juni" eller to måneder i træk som "april/maj"',
            'write a span such as "April-June" or two consecutive months such as "April/May"',
        )
    y1, y2 = year_of(m["y1"]), year_of(m["y"])
    if y1 is not None and y2 is not None:
        start, end = make_date(y1, first, 1), last_day(y2, last)
        if not start < end or (y2 * 12 + last) - (y1 * 12 + first) >= 12:
            raise Invalid(
                "perioden går baglæns eller er over et år", "the span is backwards or too long"
            )
        return Hit(start, end, "monthrange")
    if y1 is None and y2 is not None:
        y1 = y2 - cross
    period = lambda y: (make_date(y, first, 1), last_day(y + cross, last))  # noqa: E731
    return Hit(*resolve(period, y1, ref), "monthrange")


def on_week(m, ref, find):
    """ "uge 12", "week 12, 2025"."""
    week = int(m["w"])
    if not 1 <= week <= 53:
        raise Invalid(f"uge {week} findes ikke (uger går fra 1 til 53)", f"there is no week {week}")

    def period(y):
        try:
            monday = date.fromisocalendar(y, week, 1)
        except ValueError:
            raise Invalid(f"{y} har ikke uge {week}", f"{y} has no week {week}") from None
        part = (m["wpos"] or "").lower()
        first, last = WEEK_PARTS.get(_ENGLISH_PARTS.get(part, part), (0, 6))
        return monday + timedelta(days=first), monday + timedelta(days=last)

    return Hit(*resolve(period, year_of(m["y"]), ref), "week")


_ENGLISH_PARTS = {"early": "primo", "mid": "medio", "late": "ultimo"}  # "late week 12"


def on_quarter(m, ref, find):
    """ "2. kvartal", "Q3 2025"."""
    q = QUARTER_WORDS[m["qw"].lower()] if m["qw"] else int(m["qn"] or m["qq"] or m["qk"])
    if not 1 <= q <= 4:
        raise Invalid(f"der er kun 4 kvartaler, ikke {q}", f"there are only 4 quarters, not {q}")
    period = lambda y: (make_date(y, 3 * q - 2, 1), last_day(y, 3 * q))  # noqa: E731
    return Hit(*resolve(period, year_of(m["y"]), ref), "quarter")


def on_season(m, ref, find):
    """ "foråret", "efteråret 2025/26"."""
    first = SEASON_WORDS[m["s"].lower()]
    year, year2 = year_of(m["y"]), m["y2"]
    if find and year is None and not m["pre"]:
        return None
    if first == 12 and year is not None:
        if year2 is None:
            raise Invalid(
                f'skriv vinteren med begge år, fx "vinteren {year}/{(year + 1) % 100:02d}"',
                f'write the winter with both years, e.g. "winter {year}/{(year + 1) % 100:02d}"',
            )
        if int(year2) != ((year + 1) % 100 if len(year2) == 2 else year + 1):
            raise Invalid(
                "vinterens to år skal følge hinanden", "the winter's years must be adjacent"
            )
    elif year2 is not None:
        return None
    cross = int(first == 12)
    period = lambda y: (make_date(y, first, 1), last_day(y + cross, (first + 1) % 12 + 1))  # noqa: E731
    return Hit(*resolve(period, year, ref), "season")


def on_before_summer(m, ref, find):
    """ "inden sommerferien"."""
    year = year_of(m["y"])
    if year is None:
        year = ref.year if ref <= date(ref.year, 6, 30) else ref.year + 1
    end = make_date(year, 6, 30)
    return Hit(min(ref, end), end, "before_summer", relative=True)


def on_after_summer(m, ref, find):
    """ "efter sommerferien"."""
    return Hit(
        *resolve(lambda y: (make_date(y, 8, 1), last_day(y, 8)), year_of(m["y"]), ref),
        "after_summer",
    )


def on_relative(m, ref, find):
    """ "om 3 uger", "in two months"."""
    word = m["n"].lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS[word]
    if n < 1:
        raise Invalid("antallet skal være mindst 1", "the number must be at least 1")
    unit, factor = UNITS[m["u"].lower()]
    try:
        d = ref + timedelta(days=n * factor) if unit == "days" else add_months(ref, n * factor)
    except (OverflowError, ValueError):
        raise Invalid("datoen ligger for langt ude", "the date is too far away") from None
    return Hit(d, d, "day")


def on_year(m, ref, find):
    """ "2025", "inden udgangen af 2026"."""
    if find and not m["pre"]:
        return None  # "2025 og frem", "S2024-702"
    year = int(m["y"])
    return Hit(make_date(year, 1, 1), last_day(year, 12), "year")


def on_ongoing(m, ref, find):
    """ "løbende", "ongoing 2025"."""
    return Hit(make_date(int(m["y"]), 1, 1) if m["y"] else None, None, "ongoing")


def on_range(m, ref, find):
    """ "1.–10. marts", "fra 3. til 14. april"."""
    d1, d2 = int(m["d1"]), int(m["d2"])
    m2 = month_number(m["m2"])
    m1 = month_number(m["m1"]) if m["m1"] else m2
    check_day(d1, m1)
    check_day(d2, m2)
    cross = int((m1, d1) > (m2, d2))
    y1, y2 = year_of(m["y1"]), year_of(m["y"])
    if y1 is not None and y2 is not None:
        start, end = make_date(y1, m1, d1), make_date(y2, m2, d2)
        if start > end:
            raise Invalid("perioden slutter før den begynder", "the span ends before it starts")
        return Hit(start, end, "day" if start == end else "range")
    if y1 is None and y2 is not None:
        y1 = y2 - cross
    period = lambda y: (make_date(y, m1, d1), make_date(y + cross, m2, d2))  # noqa: E731
    start, end = resolve(period, y1, ref)
    return Hit(start, end, "day" if start == end else "range")
