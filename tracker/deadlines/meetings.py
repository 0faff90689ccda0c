"""Meeting words: "til næste møde", "inden næste møde", "til mødet i december", and the forum
named ("til næste Lederforum", "inden næste møde i Direktionen", "til Strategisk Chefforums møde
i marts"), read against the planned meetings the caller passes (:class:`Planned`).

The next meeting is the first planned meeting after the day the words are written (at a
meeting "til næste møde" is the one after it). With none planned "til næste møde" has no date
("uden frist"), and "til mødet i december" is December. A forum is named case-insensitively,
also in the genitive ("Lederforums møde") and in one word with "møde" ("Lederforummødet").
:func:`meeting_meant` says which meeting the words found, for the forms' "til næste møde =
Lederforum 16. december 2026".

Pure: stdlib only. The rules join the grammar's through :func:`rules` (see ``spoken``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .formatting import format_date, format_range
from .words import (
    NUMBER_WORDS,
    alternation,
    last_day,
    make_date,
    month_number,
    month_pattern,
    resolve,
)

NAME_WORDS = 5  # a forum's name has at most this many words ("Strategisk Chefforum": 2)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _forms(forum: str) -> set[str]:
    """A forum's name as words may say it: "økonomiudvalget", and without its article,
    "økonomiudvalg" ("chefgruppen": "chefgruppe")."""
    key = _key(forum)
    return {key, key[:-1], key[:-2]} if re.search(r"\w\w\w(?:et|en)$", key) else {key}


@dataclass(frozen=True)
class Planned:
    """The planned meetings meeting words are read against.

    ``forum``: the name of the action's own forum ("til næste møde"); ``forums``: every
    forum's name ("til næste Lederforum", also one with nothing planned); ``meetings``: every
    forum's planned meetings as (forum name, date)."""

    forum: str = ""
    forums: tuple[str, ...] = ()
    meetings: tuple[tuple[str, date], ...] = ()
    # The events the caller found dated (a referat's "Generalforsamling torsdag d. 27/3-2014")
    # as (name, first day, last day), for "inden generalforsamlingen"; ``event``: the one the
    # words are about when they name none ("annonce 14 dage før" under that item).
    events: tuple[tuple[str, date, date], ...] = ()
    event: str = ""

    def dates_of(self, forum: str) -> list[date]:
        """The planned meeting dates of the forum called ``forum``, soonest first."""
        key = _key(forum)
        return sorted(d for name, d in self.meetings if _key(name) == key)

    def named(self, words: str) -> str | None:
        """The forum ``words`` name: its name, in the genitive ("Lederforums", "Direktionens"),
        with "møde" in one word ("Lederforummødet") or without its article ("næste
        Økonomiudvalg"); None when no forum is called so."""
        said = _key(words).rstrip("'’")
        tries = {said, re.sub(r"-?(?:møde|mødet|meeting)$", "", said)}
        tries |= {t[:-1] for t in tries if t.endswith("s")}  # the genitive
        return next((f for f in self.forums if tries & _forms(f)), None)

    def event_days(self, words: str | None) -> tuple[date, date] | None:
        """The first and last day of the event ``words`` name ("generalforsamlingen",
        "arbejdsweekend", "årsmødets"); with no words, of the event the words are about."""
        said = _event_key(words) if words else _key(self.event)
        if not said:
            return None
        return next(((s, e) for n, s, e in self.events if said in _event_forms(n)), None)


NOTHING = Planned()


@dataclass(frozen=True)
class Meant:
    """The meeting meeting words mean: ``forum``'s on ``day`` (None: none planned); ``month``
    for "til mødet i december" (when none is planned that month, the words mean the month)."""

    forum: str
    day: date | None
    month: int | None = None


def planned(meetings) -> Planned:
    """``meetings`` as a :class:`Planned`: one as it is, or the own forum's dates (a list)."""
    if isinstance(meetings, Planned):
        return meetings
    return Planned(meetings=tuple(("", d) for d in meetings or ()))


class _Reference(date):
    """The reference date carrying the planned meetings through the grammar."""

    planned: Planned = NOTHING


def with_meetings(reference: date, meetings) -> date:
    """The reference date that carries ``meetings`` (a :class:`Planned` or the own forum's
    dates) to the meeting rules."""
    if not meetings:
        return reference
    ref = _Reference(reference.year, reference.month, reference.day)
    ref.planned = planned(meetings)
    return ref


def plain(value: date | None) -> date | None:
    """A date the grammar returns, without the meetings it carried."""
    return None if value is None else date(value.year, value.month, value.day)


# ---------------------------------------------------------------------------- the phrases

_BEFORE = r"(?:senest\s+på|senest\s+til|senest\s+inden|på|til|inden|før|at|by|before)\s+"
_NEXT = r"(?:det\s+)?næste\s+"


def _name(group: str, words: int) -> str:
    """Exactly ``words`` words in ``group``: a forum's name is looked up, not guessed, so each
    length is its own rule (in running text the longest name that is a forum wins)."""
    word = r"[^\W\d_][\w\-]*['’]?"
    return rf"(?P<{group}>{word}(?:\s+{word}){{{words - 1}}})"


# The own forum's meetings; then each length of a forum's name.
_OWN = (
    _BEFORE + "(?:" + _NEXT + r"møde(?:\s+i\s+" + month_pattern("m") + r")?"
    r"|mødet\s+i\s+" + month_pattern("m2") + r"|the\s+next\s+meeting)"
)


def _named(words: int) -> str:
    return (
        _BEFORE + "(?:" + _NEXT + r"møde\s+i\s+" + _name("f", words)
        + r"|" + _NEXT + _name("f2", words) + r"(?:\s+møde)?"
        + r"|mødet\s+i\s+" + _name("f3", words) + r"\s+i\s+" + month_pattern("m")
        + r"|" + _name("f4", words) + r"(?P<mw>\s+mødet?)?\s+i\s+" + month_pattern("m2")
        + r"|the\s+next\s+" + _name("f5", words) + r"\s+meeting"
        + r"|the\s+next\s+meeting\s+of\s+(?:the\s+)?" + _name("f6", words) + ")"
    )  # fmt: skip


_PATTERNS = (("meeting", _OWN),) + tuple(
    (f"forum_meeting_{n}", _named(n)) for n in range(1, NAME_WORDS + 1)
)


# ---------------------------------------------------------------------------- events

# "inden generalforsamlingen", "senest til årets julefrokost", "ifm. arbejdsweekend",
# "14 dage før", "en uge før sommerfesten": an event the caller dated (Planned.events).
_EVENT_WHEN = (
    r"(?P<when>senest\s+(?:til|inden|før)|inden|før|forud\s+for|op\s+til|til"
    r"|i\s+forbindelse\s+med|ifm\.?|i\s+fbm\.?|fbm\.)\s+"
)


def _event(group: str) -> str:
    return (
        r"(?:(?:den|det|næste|årets|kommende|forestående|ordinære|førstkommende|planlagte)\s+)"
        rf"{{0,3}}(?P<{group}>(?:ekstraordinære?\s+)?[^\W\d_][\w\-]*)"
    )


_EVENT = _event("ev")
_BEFORE_EVENT = (
    r"(?P<n>\d{1,3}|" + alternation(NUMBER_WORDS) + r")\s+(?P<u>dage|dag|døgn|uger|uge)\s+"
    r"(?:før|inden|forud\s+for)(?:\s+" + _event("ev2") + r"|(?=\s*(?:[.,;:!?)]|$)))"
)
_EVENT_PHRASE = re.compile(r"(?:" + _EVENT_WHEN + _EVENT + r"|" + _BEFORE_EVENT + r")", re.I)
_BY_WORDS = ("inden", "før", "senest", "forud", "op")


def _by(when: str | None) -> bool:
    """The words give a day to be done by ("inden", "senest til"), not the event's days."""
    return bool(when) and when.split()[0].lower().rstrip(".") in _BY_WORDS


def _event_key(words: str) -> str:
    key = _key(words)
    return re.sub(r"^ekstraordinære\b", "ekstraordinær", key)


def _event_forms(name: str) -> set[str]:
    """An event's name as the words may say it: "generalforsamling", "-en", "-ens",
    "årsmødet", "arbejdsdagen"."""
    key = _event_key(name)
    forms = {key, key + "en", key + "et", key + "n", key + "t"}
    return forms | {f + "s" for f in forms}


def names_event(text: str, meetings) -> bool:
    """The text names an event among the planned ``meetings``' (a :class:`Planned`) or
    speaks of the one they are about ("14 dage før")."""
    if not isinstance(meetings, Planned) or not meetings.events:
        return False
    said = {w for w in re.findall(r"[^\W\d_][\w\-]*", text.casefold())}
    return any(said & _event_forms(n) for n, _, _ in meetings.events)


def dated_words(words: str, first: date | None, last: date | None, meetings) -> str:
    """Event words found with the ``meetings``' events, their dates added in parentheses
    ("inden generalforsamlingen (27. marts 2014)") so that they read the same without them
    (the words saved from the import review); other words as they are."""
    m = _EVENT_PHRASE.fullmatch(" ".join(words.split()))
    if m is None or first is None or last is None or not isinstance(meetings, Planned):
        return words
    if meetings.event_days(m["ev"] or m["ev2"]) is None:
        return words  # "til næste møde", "til Peter": no event of the caller's
    if first == last or _by(m["when"]):
        return f"{words} ({format_date(last)})"
    return f"{words} ({format_range(first, last)})"


def _event_hit(when: str | None, first: date, last: date, ref: date, Hit):
    """What event words mean: "inden X" by X's first day, "ifm./til X" X's days."""
    if _by(when):
        return Hit(min(ref, first), first, "by:day", relative=True)
    return Hit(first, last, "day" if first == last else "range")


def event_from_paren(words: str, dates, ref: date, Hit):
    """Event words with their dates in parentheses ("inden generalforsamlingen (27. marts
    2014)"), read without the events: the dates are the event's (the words as saved)."""
    m = _EVENT_PHRASE.fullmatch(" ".join(words.split()))
    if m is None or dates is None or dates.start is None or dates.kind not in ("day", "range"):
        return None
    return (
        Hit(dates.start, dates.end, "day")
        if m["n"]
        else _event_hit(m["when"], dates.start, dates.end, ref, Hit)
    )


def _group(m: re.Match, *names: str) -> str | None:
    found = m.groupdict()
    return next((found[n] for n in names if found.get(n)), None)


def _meant(m: re.Match, ref: date) -> Meant | None:
    """Which meeting a match of a meeting phrase means; None when it names no forum."""
    known: Planned = getattr(ref, "planned", NOTHING)
    words = _group(m, "f", "f2", "f3", "f4", "f5", "f6")
    forum = known.forum if words is None else known.named(words)
    if forum is None:
        return None
    if m.groupdict().get("f4") and not m["mw"] and not re.search(r"mødet?$", words, re.I):
        return None  # "til Direktionen i marts" is a month, not a meeting
    month_word = _group(m, "m", "m2")
    month = month_number(month_word) if month_word else None
    dates = [d for d in known.dates_of(forum) if d > ref and month in (None, d.month)]
    return Meant(forum, dates[0] if dates else None, month)


def rules(make_rule, Hit) -> tuple:
    """The meeting rules, made with the grammar's ``make_rule(name, regex, handler)``."""

    def meeting(m, ref, find):
        meant = _meant(m, ref)
        if meant is None:
            return None
        if meant.day is not None:
            return Hit(meant.day, meant.day, "day")
        if meant.month is not None:
            month = meant.month
            start, end = resolve(lambda y: (make_date(y, month, 1), last_day(y, month)), None, ref)
            return Hit(start, end, "month")
        return Hit(None, None, "none")

    def event(m, ref, find):
        known: Planned = getattr(ref, "planned", NOTHING)
        days = known.event_days(m["ev"])
        return None if days is None else _event_hit(m["when"], *days, ref, Hit)

    def days_before(m, ref, find):
        known: Planned = getattr(ref, "planned", NOTHING)
        days = known.event_days(m["ev2"])
        if days is None:
            return None  # "14 dage før jul", or no dated event the words are about
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]
        day = days[0] - timedelta(days=n * (7 if m["u"].lower().startswith("uge") else 1))
        return Hit(day, day, "day")

    return tuple(make_rule(name, regex, meeting) for name, regex in _PATTERNS) + (
        make_rule("event", _EVENT_WHEN + _EVENT, event),
        make_rule("days_before_event", _BEFORE_EVENT, days_before),
    )


_WHOLE = tuple(re.compile(regex, re.IGNORECASE) for _, regex in _PATTERNS)


def meeting_meant(text: str, reference: date, meetings) -> Meant | None:
    """The meeting the deadline words ``text`` mean, read as the grammar reads them; None when
    they are no meeting words."""
    words = re.sub(r"\s*\([^()]*\)$", "", " ".join(text.split()).rstrip("."))
    ref = _Reference(reference.year, reference.month, reference.day)
    ref.planned = planned(meetings)
    for pattern in _WHOLE:
        m = pattern.fullmatch(words)
        if m and (meant := _meant(m, ref)) is not None:
            return meant
    return None
