"""Everyday deadline words, as leaders write them: "slut januar", "næste måned", "1. halvår",
"første halvdel af 2027", "tirsdag i uge 12", "uge 10-12", "efter vinterferien", "inden
efterårsferien", "efter nytår", "inden foråret", "torsdag den 4. december", and words that name
no period ("på sigt", "TBD") or no end ("årligt"), which are kept without a date.

The rules are added to the grammar's (:mod:`tracker.deadlines.grammar`) through :func:`rules`,
like :mod:`tracker.deadlines.spoken`'s. The school holidays' weeks are the caller's setting
(``parse_deadline(..., holidays={"vinterferie": 8})``), carried on the reference date as the
forum's meetings are (:func:`with_holidays`); ``words.SCHOOL_HOLIDAYS`` is the default.

Pure: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.workdays.days import easter_sunday

from .spoken import WEEKDAYS
from .words import (
    HALF_WORDS,
    HOLIDAY_NAMES,
    NO_PERIOD,
    POSITION_WORDS,
    RECURRING,
    SCHOOL_HOLIDAYS,
    SEASON_WORDS,
    Invalid,
    alternation,
    last_day,
    make_date,
    month_number,
    month_pattern,
    position_range,
    resolve,
    squash,
    year_of,
)

# Prepositions that make a period a deadline by its end ("senest næste måned").
_BY = ("inden", "før", "senest", "senest i", "senest ved", "by", "before")
_UNITS = {"måned": "month", "month": "month", "kvartal": "quarter", "quarter": "quarter"}
_UNITS.update({"halvår": "half", "år": "year", "year": "year"})
_DEFINITE = {"måneden": "month", "the month": "month", "kvartalet": "quarter"}
_DEFINITE.update({"the quarter": "quarter", "halvåret": "half", "året": "year", "the year": "year"})
_GENITIVE = {"månedens": "month", "kvartalets": "quarter", "halvårets": "half", "årets": "year"}


class _Reference(date):
    """The reference date carrying the school holidays (and the forum's meetings, if any)."""

    meetings: tuple = ()
    holidays: dict = SCHOOL_HOLIDAYS


def with_holidays(reference: date, holidays) -> date:
    """``reference`` carrying ``holidays`` (name -> ISO week) for the rules of this module."""
    if not holidays or dict(holidays) == SCHOOL_HOLIDAYS:
        return reference
    ref = _Reference(reference.year, reference.month, reference.day)
    ref.meetings = getattr(reference, "meetings", ())
    ref.holidays = {**SCHOOL_HOLIDAYS, **holidays}
    return ref


def _monday(year: int, week: int) -> date:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise Invalid(f"{year} har ikke uge {week}", f"{year} has no week {week}") from None


def _days_of_week(week: int, first: int, last: int):
    """The period from ``first`` to ``last`` days after the Monday of ISO week ``week``, as a
    function of the year (for ``resolve``)."""
    return lambda y: tuple(_monday(y, week) + timedelta(days=n) for n in (first, last))


def _check_week(week: int) -> None:
    if not 1 <= week <= 53:
        raise Invalid(f"uge {week} findes ikke (uger går fra 1 til 53)", f"there is no week {week}")


def _by(hit_type, ref: date, end: date, kind: str = "by:day"):
    return hit_type(min(ref, end), end, kind, relative=True)


def _unit_period(unit: str, ref: date, offset: int) -> tuple[date, date]:
    """The month, quarter, half year or year ``offset`` units after the one holding ``ref``."""
    size = {"month": 1, "quarter": 3, "half": 6, "year": 12}[unit]
    index = (ref.year * 12 + ref.month - 1) // size + offset
    year, first = divmod(index * size, 12)
    return date(year, first + 1, 1), last_day(year, first + size)


def rules(make_rule, Hit) -> tuple:
    """The rules of this module, made with the grammar's ``make_rule(name, regex, handler)``."""

    def relative(m, ref, find):
        pre = squash(m["pre"] or "")
        if find and not (pre or m["pos"] or m["gen"]):
            return None  # "næste år" in a sentence is rarely a deadline
        if find and re.match(r"\s+\d{4}(?!\d)", m.string[m.end() :]):
            return None  # "ved årets udgang 2011" is that year's, not this one's
        if m["gen"]:
            unit = _GENITIVE[m["gen"].lower()]
            position = "primo" if m["part"].lower() in ("start", "begyndelse") else "ultimo"
        else:
            unit = _UNITS.get(squash(m["unit"] or ""), _DEFINITE.get(squash(m["def"] or "")))
            position = POSITION_WORDS[squash(m["pos"])] if m["pos"] else None
        if unit is None or (position and unit == "half"):
            return None
        offset = 1 if (m["which"] or "").lower() in ("næste", "kommende", "next") else 0
        start, end = _unit_period(unit, ref, offset)
        kind = unit
        if position:
            start, end, kind = position_range(position, start, end, unit)
            if end < ref and not offset:  # "primo måneden" on the 15th: next month's
                start, end, kind = position_range(position, *_unit_period(unit, ref, 1), unit)
        if pre in ("inden", "før", "before") and offset and not position:
            return _by(Hit, ref, start - timedelta(days=1))  # "inden næste måned"
        if pre in _BY:  # "inden udgangen af måneden": by the end of the month
            kind = unit if position == "ultimo" else kind
            return _by(Hit, ref, end, "by:day" if kind in ("year", "range") else "by:" + kind)
        return Hit(start, end, kind)

    def part_of_year(m, ref, find):
        start, end, kind = position_range(
            POSITION_WORDS[squash(m["pos"])],
            *_unit_period("year", date(int(m["y"]), 1, 1), 0),
            "year",
        )
        return (
            _by(Hit, ref, end)
            if m["pre"] and squash(m["pre"]) == "senest"
            else Hit(start, end, kind)
        )

    def this_year(m, ref, find):
        return None if find else Hit(date(ref.year, 1, 1), date(ref.year, 12, 31), "year")

    def half(m, ref, find):
        pre = squash(m["pre"] or "")
        n = int(m["h"]) if m["h"] else HALF_WORDS[squash(m["n"] or m["n2"])]
        if m["m"]:  # "første halvdel af marts": 1-15, 16-31
            month = month_number(m["m"])

            def period(y):
                first = make_date(y, month, 1 if n == 1 else 16)
                return first, make_date(y, month, 15) if n == 1 else last_day(y, month)

            start, end = resolve(period, year_of(m["y"]), ref)
            kind = "range"
        else:
            if m["y2"] and m["y"]:
                return None
            year = year_of(m["y2"] or m["y"])
            year = ref.year if m["this"] else ref.year + 1 if m["next"] else year
            if find and year is None and not pre:
                return None  # "H1" or "første halvår" alone in a sentence
            period = lambda y: (make_date(y, 6 * n - 5, 1), last_day(y, 6 * n))  # noqa: E731
            start, end = resolve(period, year, ref)
            kind = "half"
        return _by(Hit, ref, end, "by:" + kind) if pre in _BY else Hit(start, end, kind)

    def weekday_in_week(m, ref, find):
        day = WEEKDAYS[m["wd"].lower()]
        if m["w"]:
            week = int(m["w"])
            _check_week(week)
            period = lambda y: (_monday(y, week) + timedelta(days=day),) * 2  # noqa: E731
            d, _ = resolve(period, year_of(m["y"]), ref)
        else:
            d = ref - timedelta(days=ref.weekday() - day) + timedelta(days=7 * bool(m["next"]))
        return (
            _by(Hit, ref, d) if squash(m["pre"] or "") in _BY + ("senest på",) else Hit(d, d, "day")
        )

    def weekday(m, ref, find):
        pre = squash(m["pre"] or "")
        if find and not pre:
            return None
        d = ref + timedelta(days=(WEEKDAYS[m["wd"].lower()] - ref.weekday()) % 7 or 7)
        return _by(Hit, ref, d) if pre in _BY + ("senest på",) else Hit(d, d, "day")

    def weeks(m, ref, find):
        w1, w2 = int(m["w1"]), int(m["w2"])
        _check_week(w1)
        _check_week(w2)
        if w1 == w2:
            raise Invalid("de to uger er den samme", "the two weeks are the same")
        cross = int(w2 < w1)
        if squash(m["sep"]) in ("/", "og", "and") and w2 != w1 + 1 and not (cross and w2 == 1):
            raise Invalid(
                'skriv en periode som fx "uge 10-12" eller to uger i træk som "uge 10/11"',
                'write a span such as "weeks 10-12" or two weeks in a row such as "weeks 10/11"',
            )
        y1, y2 = year_of(m["y1"]), year_of(m["y"])
        if y1 is not None and y2 is not None:
            start, end = _monday(y1, w1), _monday(y2, w2) + timedelta(days=6)
            if not start < end or (end - start).days > 371:
                raise Invalid(
                    "perioden går baglæns eller er over et år", "the span is backwards or too long"
                )
        else:
            y1 = y2 - cross if y2 is not None else None
            period = lambda y: (_monday(y, w1), _monday(y + cross, w2) + timedelta(days=6))  # noqa: E731
            start, end = resolve(period, y1, ref)
        if squash(m["pre"] or "") in _BY + ("inden udgangen af",):
            return _by(Hit, ref, end, "by:day")
        return Hit(start, end, "weekrange")

    def holiday(m, ref, find):
        when = squash(m["when"] or "")
        if find and not when:
            return None
        name = HOLIDAY_NAMES[squash(m["name"])]
        before = when in (
            "inden",
            "før",
            "forud for",
            "op til",
            "til",
            "senest til",
            "before",
            "by",
        )
        after = when in ("efter", "after")
        year = year_of(m["y"])
        if name == "jul":
            if before:
                end, _ = resolve(lambda y: (make_date(y, 12, 23),) * 2, year, ref)
                return _by(Hit, ref, end)
            if after:
                first = (year + 1) if year else None
                period = lambda y: (make_date(y, 1, 1), last_day(y, 1))  # noqa: E731
                return Hit(*resolve(period, first, ref), "month")
            return Hit(*resolve(lambda y: (date(y, 12, 24), date(y + 1, 1, 1)), year, ref), "range")
        if name == "påske":
            if before:  # the day before Maundy Thursday, as "inden påske"
                end, _ = resolve(lambda y: (easter_sunday(y) - timedelta(days=4),) * 2, year, ref)
                return _by(Hit, ref, end)
            days = (2, 15) if after else (-6, 1)  # the two weeks after; Palm Monday-Easter Monday
            period = lambda y: tuple(easter_sunday(y) + timedelta(days=d) for d in days)  # noqa: E731
            return Hit(*resolve(period, year, ref), "range")
        week = getattr(ref, "holidays", SCHOOL_HOLIDAYS).get(name, SCHOOL_HOLIDAYS[name])
        if before:  # the Friday before the holiday week
            end, _ = resolve(_days_of_week(week, -3, -3), year, ref)
            return _by(Hit, ref, end, "before:" + name)
        if after:  # the two weeks after it, as "efter påske"
            return Hit(*resolve(_days_of_week(week, 7, 20), year, ref), "after:" + name)
        return Hit(*resolve(_days_of_week(week, 0, 6), year, ref), "holiday:" + name)

    def new_year(m, ref, find):
        when = squash(m["when"])
        if when in ("efter", "after"):
            return Hit(*resolve(lambda y: (date(y, 1, 1), date(y, 1, 31)), None, ref), "month")
        if when in ("ved", "omkring", "around", "at"):
            return Hit(*resolve(lambda y: (date(y, 12, 21), date(y, 12, 31)), None, ref), "ultimo")
        return _by(Hit, ref, date(ref.year, 12, 31))

    def before_season(m, ref, find):
        first = SEASON_WORDS[m["s"].lower()]
        end, _ = resolve(lambda y: (date(y, first, 1) - timedelta(days=1),) * 2, None, ref)
        return _by(Hit, ref, end)

    def after_summer(m, ref, find):
        return Hit(*resolve(lambda y: (date(y, 8, 1), date(y, 8, 31)), None, ref), "after_summer")

    def no_period(m, ref, find):
        return None if find else Hit(None, None, "none")

    def recurring(m, ref, find):
        return None if find else Hit(None, None, "ongoing")

    weekdays = alternation(WEEKDAYS)
    positions = alternation(POSITION_WORDS)
    halves = alternation(HALF_WORDS)
    week_word = r"(?:uge|week|wk\.?)"
    return (
        make_rule(
            "relative",
            r"(?:(?P<pre>i\s+løbet\s+af|i|til|inden|før|senest\s+i|senest\s+ved|senest|in|during"
            r"|by|before)\s+)?(?:(?P<pos>" + positions + r")\s*)?(?:(?P<which>næste|kommende|denne"
            r"|dette|indeværende|nuværende|this|next)\s+(?P<unit>måned|kvartal|halvår|år|month"
            r"|quarter|year)|(?P<def>måneden|kvartalet|halvåret|året|the\s+month|the\s+quarter"
            r"|the\s+year)|(?P<gen>månedens|kvartalets|halvårets|årets)\s+(?P<part>udgang"
            r"|slutning|afslutning|start|begyndelse))",
            relative,
            needs=r"måned|kvartal|halvår|år|month|quarter|year",
        ),  # fmt: skip
        make_rule(
            "part_of_year",
            r"(?:(?P<pre>i|til|senest)\s+)?(?P<pos>" + positions + r")\s*(?P<y>\d{4})",
            part_of_year,
            needs=r"\d{4}",
        ),  # fmt: skip
        make_rule("this_year", r"(?:i\s+år|i\s+indeværende\s+år|this\s+year)", this_year, needs=""),
        make_rule(
            "half",
            r"(?:(?P<pre>i\s+løbet\s+af|i|til|senest|inden\s+udgangen\s+af|in|during|by)\s+)?(?:"
            r"(?P<n>" + halves + r")\s*(?:halvår(?:et)?|half[-\s]year)|h(?P<h>[12])"
            r"|(?P<n2>" + halves + r")\s+(?:halvdel|half)\s+(?:af|of)\s+(?:the\s+)?(?:(?P<this>året"
            r"|year)|(?P<next>næste\s+år|next\s+year)|(?P<y2>\d{4})|" + month_pattern("m") + r"))"
            r"(?:\s+(?P<y>\d{4}))?",
            half,
            needs=r"halv|half|h[12]\b",
        ),  # fmt: skip
        make_rule(
            "weekday_in_week",
            r"(?:(?P<pre>til|på|senest\s+på|senest|inden|før|by|on)\s+)?(?P<wd>"
            + weekdays
            + r")\s+(?:(?:i|in)\s+)?(?:(?P<next>næste|next)\s+"
            + week_word
            + r"|(?:denne|this)\s+"
            + week_word
            + r"|"
            + week_word
            + r"\s*(?P<w>\d{1,2})(?!\d)(?:\s*,?\s*(?P<y>\d{4}))?)",
            weekday_in_week,
            needs=r"uge|week|wk",
        ),  # fmt: skip
        make_rule(
            "bare_weekday",
            r"(?:(?P<pre>til|senest\s+på|senest|inden|før|by|before)\s+)?(?P<wd>" + weekdays + r")",
            weekday,
            needs=r"dag\b|day\b",
        ),  # fmt: skip
        make_rule(
            "weeks",
            r"(?:(?P<pre>i\s+løbet\s+af|i|til|fra|senest|inden\s+udgangen\s+af|in|during|by)\s+)?"
            r"(?:ugerne|uge|weeks|week|wk\.?)\s*(?P<w1>\d{1,2})(?:\s+(?P<y1>\d{4}))?\s*"
            r"(?P<sep>[-–—/]|\s(?:til|og|to|and)\s)\s*(?:(?:uge|week)\s*)?(?P<w2>\d{1,2})(?!\d)"
            r"(?:\s*,?\s+(?P<y>\d{4}))?",
            weeks,
            needs=r"uge|week|wk",
        ),  # fmt: skip
        make_rule(
            "holiday",
            r"(?:(?P<when>inden|før|forud\s+for|op\s+til|senest\s+til|til|efter|i\s+løbet\s+af|i"
            r"|under|before|after|during|by|in)\s+)?(?:the\s+)?(?P<name>"
            + alternation(HOLIDAY_NAMES)
            + r")(?:\s+(?P<y>\d{4}))?",
            holiday,
            needs=r"ferie|break|holidays",
        ),  # fmt: skip
        make_rule(
            "new_year",
            r"(?P<when>inden|før|op\s+til|senest\s+til|til|efter|ved|omkring|before|after|by"
            r"|around|at)\s+(?:the\s+)?(?:nytår(?:et)?|årsskiftet|new\s+year)",
            new_year,
            needs=r"nytår|årsskift|new\s+year",
        ),  # fmt: skip
        make_rule(
            "before_season",
            r"(?:inden|før|before)\s+(?:the\s+)?(?P<s>" + alternation(SEASON_WORDS) + r")",
            before_season,
            needs=r"inden|før|before",
        ),  # fmt: skip
        make_rule(
            "after_summer_words", r"(?:efter|after)\s+(?:the\s+)?sommer(?:en)?", after_summer
        ),
        make_rule("no_period", r"(?:" + alternation(NO_PERIOD) + r")", no_period, needs=""),
        make_rule("recurring", r"(?:" + alternation(RECURRING) + r")", recurring, needs=""),
    )


# Every rule of this module needs one of these words or a digit (see spoken.MAY_HOLD).
MAY_HOLD = re.compile(
    r"(?<![\w])(?:"
    + alternation([*HOLIDAY_NAMES, "nytår", "nytåret", "årsskiftet", "new year", "halvår"])
    + r"|halvdel|måneden|månedens|kvartalet|kvartalets|året|årets|halvåret)(?![\w])",
    re.IGNORECASE,
)
