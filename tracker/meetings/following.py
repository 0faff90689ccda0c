"""Deadlines in meeting words follow their meeting: when a meeting is planned or moved, the
open actions whose words mean it ("til næste møde", "til mødet i december", "til næste
Lederforum") get its date, with a row in their history. Services flush, never commit.

An action follows the meeting when its deadline was that meeting's date before the move. One
whose words had found no meeting yet ("uden frist", or the whole month for "til mødet i
december") gets the forum's next planned meeting (in that month), also when that is another.
A deadline the words found in another meeting is kept: "til næste møde" written before an
extra meeting was planned still means the meeting it found, and one whose meeting was held
stays overdue.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, or_, select

from tracker.actions.meeting_words import planned_meetings
from tracker.actions.services import change_deadline
from tracker.deadlines import Deadline
from tracker.deadlines.meetings import meeting_meant
from tracker.extensions import db
from tracker.meetings.queries import next_planned
from tracker.models import Action, Meeting, Person

# Every meeting phrase holds one of these (tracker.deadlines.meetings): the SQL's first sieve.
_MEETING_WORDS = ("møde", "næste", "meeting")


def follow_meeting(
    meeting: Meeting, planned_on: date | None, actor: Person | None, today: date
) -> list[Action]:
    """After ``meeting`` was planned (``planned_on`` None) or moved from ``planned_on``: the
    open actions whose meeting words mean its forum's meetings follow (see the module); the
    actions changed."""
    if meeting.status != "planned" or meeting.date == planned_on:
        return []
    forum = meeting.forum.name
    text = func.lower(Action.deadline_text)
    candidates = db.session.scalars(
        select(Action)
        .where(Action.open_clause(), Action.deadline_text.is_not(None))
        .where(or_(*(text.contains(word) for word in _MEETING_WORDS)))
        .order_by(Action.id)
    ).all()
    names = planned_meetings(forum, today)
    changed = []
    for action in candidates:
        meant = meeting_meant(action.deadline_text, today, replace(names, forum=action.forum.name))
        if meant is None or meant.forum.casefold() != forum.casefold():
            continue
        target = _meeting_for(action, meant.month, meeting, planned_on, today)
        if target is not None and action.due_end != target.date:
            new = Deadline(action.deadline_text, target.date, target.date, "day")
            change_deadline(action, actor, new, kind=f"meeting:{target.id}")
            changed.append(action)
    return changed


def _meeting_for(action: Action, month, meeting: Meeting, planned_on, today) -> Meeting | None:
    """The meeting the action's deadline is now: ``meeting`` when it had its date before the
    move; when the words found no meeting yet, the forum's next planned meeting (in the month
    the words name, tracker.meetings.queries.next_planned); else None (the deadline stays)."""
    if planned_on is not None and action.due_start == action.due_end == planned_on:
        return meeting
    if month is None:
        return next_planned(meeting.forum_id, today) if action.due_end is None else None
    if action.deadline_precision != "month":
        return None
    upcoming = next_planned(meeting.forum_id, max(today, action.due_start))
    return upcoming if upcoming is not None and upcoming.date <= action.due_end else None
