"""Deadline words of speech and of meetings: "i morgen", "næste fredag", "inden jul",
"inden for 14 dage", "primo 2027", "efter et halvt år", the meeting words of
:mod:`tracker.deadlines.meetings` ("på næste møde", "til næste Lederforum"), and vague words
("hurtigst muligt") that set no date but are kept.

The rules are added to the grammar's (:mod:`tracker.deadlines.grammar`) through
:func:`rules`, which gets the grammar's rule maker and hit type so this module needs nothing
from it. Meeting words use the planned meetings the caller passes
(``parse_deadline(..., meetings=Planned(...))``, carried on the reference date by
``with_meetings``).

Pure: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.workdays.days import easter_sunday

from . import meetings

# The grammar reads the planned meetings through these two (re-exported).
from .meetings import plain as plain
from .meetings import with_meetings as with_meetings
from .words import (
    ABBREVIATED_MONTHS,
    FULL_MONTHS,
    NUMBER_WORDS,
    POSITION_WORDS,
    QUARTER_WORDS,
    SEASON_WORDS,
    UNITS,
    Invalid,
    add_months,
    alternation,
    last_day,
    make_date,
    position_range,
    resolve,
)

WEEKDAYS = {
    "mandag": 0,
    "tirsdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lørdag": 5,
    "søndag": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
VAGUE = (
    "hurtigst muligt",
    "snarest muligt",
    "snarest",
    "asap",
    "når vi ved mere",
    "når der er nyt",
    "efter behov",
    "ved lejlighed",
    "uden frist",
    "ingen frist",
    "as soon as possible",
    "no deadline",
)

# Words that every rule beside the month, season, unit and number words needs one of: text
# with none of them (and no digit) holds no deadline (see grammar.find_all_deadlines).
# fmt: off
TRIGGERS = (
    "løbende", "fortløbende", "ongoing", "continuous", "continuously", "sommerferien",
    "sommerferie", "summer", "jul", "julen", "christmas", "påske", "påsken", "easter", "pinse",
    "pinsen", "whitsun", "morgen", "overmorgen", "tomorrow", "møde", "mødet", "meeting", "næste",
    "next", "denne", "this", "halvt", "half", "kvartal", "quarter", "uge", "week",
)
# fmt: on


# "inden/før/til jul", "til påske": ready by the feast; "efter jul": the time after it
_BY_FEAST = ("inden", "før", "til", "before", "by")
_FEAST_WHEN = r"(?P<when>" + "|".join((*_BY_FEAST, "efter", "after")) + r")"


def _count(word: str) -> int:
    n = int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
    if n < 1:
        raise Invalid("antallet skal være mindst 1", "the number must be at least 1")
    return n


def _later(ref: date, n: int, unit: str) -> date:
    kind, factor = UNITS[unit.lower()]
    try:
        return ref + timedelta(days=n * factor) if kind == "days" else add_months(ref, n * factor)
    except (OverflowError, ValueError):
        raise Invalid("datoen ligger for langt ude", "the date is too far away") from None


def rules(make_rule, Hit) -> tuple:
    """The rules of this module, made with the grammar's ``make_rule(name, regex, handler)``."""

    def tomorrow(m, ref, find):
        d = ref + timedelta(days=2 if "over" in m.group(0).lower() else 1)
        return Hit(d, d, "day")

    def week(m, ref, find):
        monday = ref - timedelta(days=ref.weekday())
        if m["which"].lower() in ("næste", "next", "i næste"):
            monday += timedelta(days=7)
        return Hit(monday, monday + timedelta(days=6), "week")

    def weekday(m, ref, find):
        days = (WEEKDAYS[m["wd"].lower()] - ref.weekday()) % 7 or 7
        d = ref + timedelta(days=days)
        return Hit(d, d, "day")

    def within(m, ref, find):
        end = _later(ref, _count(m["n"]), m["u"])
        return Hit(ref, end, "by:day", relative=True)

    def after(m, ref, find):
        d = add_months(ref, 6) if m["half"] else _later(ref, _count(m["n"]), m["u"])
        return Hit(d, d, "day")

    def christmas(m, ref, find):
        # "til jul" is ready by Christmas, as "inden jul"; never the month of July ("jul.")
        if m["when"].lower() in _BY_FEAST:
            end = (
                date(ref.year, 12, 23)
                if ref <= date(ref.year, 12, 23)
                else date(ref.year + 1, 12, 23)
            )
            return Hit(min(ref, end), end, "by:day", relative=True)
        start, end = resolve(lambda y: (make_date(y, 1, 1), last_day(y, 1)), None, ref)
        return Hit(start, end, "month")

    def feast_hit(m, ref, find):
        before = m["when"].lower() in _BY_FEAST
        # Whitsun ("pinse") is 49 days after Easter; its last working day before is the Friday
        whitsun = m["feast"].lower().startswith(("pinse", "whit"))
        for year in (ref.year, ref.year + 1):
            sunday = easter_sunday(year) + timedelta(days=49 if whitsun else 0)
            start, end = (
                (ref, sunday - timedelta(days=2 if whitsun else 4))  # Friday; Wednesday before
                if before  # Maundy Thursday
                else (sunday + timedelta(days=2), sunday + timedelta(days=15))
            )
            if end >= ref:
                return Hit(min(start, end), end, "by:day" if before else "range", relative=before)
        raise Invalid(
            "højtiden er ikke til at finde", "the feast cannot be found"
        )  # pragma: no cover

    def position_year(m, ref, find):
        year = int(m["y"])
        first, last, kind = position_range(
            m["pos"].lower(), make_date(year, 1, 1), make_date(year, 12, 31), "year"
        )
        return Hit(first, last, kind)

    def vague(m, ref, find):
        return Hit(None, None, "none")

    weekdays = alternation(WEEKDAYS)
    return (
        make_rule("tomorrow", r"(?:i\s+(?:over)?morgen|tomorrow)", tomorrow),
        make_rule(
            "week_of", r"(?P<which>i\s+næste|næste|i\s+denne|denne|next|this)\s+(?:uge|week)", week
        ),
        make_rule(
            "weekday",
            r"(?:næste|på|på\s+førstkommende|førstkommende|next|on)\s+(?P<wd>" + weekdays + r")",
            weekday,
        ),  # fmt: skip
        make_rule(
            "within",
            r"(?:inden\s+for|indenfor|inden|within)\s+(?:de\s+næste\s+)?(?P<n>\d{1,3}|"
            + alternation(NUMBER_WORDS)
            + r")\s+(?P<u>"
            + alternation(UNITS)
            + r")",
            within,
        ),  # fmt: skip
        make_rule(
            "after",
            r"(?:efter|after)\s+(?:(?P<half>et\s+halvt\s+år|half\s+a\s+year)|(?P<n>\d{1,3}|"
            + alternation(NUMBER_WORDS)
            + r")\s+(?P<u>"
            + alternation(UNITS)
            + r"))",
            after,
        ),  # fmt: skip
        make_rule(
            "half_year",
            r"(?:om|in)\s+(?P<half>et\s+halvt\s+år|half\s+a\s+year)",
            lambda m, ref, find: Hit(add_months(ref, 6), add_months(ref, 6), "day"),
        ),  # fmt: skip
        make_rule(
            "christmas",
            _FEAST_WHEN + r"\s+(?:jul(?:en)?|christmas)",
            christmas,
        ),  # fmt: skip
        make_rule(
            "easter",
            _FEAST_WHEN + r"\s+"
            r"(?P<feast>påske(?:n)?|easter|pinse(?:n)?|whitsun)",
            feast_hit,
        ),  # fmt: skip
        make_rule("position_year", r"(?P<pos>primo|medio|ultimo)\s+(?P<y>\d{4})", position_year),
        *meetings.rules(make_rule, Hit),
        make_rule("vague", r"(?:" + alternation(VAGUE) + r")", vague),
    )


# Every rule needs a digit or one of these words: text with neither holds no deadline, and
# most sentences of a referat are such text (the search of every rule is the cost).
MAY_HOLD = re.compile(
    r"\d|(?<![\w])(?:"
    + alternation(
        [*FULL_MONTHS, *ABBREVIATED_MONTHS, *SEASON_WORDS, *UNITS, *POSITION_WORDS]
        + [*WEEKDAYS, *VAGUE, *QUARTER_WORDS]
        + list(TRIGGERS)
    )
    + r")(?![\w])",
    re.IGNORECASE,
)
