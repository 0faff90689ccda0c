"""Turning dates and deadline kinds back into words (Danish and English). Stdlib only."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .words import (
    DA_HOLIDAYS,
    DA_MONTHS,
    DA_POSITIONS,
    DA_SEASONS,
    EN_HOLIDAYS,
    EN_MONTHS,
    EN_POSITIONS,
    EN_SEASONS,
    add_months,
    last_day,
    position_of,
)

# Danish quotes »…«, as every other Danish message of the product writes them.
DA_EXAMPLES = (
    "Skriv fx »{day}«, »{short}«, »{early}«, »{pair}«, »{week}«, »{quarter}«, "
    "»foråret«, »inden sommerferien«, »om 2 uger«, »{year}« eller »løbende«."
)
EN_EXAMPLES = (
    'Write e.g. "{day}", "{short}", "{early}", "{pair}", "{week}", "{quarter}", '
    '"spring", "before the summer holidays", "in 2 weeks", "{year}" or "ongoing".'
)


def lang(locale: str) -> str:
    """'da' or 'en' from a locale such as 'da', 'da_DK', 'en-GB'; anything else is an error."""
    code = (locale or "").replace("-", "_").split("_")[0].lower()
    if code not in ("da", "en"):
        raise ValueError(f"unsupported locale {locale!r} (use 'da' or 'en')")
    return code


def examples(reference: date, locale: str = "da") -> dict[str, str]:
    """Deadline words a little after ``reference``, for messages and hints: on 26 February 2025
    "27. marts 2025", "27/3", "primo marts", "ultimo marts", "april/maj", "uge 12", "2. kvartal",
    "2025" (never a date that has passed)."""
    da = lang(locale) == "da"
    ahead, soon, later = (
        add_months(reference, 1),
        reference + timedelta(weeks=3),
        add_months(reference, 3),
    )
    month = month_name(ahead.month, locale)
    pair = "/".join(month_name(add_months(ahead, n).month, locale) for n in (1, 2))
    quarter = (reference.month - 1) // 3 + 2 if reference.month < 10 else 1  # the next one
    return {
        "day": f"27. {month} {ahead.year}" if da else f"27 {month} {ahead.year}",
        "short": f"27/{ahead.month}",
        "early": f"primo {month}" if da else f"early {month}",
        "late": f"ultimo {month}" if da else f"late {month}",
        "pair": pair,
        "week": f"{'uge' if da else 'week'} {soon.isocalendar()[1]}",
        "quarter": f"{quarter}. kvartal" if da else f"Q{quarter}",
        "year": str(later.year),
    }


def error_message(text: str, reason: str | None, locale: str, reference: date) -> str:
    """The message of a DeadlineError: what went wrong and what is understood, with examples
    a little after ``reference``."""
    shown = " ".join(text.split())
    if len(shown) > 60:
        shown = shown[:57] + "…"
    words = examples(reference, locale)
    if lang(locale) == "da":
        head = f"Fristen »{shown}« kan ikke læses" if shown else "Fristen er tom"
        return f"{head}{': ' + reason if reason else ''}. {DA_EXAMPLES.format(**words)}"
    head = f'The deadline "{shown}" could not be read' if shown else "The deadline is empty"
    return f"{head}{': ' + reason if reason else ''}. {EN_EXAMPLES.format(**words)}"


def month_name(month: int, locale: str = "da") -> str:
    return DA_MONTHS[month - 1] if lang(locale) == "da" else EN_MONTHS[month - 1]


def format_date(d: date, locale: str = "da") -> str:
    """'26. februar 2025' (da) or '26 February 2025' (en)."""
    if lang(locale) == "da":
        return f"{d.day}. {month_name(d.month, 'da')} {d.year}"
    return f"{d.day} {month_name(d.month, 'en')} {d.year}"


def format_range(start: date, end: date, locale: str = "da") -> str:
    """'1.–10. marts 2025', '1. april–31. maj 2025', '29. december 2025–4. januar 2026'."""
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    if start == end:
        return format_date(start, locale)
    da = lang(locale) == "da"
    dot = "." if da else ""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{dot}–{format_date(end, locale)}"
    if start.year == end.year:
        return f"{start.day}{dot} {month_name(start.month, locale)}–{format_date(end, locale)}"
    return f"{format_date(start, locale)}–{format_date(end, locale)}"


def _short_year_pair(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


# The part of a week "primo/medio/ultimo uge 12" names: its first and last weekday.
WEEK_PARTS = {
    "primo": (calendar.MONDAY, calendar.WEDNESDAY),
    "medio": (calendar.TUESDAY, calendar.FRIDAY),
    "ultimo": (calendar.THURSDAY, calendar.SUNDAY),
}
_WEEK_PART_OF = {days: part for part, days in WEEK_PARTS.items()}


def words_for(kind: str, start: date | None, end: date | None, locale: str = "da") -> str:
    """The canonical words of a deadline of `kind` with the given (resolved) dates.

    Every year is explicit, so the words parse back to the same dates on any reference date
    (except the start of "senest ..."/"inden sommerferien", which is the day it was said).
    """
    da = lang(locale) == "da"
    if kind == "none":
        return "uden frist" if da else "no deadline"
    if kind == "ongoing":
        word = "løbende" if da else "ongoing"
        return word if start is None else f"{word} {start.year}"
    assert start is not None and end is not None
    if kind.startswith(("holiday:", "before:", "after:")):
        return _holiday_words(kind, start, end, da)
    if kind.startswith("by:"):
        inner = kind[3:]
        inner = "month" if inner in ("monthrange", "after_summer") else inner
        if inner in ("day", "range", "before_summer", "by"):
            return f"senest {format_date(end, 'da')}" if da else f"by {format_date(end, 'en')}"
        inner_start = _inner_start(inner, end)
        prefix = "senest" if da else "no later than"
        return f"{prefix} {words_for(inner, inner_start, end, locale)}"
    if kind == "day":
        return format_date(start, locale)
    if kind == "range":
        return format_range(start, end, locale)
    month = month_name(start.month, locale)
    if kind == "month":
        return f"{month} {start.year}"
    if kind in ("primo", "medio", "ultimo"):
        word = DA_POSITIONS[kind] if da else EN_POSITIONS[kind]
        return f"{word} {month} {start.year}"
    if kind == "monthrange":
        end_month = month_name(end.month, locale)
        consecutive = (end.year * 12 + end.month) - (start.year * 12 + start.month) == 1
        sep = "/" if consecutive else "–"
        if start.year == end.year:
            return f"{month}{sep}{end_month} {end.year}"
        return f"{month} {start.year}{sep}{end_month} {end.year}"
    if kind == "week":
        iso_year, week, _ = start.isocalendar()
        part = _WEEK_PART_OF.get((start.weekday(), end.weekday()))  # "primo uge 12": Mon–Wed
        where = (DA_POSITIONS[part] if da else EN_POSITIONS[part]) + " " if part else ""
        return f"{where}{'uge' if da else 'week'} {week} {iso_year}"
    if kind == "quarter":
        q = (start.month - 1) // 3 + 1
        return f"{q}. kvartal {start.year}" if da else f"Q{q} {start.year}"
    if kind == "season":
        word = (DA_SEASONS if da else EN_SEASONS)[start.month]
        year = _short_year_pair(start.year) if start.month == 12 else str(start.year)
        return f"{word} {year}"
    if kind == "before_summer":
        text = "inden sommerferien" if da else "before the summer holidays"
        return f"{text} {end.year}"
    if kind == "after_summer":
        text = "efter sommerferien" if da else "after the summer holidays"
        return f"{text} {start.year}"
    if kind == "year":
        return str(start.year)
    if kind == "half":
        half = 1 if start.month < 7 else 2
        return f"{half}. halvår {start.year}" if da else f"H{half} {start.year}"
    if kind == "weekrange":
        (year, first, _), (end_year, last, _) = start.isocalendar(), end.isocalendar()
        if year != end_year:
            word = "uge" if da else "week"
            return f"{word} {first} {year}–{word} {last} {end_year}"
        return f"{'uge' if da else 'weeks'} {first}–{last} {year}"
    raise ValueError(f"unknown deadline kind {kind!r}")


def _holiday_words(kind: str, start: date, end: date, da: bool) -> str:
    """ "vinterferien 2026", "inden/efter efterårsferien 2026": the year is the holiday week's."""
    when, name = kind.split(":", 1)
    monday = {"holiday": start, "before": end + timedelta(days=3)}.get(when, start - timedelta(7))
    words = (DA_HOLIDAYS if da else EN_HOLIDAYS)[name]
    prefix = {
        "holiday": "",
        "before": "inden " if da else "before ",
        "after": "efter " if da else "after ",
    }[when]
    return f"{prefix}{words} {monday.isocalendar()[0]}"


def _inner_start(kind: str, end: date) -> date:
    """Start of the period of `kind` that ends on `end` (for the words of "senest ...")."""
    if kind == "month":
        return end.replace(day=1)
    if kind in ("primo", "medio", "ultimo"):
        return end.replace(day={"primo": 1, "medio": 11, "ultimo": 21}[kind])
    if kind == "week":
        return end - timedelta(days=6)
    if kind in ("quarter", "season"):
        month = end.month - 2
        return date(end.year, month, 1) if month >= 1 else date(end.year - 1, month + 12, 1)
    if kind == "year":
        return date(end.year, 1, 1)
    return end


def needs_dates(kind: str) -> bool:
    """Whether the label should add the dates in parentheses after the words."""
    return kind not in ("day", "range", "ongoing", "none")


def kind_from_dates(start: date | None, end: date | None, precision: str) -> str:
    """The kind of deadline that the dates and precision look like (for its words)."""
    if precision == "none":
        return "none"
    if end is None or precision == "ongoing":
        return "ongoing"
    if start is None or start > end:
        return "by:day"
    if start == end:
        return "day"
    if precision == "day":
        return "by:day"
    week_part = (start.weekday(), end.weekday()) in _WEEK_PART_OF and (end - start).days < 7
    if precision == "week" and (start.weekday() == 0 and (end - start).days == 6 or week_part):
        return "week"
    months = (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1
    if start.day == 1 and end == last_day(end.year, end.month):
        aligned = {
            "month": months == 1,
            "quarter": months == 3 and start.month in (1, 4, 7, 10),
            "season": months == 3 and start.month in (3, 6, 9, 12),
            "year": months == 12 and start.month == 1,
        }
        if aligned.get(precision):
            return precision
        if precision == "period" and months == 1 and start.month == 8:
            return "after_summer"
        if precision == "period" and months >= 2:
            return "monthrange"
    if precision == "period" and months == 1:
        position = position_of(start, end)
        if position:
            return position
    half = start.year == end.year and (start.month, end.month) in ((1, 6), (7, 12))
    if precision == "period" and half and start.day == 1 and end == last_day(end.year, end.month):
        return "half"
    if precision == "period" and start.weekday() == 0 and (end - start).days % 7 == 6:
        return "weekrange"
    if precision == "period" and (end.month, end.day) == (6, 30) and months <= 12:
        return "before_summer"
    return "range"
