"""The grammar of deadlines in Danish (and English) minutes: "primo marts", "uge 12", "2025".

Pure: stdlib only. See ``parse_deadline``, ``find_deadline`` and ``find_all_deadlines``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from . import everyday, spoken
from . import formatting as fmt
from . import readings as r
from .formatting import format_date, format_range
from .readings import Hit
from .weekdays import WEEKDAY_BEFORE_DATE, check_weekday
from .words import (
    NUMBER_WORDS,
    POSITION_WORDS,
    QUARTER_WORDS,
    SCHOOL_HOLIDAYS,
    SEASON_WORDS,
    UNITS,
    Invalid,
    alternation,
    month_pattern,
    squash,
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
# A deadline lies at most this many years before or after the reference date: "uge 52 9999"
# or "31. december 9999" is a typing error, and the calendar cannot go a day past year 9999.
HORIZON_YEARS = 50


@dataclass(frozen=True)
class Deadline:
    text: str
    start: date | None
    end: date | None
    precision: str
    # What the words were read as ("after:vinterferie"), when they were read here: with the
    # caller's school holidays, which reading the words again would not know.
    kind: str | None = field(default=None, compare=False, repr=False)

    def is_overdue(self, today: date) -> bool:
        return self.end is not None and today > self.end

    def label(self, locale: str = "da") -> str:
        kind = kind_of(self)
        words = fmt.words_for(kind, self.start, self.end, locale)
        if fmt.needs_dates(kind) and self.start is not None and self.end is not None:
            return f"{words} ({fmt.format_range(self.start, self.end, locale)})"
        return words


class DeadlineError(ValueError):
    """A deadline that is not understood; str(err) is a Danish message with examples."""

    def __init__(
        self,
        text: str,
        reason_da: str | None = None,
        reason_en: str | None = None,
        reference: date | None = None,
    ):
        self.text = text
        self.reason_da = reason_da
        self.reason_en = reason_en
        # The examples of the message are a little after the day the words were read on.
        self.reference = spoken.plain(reference) or date.today()
        super().__init__(fmt.error_message(text, reason_da, "da", self.reference))

    def message(self, locale: str = "da") -> str:
        """The message in Danish or English ("da", "en_GB", ...)."""
        reason = self.reason_da if fmt.lang(locale) == "da" else self.reason_en
        return fmt.error_message(self.text, reason, fmt.lang(locale), self.reference)


# ---------------------------------------------------------------------------- patterns

_B = r"(?<![\w/:.\-–])"  # not inside a word, number, code or time
_E = r"(?![\w/:]|[.,\-–]\d)"
_PRE = r"(?:(?P<pre>i\s+løbet\s+af|i|til|hen\s+over|in|during)\s+)?"
_DEN = r"(?:(?P<den>den\s+|d\.\s*))?"
_YOPT = r"(?:,?\s+(?P<y>\d{4}))?"
_ORD = r"(?:\.|st|nd|rd|th)?"
_HOLIDAYS = r"(?:the\s+)?(?:sommerferien|sommerferie|summer\s+(?:holidays?|vacation|break))"


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    handler: Callable
    # In running text the rule is searched only in a sentence with one of these words (None:
    # always; "": never, the words are a deadline only when they are all the words).
    needs: re.Pattern | str | None = None


def _rule(name: str, regex: str, handler: Callable, needs: str | None = None) -> _Rule:
    if needs:
        needs = re.compile(needs, re.IGNORECASE)
    return _Rule(name, re.compile(_B + regex + _E, re.IGNORECASE), handler, needs)


# fmt: off
_RULES = (
    _rule("iso", _DEN + r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})", r.on_iso),
    _rule(
        "numeric",
        _DEN + r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<mo>\d{1,2})"
        r"(?:(?P<sep2>[/.\-])(?P<y>\d{4}|\d{2})|\s+(?P<y4>\d{4}))?",
        r.on_numeric,
    ),
    _rule("range", _PRE + r"(?:(?:fra|from)\s+)?" + _DEN + r"(?P<d1>\d{1,2})" + _ORD + r"\s*(?:"
          + month_pattern("m1") + r"(?:\s+(?P<y1>\d{4}))?\s*)?(?:[-–—]|\s(?:til|to|until)\s)\s*"
          r"(?:den\s+)?(?P<d2>\d{1,2})" + _ORD + r"\s*" + month_pattern("m2") + _YOPT, r.on_range),
    _rule("text_date", _DEN + r"(?P<d>\d{1,2})" + _ORD + r"\s*(?:of\s+)?" + month_pattern("m")
          + _YOPT, r.on_text_date),
    _rule("month_day", _DEN + month_pattern("m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
          + _YOPT, r.on_month_day),
    _rule("position", _PRE + r"(?P<pos>" + alternation(POSITION_WORDS) + r")\s*"
          + month_pattern("m") + _YOPT, r.on_position),
    _rule("month_range", _PRE + r"(?:(?:fra|from)\s+)?" + month_pattern("m1")
          + r"(?:\s+(?P<y1>\d{4}))?\s*(?P<sep>/|-|–|—|\s(?:og|til|and|to|until|eller|or)\s)\s*"
          + month_pattern("m2") + _YOPT, r.on_month_range),
    _rule("month", _PRE + month_pattern("m") + _YOPT, r.on_month),
    _rule("week", _PRE + r"(?:(?P<wpos>primo|medio|ultimo|early|mid|late)\s+)?(?:uge|week|wk\.?)"
          r"\s*(?P<w>\d{1,2})(?!\d)(?:\s*[,/\-]?\s*(?P<y>\d{4}))?", r.on_week),
    _rule("quarter", _PRE + r"(?:(?P<qn>\d{1,2})\.?\s*(?:kvartal|kvt\.?|quarter)|(?P<qw>"
          + alternation(QUARTER_WORDS) + r")\s+(?:kvartal|quarter)|q\s?(?P<qq>\d{1,2})"
          r"|(?:kvartal|quarter)\s+(?P<qk>\d{1,2}))(?:\s*[,/\-]?\s*(?P<y>\d{4}))?", r.on_quarter),
    _rule("season", _PRE + r"(?:the\s+)?(?P<s>" + alternation(SEASON_WORDS)
          + r")(?:\s+(?P<y>\d{4})(?:\s*/\s*(?P<y2>\d{4}|\d{2}))?)?", r.on_season),
    _rule("before_summer", r"(?:inden|før|forud\s+for|op\s+til|frem\s+til|senest\s+til|til|before"
          r"|by)\s+" + _HOLIDAYS + _YOPT,
          r.on_before_summer),
    _rule("after_summer", r"(?:efter|after)\s+" + _HOLIDAYS + _YOPT, r.on_after_summer),
    _rule("relative", r"(?:om|in)\s+(?P<n>\d{1,3}|" + alternation(NUMBER_WORDS) + r")\s+(?P<u>"
          + alternation(UNITS) + r")", r.on_relative),
    _rule("year", r"(?:(?P<pre>i\s+løbet\s+af|i|in|during|inden\s+udgangen\s+af|(?:by|before)"
          r"\s+the\s+end\s+of)\s+)?(?P<y>\d{4})", r.on_year),
    _rule("ongoing", r"(?:løbende|fortløbende|ongoing|continuously|continuous)"
          r"(?:\s+(?:i\s+|in\s+)?(?P<y>\d{4}))?", r.on_ongoing),
)
# fmt: on
# Speech and meetings ("i morgen", "inden jul", "på næste møde") come first: "inden jul" is
# Christmas, not July; then the everyday words ("slut januar", "efter vinterferien").
_RULES = spoken.rules(_rule, Hit) + everyday.rules(_rule, Hit) + _RULES
_BY_KEYWORDS = re.compile(
    _B + r"(?P<kw>senest|til\s+og\s+med|no\s+later\s+than|not\s+later\s+than|inden\s+udgangen\s+af"
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
    if kw in ("senest", "til og med", "no later than", "not later than"):
        return "latest"
    return "end_of" if "end" in kw or "udgangen" in kw else "before"


def _by_hit(inner: Hit, ref: date) -> Hit:
    if inner.end is None:
        raise Invalid("en løbende opgave har ingen frist", "an ongoing task has no deadline")
    # "senest inden jul", "senest til påske": the inner words are already a "by", once is enough
    kind = inner.kind if inner.kind.startswith("by:") else "by:" + inner.kind
    return Hit(min(ref, inner.end), inner.end, kind, relative=True)


# ---------------------------------------------------------------------------- parsing


def _read(rule: _Rule, m: re.Match, ref: date, find: bool) -> Hit | None:
    """What ``rule``'s handler reads ``m`` as, refused (Invalid) beyond the horizon."""
    too_far = Invalid(
        f"datoen ligger mere end {HORIZON_YEARS} år fra i dag",
        f"the date is more than {HORIZON_YEARS} years from today",
    )
    try:
        hit = rule.handler(m, ref, find)
    except OverflowError:  # a day past year 9999
        raise too_far from None
    if hit is not None and any(
        day is not None and abs(day.year - ref.year) > HORIZON_YEARS for day in (hit.start, hit.end)
    ):
        raise too_far
    return hit


_TIL = re.compile(r"(?:til|frem\s+til)\s+", re.IGNORECASE)


def _parse_core(text: str, ref: date) -> Hit | None:
    for rule in _RULES:
        m = rule.pattern.fullmatch(text)
        if m and (hit := _read(rule, m, ref, False)) is not None:
            return hit
    kw = _BY_KEYWORDS.match(text)
    if kw:
        for rule in _BY_INNER[_by_group(kw["kw"])]:
            m = rule.pattern.fullmatch(text, kw.end())
            if m and (hit := _read(rule, m, ref, False)) is not None:
                return _by_hit(hit, ref)
    if til := _TIL.match(text):  # "til den 15. marts", "frem til uge 12": the words after it
        return _parse_core(text[til.end() :], ref)
    return None


def _parse_named_day(text: str, ref: date) -> Hit | None:
    """Read the words with a weekday before a date left out ("torsdag den 4. december"), and
    refuse them if the date is another weekday."""
    named = WEEKDAY_BEFORE_DATE.search(text)
    if named is None:
        return _parse_core(text, ref)
    hit = _parse_core(text[: named.start()] + text[named.end() :], ref)
    if hit is not None and hit.kind in ("day", "by:day"):
        check_weekday(hit.end, named["wd"])
    return hit


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".").strip()


def _parse_hit(text: str, reference: date) -> Hit:
    original = text.strip() if isinstance(text, str) else ""
    try:
        main, paren = _clean(original), None
        if (found := _PAREN.match(main)) and found["main"]:
            main, paren = _clean(found["main"]), _clean(found["paren"])
        hit = _parse_named_day(main, reference) if main else None
        if hit is None and paren is not None:  # "inden generalforsamlingen (27. marts 2014)"
            dates = _parse_core(paren, reference)
            hit = spoken.meetings.event_from_paren(main, dates, reference, Hit)
            paren = None
        if hit is None:
            raise DeadlineError(original, reference=reference)
        if paren is not None:
            hit = _check_paren(hit, paren, reference)
        return hit
    except Invalid as bad:
        raise DeadlineError(original, bad.da, bad.en, reference) from None


def _check_paren(hit: Hit, paren: str, reference: date) -> Hit:
    dates = _parse_core(paren, reference)
    if dates is None or dates.kind not in ("day", "range"):
        raise Invalid(
            "datoerne i parentesen kan ikke læses", "the dates in parentheses are unclear"
        )
    if dates.end == hit.end and dates.start == hit.start:
        return hit
    if hit.relative and dates.end == hit.end and dates.start <= dates.end:
        return Hit(dates.start, hit.end, hit.kind, relative=True)
    raise Invalid("datoerne i parentesen passer ikke til ordene", "the dates in parentheses differ")


def _reference(reference: date, meetings, holidays) -> date:
    return everyday.with_holidays(spoken.with_meetings(reference, meetings), holidays)


def parse_deadline(text: str, reference: date, meetings=(), holidays=SCHOOL_HOLIDAYS) -> Deadline:
    """Read a deadline phrase; raises DeadlineError for anything not understood.

    ``meetings`` are the forum's planned meeting dates, for "på næste møde"; ``holidays`` the
    school holidays' ISO weeks, for "efter vinterferien" (``words.SCHOOL_HOLIDAYS``).
    """
    hit = _parse_hit(text, _reference(reference, meetings, holidays))
    start, end = spoken.plain(hit.start), spoken.plain(hit.end)
    return Deadline(text.strip(), start, end, hit.precision, hit.kind)


def _candidates(sentence: str, reference: date):
    for index, rule in enumerate(_RULES):
        if rule.needs is not None and not (rule.needs and rule.needs.search(sentence)):
            continue
        pos = 0
        while m := rule.pattern.search(sentence, pos):
            pos = m.start() + 1
            try:
                hit = _read(rule, m, reference, True)
            except Invalid:
                continue
            if hit is not None:
                yield m.start(), m.end(), index, hit
    for kw in _BY_KEYWORDS.finditer(sentence):
        for rule in _BY_INNER[_by_group(kw["kw"])]:
            m = rule.pattern.match(sentence, kw.end())
            try:
                hit = m and _read(rule, m, reference, False)
                if hit:
                    # after every rule of the same span: "inden jul" is Christmas, not July
                    yield kw.start(), m.end(), len(_RULES), _by_hit(hit, reference)
                    break
            except Invalid:
                continue


def find_all_deadlines(
    sentence: str, reference: date, meetings=(), holidays=SCHOOL_HOLIDAYS
) -> list[tuple[str, Deadline]]:
    """All non-overlapping deadline phrases in running text, in order (longest first)."""
    if not (
        spoken.MAY_HOLD.search(sentence)
        or everyday.MAY_HOLD.search(sentence)
        or spoken.meetings.names_event(sentence, meetings)
    ):
        return []
    ref = _reference(reference, meetings, holidays)
    found = sorted(_candidates(sentence, ref), key=lambda c: (c[0], -c[1], c[2]))
    result, taken_until = [], 0
    for start, end, _, hit in found:
        if start >= taken_until:
            words = sentence[start:end]
            first, last = spoken.plain(hit.start), spoken.plain(hit.end)
            deadline = Deadline(words, first, last, hit.precision, hit.kind)
            result.append((words, deadline))
            taken_until = end
    return result


def find_deadline(sentence: str, reference: date) -> tuple[str, Deadline] | None:
    """The first deadline phrase in running text as (the words, the Deadline), or None."""
    found = find_all_deadlines(sentence, reference)
    return found[0] if found else None


# ---------------------------------------------------------------------------- words back


def kind_of(d: Deadline) -> str:
    """The kind of a deadline: as it was read, or from re-reading its text if that gives its
    dates (a deadline made from stored words and dates), else from its dates."""
    if d.kind is not None:
        return d.kind
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
    return fmt.words_for(kind_of(deadline), deadline.start, deadline.end, locale)
