"""The grammar of deadlines in Danish (and English) minutes: "primo marts", "uge 12", "2025".

Pure: stdlib only. See ``parse_deadline``, ``find_deadline`` and ``find_all_deadlines``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from . import formatting as fmt
from . import spoken
from .formatting import format_date, format_range
from .words import (
    NUMBER_WORDS,
    POSITION_WORDS,
    QUARTER_WORDS,
    SEASON_WORDS,
    UNITS,
    Invalid,
    add_months,
    alternation,
    check_day,
    check_february,
    check_month,
    is_abbreviation,
    last_day,
    make_date,
    month_number,
    month_pattern,
    resolve,
    squash,
    year_of,
)

__all__ = [
    "PRECISIONS",
    "Deadline",
    "DeadlineError",
    "canonical_text",
    "find_all_deadlines",
    "find_deadline",
    "format_date",
    "format_range",
    "parse_deadline",
]

PRECISIONS = ("day", "week", "month", "period", "quarter", "season", "year", "ongoing", "none")


@dataclass(frozen=True)
class Deadline:
    text: str
    start: date | None
    end: date | None
    precision: str

    def is_overdue(self, today: date) -> bool:
        return self.end is not None and today > self.end

    def label(self, locale: str = "da") -> str:
        kind = _kind_of(self)
        words = fmt.words_for(kind, self.start, self.end, locale)
        if fmt.needs_dates(kind) and self.start is not None and self.end is not None:
            return f"{words} ({fmt.format_range(self.start, self.end, locale)})"
        return words


class DeadlineError(ValueError):
    """A deadline that is not understood; str(err) is a Danish message with examples."""

    def __init__(self, text: str, reason_da: str | None = None, reason_en: str | None = None):
        self.text = text
        self.reason_da = reason_da
        self.reason_en = reason_en
        super().__init__(fmt.error_message(text, reason_da, "da"))

    def message(self, locale: str = "da") -> str:
        if fmt.lang(locale) == "da":
            return fmt.error_message(self.text, self.reason_da, "da")
        return fmt.error_message(self.text, self.reason_en, "en")


@dataclass(frozen=True)
class _Hit:
    start: date | None
    end: date | None
    kind: str
    relative: bool = False  # start is the reference date ("senest ...", "inden sommerferien")

    @property
    def precision(self) -> str:
        if self.kind.startswith("by:") or self.kind == "day":
            return "day"
        return _PRECISION.get(self.kind, "period")


_PRECISION = {"week": "week", "month": "month", "quarter": "quarter", "season": "season"}
_PRECISION.update({"year": "year", "ongoing": "ongoing", "none": "none"})

# ---------------------------------------------------------------------------- handlers
# A handler gets (match, reference, find) and returns a _Hit, or None when the words are
# not a deadline in this context (only in find mode), or raises Invalid when they are wrong.

_FRACTION_UNITS = re.compile(r"\s+(?:time|timer|dag|dage|del|dele|hour|hours|day|days)\b", re.I)


def _on_iso(m, ref, find):
    month, day = int(m["mo"]), int(m["d"])
    check_month(month)
    check_day(day, month)
    d = make_date(int(m["y"]), month, day)
    return _Hit(d, d, "day")


def _on_numeric(m, ref, find):
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


def _day_hit(day: int, month: int, year: int | None, ref: date) -> _Hit:
    start, _ = resolve(lambda y: (make_date(y, month, day),) * 2, year, ref)
    return _Hit(start, start, "day")


def _on_text_date(m, ref, find):
    month, day = month_number(m["m"]), int(m["d"])
    check_february(day, month, year_of(m["y"]), ref)
    check_day(day, month)
    return _day_hit(day, month, year_of(m["y"]), ref)


def _on_month_day(m, ref, find):
    if find and m["y"] is None:
        return None  # "March 27" needs a year in running text ("maj 12 medarbejdere")
    return _on_text_date(m, ref, find)


def _on_position(m, ref, find):
    month = month_number(m["m"])
    which = POSITION_WORDS[squash(m["pos"])]
    first, last = {"primo": (1, 10), "medio": (11, 20), "ultimo": (21, 31)}[which]

    def period(y):
        return make_date(y, month, first), min(
            make_date(y, month, 1) + timedelta(last - 1), last_day(y, month)
        )

    return _Hit(*resolve(period, year_of(m["y"]), ref), which)


def _on_month(m, ref, find):
    month = month_number(m["m"])
    if find and m["y"] is None and (not m["pre"] or is_abbreviation(m["m"])):
        return None
    return _Hit(
        *resolve(lambda y: (make_date(y, month, 1), last_day(y, month)), year_of(m["y"]), ref),
        "month",
    )


def _on_month_range(m, ref, find):
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
        return _Hit(start, end, "monthrange")
    if y1 is None and y2 is not None:
        y1 = y2 - cross
    period = lambda y: (make_date(y, first, 1), last_day(y + cross, last))  # noqa: E731
    return _Hit(*resolve(period, y1, ref), "monthrange")


def _on_week(m, ref, find):
    week = int(m["w"])
    if not 1 <= week <= 53:
        raise Invalid(f"uge {week} findes ikke (uger går fra 1 til 53)", f"there is no week {week}")

    def period(y):
        try:
            monday = date.fromisocalendar(y, week, 1)
        except ValueError:
            raise Invalid(f"{y} har ikke uge {week}", f"{y} has no week {week}") from None
        return monday, monday + timedelta(days=6)

    return _Hit(*resolve(period, year_of(m["y"]), ref), "week")


def _on_quarter(m, ref, find):
    q = QUARTER_WORDS[m["qw"].lower()] if m["qw"] else int(m["qn"] or m["qq"] or m["qk"])
    if not 1 <= q <= 4:
        raise Invalid(f"der er kun 4 kvartaler, ikke {q}", f"there are only 4 quarters, not {q}")
    period = lambda y: (make_date(y, 3 * q - 2, 1), last_day(y, 3 * q))  # noqa: E731
    return _Hit(*resolve(period, year_of(m["y"]), ref), "quarter")


def _on_season(m, ref, find):
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
    return _Hit(*resolve(period, year, ref), "season")


def _on_before_summer(m, ref, find):
    year = year_of(m["y"])
    if year is None:
        year = ref.year if ref <= date(ref.year, 6, 30) else ref.year + 1
    end = make_date(year, 6, 30)
    return _Hit(min(ref, end), end, "before_summer", relative=True)


def _on_after_summer(m, ref, find):
    return _Hit(
        *resolve(lambda y: (make_date(y, 8, 1), last_day(y, 8)), year_of(m["y"]), ref),
        "after_summer",
    )


def _on_relative(m, ref, find):
    word = m["n"].lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS[word]
    if n < 1:
        raise Invalid("antallet skal være mindst 1", "the number must be at least 1")
    unit, factor = UNITS[m["u"].lower()]
    try:
        d = ref + timedelta(days=n * factor) if unit == "days" else add_months(ref, n * factor)
    except (OverflowError, ValueError):
        raise Invalid("datoen ligger for langt ude", "the date is too far away") from None
    return _Hit(d, d, "day")


def _on_year(m, ref, find):
    if find and not m["pre"]:
        return None  # "2025 og frem", "S2024-702"
    year = int(m["y"])
    return _Hit(make_date(year, 1, 1), last_day(year, 12), "year")


def _on_ongoing(m, ref, find):
    return _Hit(make_date(int(m["y"]), 1, 1) if m["y"] else None, None, "ongoing")


def _on_range(m, ref, find):
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
        return _Hit(start, end, "day" if start == end else "range")
    if y1 is None and y2 is not None:
        y1 = y2 - cross
    period = lambda y: (make_date(y, m1, d1), make_date(y + cross, m2, d2))  # noqa: E731
    start, end = resolve(period, y1, ref)
    return _Hit(start, end, "day" if start == end else "range")


# ---------------------------------------------------------------------------- patterns

_B = r"(?<![\w/:.\-–])"  # not inside a word, number, code or time
_E = r"(?![\w/:]|[.,\-–]\d)"
_PRE = r"(?:(?P<pre>i\s+løbet\s+af|i|in|during)\s+)?"
_DEN = r"(?:(?P<den>den\s+|d\.\s*))?"
_YOPT = r"(?:,?\s+(?P<y>\d{4}))?"
_ORD = r"(?:\.|st|nd|rd|th)?"
_HOLIDAYS = r"(?:the\s+)?(?:sommerferien|sommerferie|summer\s+(?:holidays?|vacation|break))"


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    handler: Callable


def _rule(name: str, regex: str, handler: Callable) -> _Rule:
    return _Rule(name, re.compile(_B + regex + _E, re.IGNORECASE), handler)


# fmt: off
_RULES = (
    _rule("iso", _DEN + r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})", _on_iso),
    _rule(
        "numeric",
        _DEN + r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<mo>\d{1,2})"
        r"(?:(?P<sep2>[/.\-])(?P<y>\d{4}|\d{2})|\s+(?P<y4>\d{4}))?",
        _on_numeric,
    ),
    _rule("range", _PRE + r"(?:(?:fra|from)\s+)?" + _DEN + r"(?P<d1>\d{1,2})" + _ORD + r"\s*(?:"
          + month_pattern("m1") + r"(?:\s+(?P<y1>\d{4}))?\s*)?(?:[-–—]|\s(?:til|to|until)\s)\s*"
          r"(?:den\s+)?(?P<d2>\d{1,2})" + _ORD + r"\s*" + month_pattern("m2") + _YOPT, _on_range),
    _rule("text_date", _DEN + r"(?P<d>\d{1,2})" + _ORD + r"\s*(?:of\s+)?" + month_pattern("m")
          + _YOPT, _on_text_date),
    _rule("month_day", _DEN + month_pattern("m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
          + _YOPT, _on_month_day),
    _rule("position", _PRE + r"(?P<pos>" + alternation(POSITION_WORDS) + r")\s*"
          + month_pattern("m") + _YOPT, _on_position),
    _rule("month_range", _PRE + r"(?:(?:fra|from)\s+)?" + month_pattern("m1")
          + r"(?:\s+(?P<y1>\d{4}))?\s*(?P<sep>/|-|–|—|\s(?:og|til|and|to|until|eller|or)\s)\s*"
          + month_pattern("m2") + _YOPT, _on_month_range),
    _rule("month", _PRE + month_pattern("m") + _YOPT, _on_month),
    _rule("week", _PRE + r"(?:uge|week|wk\.?)\s*(?P<w>\d{1,2})(?!\d)(?:\s*[,/\-]?\s*(?P<y>\d{4}))?",
          _on_week),
    _rule("quarter", _PRE + r"(?:(?P<qn>\d{1,2})\.?\s*(?:kvartal|kvt\.?|quarter)|(?P<qw>"
          + alternation(QUARTER_WORDS) + r")\s+(?:kvartal|quarter)|q\s?(?P<qq>\d{1,2})"
          r"|(?:kvartal|quarter)\s+(?P<qk>\d{1,2}))(?:\s*[,/\-]?\s*(?P<y>\d{4}))?", _on_quarter),
    _rule("season", _PRE + r"(?:the\s+)?(?P<s>" + alternation(SEASON_WORDS)
          + r")(?:\s+(?P<y>\d{4})(?:\s*/\s*(?P<y2>\d{4}|\d{2}))?)?", _on_season),
    _rule("before_summer", r"(?:inden|før|forud\s+for|op\s+til|before|by)\s+" + _HOLIDAYS + _YOPT,
          _on_before_summer),
    _rule("after_summer", r"(?:efter|after)\s+" + _HOLIDAYS + _YOPT, _on_after_summer),
    _rule("relative", r"(?:om|in)\s+(?P<n>\d{1,3}|" + alternation(NUMBER_WORDS) + r")\s+(?P<u>"
          + alternation(UNITS) + r")", _on_relative),
    _rule("year", r"(?:(?P<pre>i\s+løbet\s+af|i|in|during|inden\s+udgangen\s+af|(?:by|before)"
          r"\s+the\s+end\s+of)\s+)?(?P<y>\d{4})", _on_year),
    _rule("ongoing", r"(?:løbende|fortløbende|ongoing|continuously|continuous)"
          r"(?:\s+(?:i\s+|in\s+)?(?P<y>\d{4}))?", _on_ongoing),
)
# fmt: on
# Speech and meetings ("i morgen", "inden jul", "på næste møde") come first: "inden jul" is
# Christmas, not July.
_RULES = spoken.rules(_rule, _Hit) + _RULES
_BY_KEYWORDS = re.compile(
    _B + r"(?P<kw>senest|no\s+later\s+than|not\s+later\s+than|inden\s+udgangen\s+af"
    r"|(?:by|before)\s+the\s+end\s+of|inden|før|by|before)\s+",
    re.IGNORECASE,
)
_DATE_RULES = ("iso", "numeric", "text_date", "month_day", "range")
_BY_INNER = {
    "latest": tuple(r for r in _RULES if r.name not in ("before_summer", "ongoing", "year")),
    "end_of": tuple(r for r in _RULES if r.name in ("month", "month_range", "quarter", "week")),
    "before": tuple(r for r in _RULES if r.name in _DATE_RULES),
}
_PAREN = re.compile(r"^(?P<main>.*?)\s*\((?P<paren>[^()]*)\)$", re.DOTALL)


def _by_group(keyword: str) -> str:
    kw = squash(keyword)
    if kw in ("senest", "no later than", "not later than"):
        return "latest"
    return "end_of" if "end" in kw or "udgangen" in kw else "before"


def _by_hit(inner: _Hit, ref: date) -> _Hit:
    if inner.end is None:
        raise Invalid("en løbende opgave har ingen frist", "an ongoing task has no deadline")
    return _Hit(min(ref, inner.end), inner.end, "by:" + inner.kind, relative=True)


# ---------------------------------------------------------------------------- parsing


def _parse_core(text: str, ref: date) -> _Hit | None:
    for rule in _RULES:
        m = rule.pattern.fullmatch(text)
        if m and (hit := rule.handler(m, ref, False)) is not None:
            return hit
    kw = _BY_KEYWORDS.match(text)
    if kw:
        for rule in _BY_INNER[_by_group(kw["kw"])]:
            m = rule.pattern.fullmatch(text, kw.end())
            if m and (hit := rule.handler(m, ref, False)) is not None:
                return _by_hit(hit, ref)
    return None


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".").strip()


def _parse_hit(text: str, reference: date) -> _Hit:
    original = text.strip() if isinstance(text, str) else ""
    try:
        main, paren = _clean(original), None
        if (found := _PAREN.match(main)) and found["main"]:
            main, paren = _clean(found["main"]), _clean(found["paren"])
        hit = _parse_core(main, reference) if main else None
        if hit is None:
            raise DeadlineError(original)
        if paren is not None:
            hit = _check_paren(hit, paren, reference)
        return hit
    except Invalid as bad:
        raise DeadlineError(original, bad.da, bad.en) from None


def _check_paren(hit: _Hit, paren: str, reference: date) -> _Hit:
    dates = _parse_core(paren, reference)
    if dates is None or dates.kind not in ("day", "range"):
        raise Invalid(
            "datoerne i parentesen kan ikke læses", "the dates in parentheses are unclear"
        )
    if dates.end == hit.end and dates.start == hit.start:
        return hit
    if hit.relative and dates.end == hit.end and dates.start <= dates.end:
        return _Hit(dates.start, hit.end, hit.kind, relative=True)
    raise Invalid("datoerne i parentesen passer ikke til ordene", "the dates in parentheses differ")


def parse_deadline(text: str, reference: date, meetings=()) -> Deadline:
    """Read a deadline phrase; raises DeadlineError for anything not understood.

    ``meetings`` are the forum's planned meeting dates, for "på næste møde".
    """
    hit = _parse_hit(text, spoken.with_meetings(reference, meetings))
    return Deadline(text.strip(), spoken.plain(hit.start), spoken.plain(hit.end), hit.precision)


def _candidates(sentence: str, reference: date):
    for index, rule in enumerate(_RULES):
        pos = 0
        while m := rule.pattern.search(sentence, pos):
            pos = m.start() + 1
            try:
                hit = rule.handler(m, reference, True)
            except Invalid:
                continue
            if hit is not None:
                yield m.start(), m.end(), index, hit
    for kw in _BY_KEYWORDS.finditer(sentence):
        for rule in _BY_INNER[_by_group(kw["kw"])]:
            m = rule.pattern.match(sentence, kw.end())
            try:
                hit = m and rule.handler(m, reference, False)
                if hit:
                    # after every rule of the same span: "inden jul" is Christmas, not July
                    yield kw.start(), m.end(), len(_RULES), _by_hit(hit, reference)
                    break
            except Invalid:
                continue


def find_all_deadlines(sentence: str, reference: date, meetings=()) -> list[tuple[str, Deadline]]:
    """All non-overlapping deadline phrases in running text, in order (longest first)."""
    if not spoken.MAY_HOLD.search(sentence):
        return []
    ref = spoken.with_meetings(reference, meetings)
    found = sorted(_candidates(sentence, ref), key=lambda c: (c[0], -c[1], c[2]))
    result, taken_until = [], 0
    for start, end, _, hit in found:
        if start >= taken_until:
            words = sentence[start:end]
            deadline = Deadline(
                words, spoken.plain(hit.start), spoken.plain(hit.end), hit.precision
            )
            result.append((words, deadline))
            taken_until = end
    return result


def find_deadline(sentence: str, reference: date) -> tuple[str, Deadline] | None:
    """The first deadline phrase in running text as (the words, the Deadline), or None."""
    found = find_all_deadlines(sentence, reference)
    return found[0] if found else None


# ---------------------------------------------------------------------------- words back


def _kind_of(d: Deadline) -> str:
    """The kind of a deadline: from re-reading its text if that gives its dates, else dates."""
    reference = d.start or d.end or date(2000, 1, 1)
    try:
        hit = _parse_hit(d.text, reference)
        if (hit.start, hit.end, hit.precision) == (d.start, d.end, d.precision):
            return hit.kind
    except DeadlineError:
        pass
    return fmt.kind_from_dates(d.start, d.end, d.precision)


def canonical_text(deadline: Deadline, locale: str = "da") -> str:
    """The words of the deadline with the year made explicit, e.g. "primo marts 2025"."""
    return fmt.words_for(_kind_of(deadline), deadline.start, deadline.end, locale)
