"""Deadlines in meeting words follow their meeting: when a meeting is planned or moved, the
open actions whose words mean it ("til næste møde", "til mødet i december", "til næste
Lederforum") get its date, with a row in their history. Services flush, never commit.

An action follows the meeting when its deadline was that meeting's date before the move, or
when its words had found no meeting yet ("uden frist", or the whole month for "til mødet i
december") and this is the forum's next planned meeting (in that month). A deadline the words
found in another meeting is kept: "til næste møde" written before an extra meeting was planned
still means the meeting it found, and one whose meeting was held stays overdue.
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
from tracker.models import OPEN_STATUSES, Action, Meeting, Person

# Every meeting phrase holds one of these (tracker.deadlines.meetings): the SQL's first sieve.
_MEETING_WORDS = ("møde", "næste", "meeting")


def follow_meeting(
    meeting: Meeting, planned_on: date | None, actor: Person | None, today: date
) -> list[Action]:
    """Give ``meeting`` (planned; before, planned on ``planned_on``, or newly planned: None) to
    the open actions whose meeting words mean it; the actions changed."""
    if meeting.status != "planned" or meeting.date == planned_on:
        return []
    forum = meeting.forum.name
    text = func.lower(Action.deadline_text)
    candidates = db.session.scalars(
        select(Action)
        .where(Action.status.in_(OPEN_STATUSES), Action.deadline_text.is_not(None))
        .where(or_(*(text.contains(word) for word in _MEETING_WORDS)))
        .order_by(Action.id)
    ).all()
    names = planned_meetings(forum, today)
    changed = []
    for action in candidates:
        meant = meeting_meant(action.deadline_text, today, replace(names, forum=action.forum.name))
        if meant is None or meant.forum.casefold() != forum.casefold():
            continue
        if _follows(action, meant.month, meeting, planned_on, today):
            new = Deadline(action.deadline_text, meeting.date, meeting.date, "day")
            change_deadline(action, actor, new, kind=f"meeting:{meeting.id}")
            changed.append(action)
    return changed


def _follows(action: Action, month: int | None, meeting: Meeting, planned_on, today) -> bool:
    """Whether the action's deadline is ``meeting``'s: its date before the move, or, when the
    words found no meeting yet, the forum's next planned one (in the month the words name)."""
    if planned_on is not None and action.due_start == action.due_end == planned_on:
        return True
    if month is None:
        unresolved, start = action.due_end is None, today
    else:
        unresolved = action.deadline_precision == "month" and (
            action.due_start <= meeting.date <= action.due_end
        )
        start = max(today, action.due_start) if unresolved else today
    upcoming = next_planned(meeting.forum_id, start) if unresolved else None
    return upcoming is not None and upcoming.id == meeting.id
