"""Meeting words in a typed deadline ("til næste møde", "til næste Lederforum"): the planned
meetings they are read against, and what a form says about the meeting they found.

One home for every place a deadline is typed (the action page, a new action, the check-in page,
the meeting view, the import review, ``tracker deadline parse``): each reads its words with
``parse_deadline(words, reference, meetings=planned_meetings(forum, reference))``. It lives with
the actions, the lowest area that takes a deadline, so that all of them may use it.
"""

from __future__ import annotations

from datetime import date

from flask_babel import get_locale
from flask_babel import gettext as _
from sqlalchemy import select

from tracker import rules
from tracker.deadlines.formatting import month_name
from tracker.deadlines.meetings import Planned, meeting_meant
from tracker.extensions import db
from tracker.models import Forum, Meeting


def planned_meetings(forum_name: str | None, reference: date) -> Planned:
    """The planned meetings deadline words written on ``reference`` may mean: every forum's
    planned that day or later (tracker.rules.next_planned's rule; the words take the first
    after that day: at a meeting "til næste møde" is the one after it), every forum's name, and
    ``forum_name``, the action's own forum, for "til næste møde"."""
    rows = db.session.execute(
        select(Forum.name, Meeting.date).outerjoin(
            Meeting,
            (Meeting.forum_id == Forum.id)
            & (Meeting.status == "planned")
            & (Meeting.date >= reference),
        )
    ).all()
    return Planned(
        forum=forum_name or "",
        forums=tuple(dict.fromkeys(name for name, day in rows)),
        meetings=tuple((name, day) for name, day in rows if day is not None),
    )


def meeting_notice(words: str, reference: date, planned: Planned) -> str | None:
    """What a form says about meeting words: the meeting found ("til næste møde = Lederforum
    16. december 2026"), or that none is planned; None for other words."""
    meant = meeting_meant(words or "", reference, planned)
    if meant is None:
        return None
    locale = str(get_locale() or "da")
    forum = meant.forum or _("forummet")
    if meant.day is not None:
        meeting = rules.meeting_title(forum, meant.day, locale)
        return _("%(words)s = %(meeting)s", words=" ".join(words.split()), meeting=meeting)
    if meant.month is not None:
        return _(
            "Der er intet møde planlagt for %(forum)s i %(month)s: fristen er hele måneden, "
            "indtil mødet planlægges.",
            forum=forum,
            month=month_name(meant.month, locale),
        )
    return _(
        "Der er intet næste møde planlagt for %(forum)s – skriv en dato eller planlæg mødet.",
        forum=forum,
    )
