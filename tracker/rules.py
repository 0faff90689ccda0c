"""The product's rules, each in one place: pure functions of plain values, ``today`` passed in.

No Flask, no SQLAlchemy. Where a rule must also run in the database, its SQL twin sits beside
the model's door to it (``tracker.models.Action``: ``open_clause``, ``overdue_clause``,
``involving``...) or in the area's query module (``tracker.meetings.queries``), built from the
same constants; a test holds each pair to the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from difflib import SequenceMatcher
from typing import Protocol

from tracker.deadlines.formatting import format_date

STATUSES = ("not_started", "in_progress", "done", "cancelled")
OPEN_STATUSES = ("not_started", "in_progress")
DUE_SOON_DAYS = 14  # "due soon": the deadline ends within two weeks
PASSWORD_MIN_LENGTH = 10


# Actions ------------------------------------------------------------------------------------


REPEAT_NOTE_SECONDS = 60  # the same note again this soon is the same note saved twice


def is_repeated_note(
    last_text: str | None, last_at: datetime | None, text: str, now: datetime
) -> bool:
    """The author's last note said the same (spacing aside) less than a minute ago: a second
    save of one note (Back after saving offers the typed form again), to be refused."""
    if last_text is None or last_at is None or not (text or "").strip():
        return False  # a status change without words is no note to repeat
    same = " ".join(last_text.split()) == " ".join(text.split())
    return same and timedelta(0) <= now - last_at < timedelta(seconds=REPEAT_NOTE_SECONDS)


def is_open(status: str) -> bool:
    """Not started or in progress."""
    return status in OPEN_STATUSES


def is_overdue(status: str, due_end: date | None, today: date) -> bool:
    """Open and past the deadline's end; an ongoing deadline (no end) is never overdue."""
    return is_open(status) and due_end is not None and due_end < today


def involves(person_id: int | None, owner_id: int | None, co_owner_ids: Iterable[int]) -> bool:
    """The person owns or co-owns the action (its people: the owner and the co-owners)."""
    return person_id is not None and (person_id == owner_id or person_id in set(co_owner_ids))


def deadline_key(due_end: date | None, action_id: int) -> tuple:
    """The order by deadline: the earliest end first, no deadline last, then by id (the order
    of the shared list's "Frist" and of every email that lists actions)."""
    return (due_end is None, due_end or date.min, action_id)


ONGOING_WORDS = ("løbende", "ongoing")  # words that already say the deadline has no end


def says_ongoing(text: str | None) -> bool:
    """The words already say the deadline has no end ("løbende", "ongoing")."""
    lowered = (text or "").lower()
    return any(word in lowered for word in ONGOING_WORDS)


def deadline_note(
    text: str | None, start: date | None, end: date | None, precision: str | None
) -> str:
    """What a shown deadline says after the minutes' words: "none" (no deadline at all),
    "dates" (its period), "no_period" (words naming no period: "hurtigst muligt"), "ongoing"
    (no end, where the words do not say so already) or "" (nothing: "løbende 2025")."""
    if not text:
        return "none"
    if start and end:
        return "dates"
    if precision == "none":
        return "no_period"
    if end is None and not says_ongoing(text):
        return "ongoing"
    return ""


def due_soon_limit(today: date) -> date:
    """The last day that still counts as "due soon"."""
    return today + timedelta(days=DUE_SOON_DAYS)


def is_due_soon(status: str, due_end: date | None, today: date) -> bool:
    """Open, not overdue, and the deadline ends within ``DUE_SOON_DAYS``."""
    return is_open(status) and due_end is not None and today <= due_end <= due_soon_limit(today)


def urgency(due_end: date | None, today: date) -> str:
    """An open action's "overdue", "soon" or "other": the order of Mine handlinger and the
    digest."""
    if is_overdue("not_started", due_end, today):
        return "overdue"
    if is_due_soon("not_started", due_end, today):
        return "soon"
    return "other"


def report_section(status: str, due_end: date | None, today: date, next_date: date | None) -> str:
    """The status overview's section: done, cancelled, overdue, before the next meeting, or the
    status itself."""
    if not is_open(status):
        return status
    if is_overdue(status, due_end, today):
        return "overdue"
    if next_date is not None and due_end is not None and due_end <= next_date:
        return "before_next"
    return status


# Meetings -----------------------------------------------------------------------------------


class MeetingLike(Protocol):
    date: date
    status: str
    id: int


def next_planned(meetings: Iterable[MeetingLike], today: date) -> MeetingLike | None:
    """A forum's next meeting: planned, today or later; the earliest."""
    upcoming = [m for m in meetings if m.status == "planned" and m.date >= today]
    return min(upcoming, key=lambda m: (m.date, m.id), default=None)


def previous_held(meetings: Iterable[MeetingLike], on_or_before: date) -> MeetingLike | None:
    """A forum's last meeting held on or before ``on_or_before``."""
    held = [m for m in meetings if m.status == "held" and m.date <= on_or_before]
    return max(held, key=lambda m: (m.date, m.id), default=None)


def meeting_title(forum_name: str, day: date, locale: str = "da") -> str:
    """A meeting's name, from its forum and date: "Lederforum 26. februar 2025" (not the file's
    heading, "REFERAT Lederforum d. 26-02-2025")."""
    return f"{' '.join(forum_name.split())} {format_date(day, locale)}"


def planned_date_allowed(day: date, today: date) -> bool:
    """A meeting can be planned for today or later, never in the past (next_planned's rule)."""
    return day >= today


def may_accept_at(status: str, day: date, today: date) -> bool:
    """The forum accepts actions as done at a meeting that was held, or is being held today."""
    return status == "held" or day == today


def since(meeting_date: date | None, tz: tzinfo) -> datetime:
    """Where "since the last meeting" begins: that meeting's day at 00:00 local time, in UTC;
    the beginning of time when there was none."""
    if meeting_date is None:
        return datetime.min.replace(tzinfo=UTC)
    return datetime.combine(meeting_date, time.min, tzinfo=tz).astimezone(UTC)


# Reminders ----------------------------------------------------------------------------------

NEWS_DAYS = 7  # a note (or check-in) this recent is news: the action is not "overdue without news"


def is_absent(absent_until: date | None, today: date) -> bool:
    """Away (leave, illness) today: up to and including ``absent_until``."""
    return absent_until is not None and today <= absent_until


def overdue_without_news(
    status: str, due_end: date | None, last_note_day: date | None, today: date
) -> bool:
    """Overdue, and no note in the last ``NEWS_DAYS`` days."""
    if not is_overdue(status, due_end, today):
        return False
    return last_note_day is None or last_note_day < today - timedelta(days=NEWS_DAYS)


def days_overdue(due_end: date | None, today: date) -> int:
    """Days since the deadline ended (0 when it has not)."""
    return max((today - due_end).days, 0) if due_end else 0


# People -------------------------------------------------------------------------------------


ERASED_NAME = "Tidligere medarbejder #{id}"  # an erased person's name (tracker.people.privacy)
_ERASED = re.compile(re.escape(ERASED_NAME).replace(re.escape("{id}"), r"\d+"), re.IGNORECASE)


def may_be_new_name(name: str) -> bool:
    """Whether a typed name may become a new person: it has a letter ("-" or "." names
    nobody), and it is no erased person's name ("Tidligere medarbejder #3"), which would pose
    as the erased one."""
    return any(char.isalpha() for char in name) and not _ERASED.fullmatch(" ".join(name.split()))


def first_name(name: str | None) -> str:
    """The first word of a name, for "Hej Mette,"; empty for no name (an erased person)."""
    words = (name or "").split()
    return words[0] if words else ""


def name_fits(typed: list[str], name: list[str], prefix: bool = False) -> bool:
    """Whether the words typed (tracker.text.name_words) name the person of ``name``'s words:
    each typed word is a word of the name, in order, or its initial ("torben" fits "Torben G.
    M. Benneskov", so do "torben b" and "t benneskov"; "torben hansen" does not). ``prefix``:
    the last word typed may be unfinished ("torb"), for suggestions while typing. A word typed
    out fits a name's initial only beside a word typed that is the name's own: "Torben Gert
    Benneskov" fits "Torben G. Benneskov", "Morten" or "Gert" alone does not ("Morten" is not
    Torben G. M. Benneskov; a referat's first names are other people's).
    """
    if not typed or not name:
        return False
    at, whole = 0, False
    for index, word in enumerate(typed):
        last = prefix and index == len(typed) - 1
        while at < len(name) and not _word_fits(word, name[at], last):
            at += 1
        if at == len(name):
            return False
        whole = whole or len(name[at]) > 1 or len(word) == 1
        at += 1
    return whole


def _word_fits(typed: str, word: str, prefix: bool) -> bool:
    """A typed word fits a word of a name: the same, its initial, or (typing) its beginning."""
    if typed == word or (prefix and word.startswith(typed)):
        return True
    # An initial on either side: "T." typed for Torben, "Gert" typed for "Torben G. Benneskov".
    return (len(typed) == 1 and word.startswith(typed)) or (
        len(word) == 1 and typed.startswith(word)
    )


def look_alike(mine: list[str], theirs: list[str], my_email=None, their_email=None) -> str:
    """Why two people may be one (the merge page's suggestions), from their names' words
    (tracker.text.name_words) and emails: "name" (the same but for spelling, or one name a
    first or partial name of the other: "Søren" and "Søren Hansen"), "surname" (the same first
    name, a surname spelt nearly alike), "email" (the same address before the @); "" if none."""
    if mine and theirs:
        if name_fits(mine, theirs) or name_fits(theirs, mine):
            return "name"
        same_first = len(mine) > 1 and len(theirs) > 1 and mine[0] == theirs[0]
        if same_first and SequenceMatcher(None, mine[-1], theirs[-1]).ratio() >= 0.75:
            return "surname"
        if SequenceMatcher(None, " ".join(mine), " ".join(theirs)).ratio() >= 0.9:
            return "name"
    mine_local, their_local = (
        (e or "").partition("@")[0].casefold() for e in (my_email, their_email)
    )
    return "email" if mine_local and mine_local == their_local else ""


def status_round_closes(meeting_date: date) -> date:
    """The last day to answer the status round: the day before the meeting."""
    return meeting_date - timedelta(days=1)
