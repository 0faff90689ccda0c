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
from datetime import date

from .words import last_day, make_date, month_number, month_pattern, resolve

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

    return tuple(make_rule(name, regex, meeting) for name, regex in _PATTERNS)


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
