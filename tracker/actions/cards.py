"""Mine handlinger's read side: a person's actions as plain rows, from statements built once.

The page is the most visited one and shows each action read-only, so it needs no ORM objects:
loading rows into mapped objects (identity map, instrumented attributes) and building and
compiling the statements cost more than the database did (bench/README.md, "The minimal
page"). The statements are built once with bound parameters, so SQLAlchemy's cache key is
computed once and its compiled form is reused; the rows become small read-only cards. The
conditions are the SQL twins of the rules on tracker.models.Action (overdue, due soon, owner or
co-owner).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

from sqlalchemy import Date, bindparam, case, select

from tracker import rules
from tracker.actions import queries
from tracker.extensions import db
from tracker.models import Action, Forum, Meeting, StatusNote


class ForumName(NamedTuple):
    name: str


class MeetingLink(NamedTuple):
    id: int
    title: str


class NoteLine(NamedTuple):
    created_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class Card:
    """One action on Mine handlinger: what its card shows, with the names the templates use
    for an Action (``forum.name``, ``meeting.title``, ``is_overdue``, ``deadline_note``)."""

    id: int
    title: str
    owner_id: int | None
    deadline_text: str | None
    due_start: date | None
    due_end: date | None
    status: str
    deadline_precision: str | None  # "none": words with no date yet ("til næste møde")
    forum: ForumName
    meeting: MeetingLink | None

    def is_overdue(self, today: date) -> bool:
        """Open and past the deadline's end (tracker.rules.is_overdue)."""
        return rules.is_overdue(self.status, self.due_end, today)

    def days_over(self, today: date) -> int:
        """As Action.days_over (tracker.rules.days_overdue)."""
        return rules.days_overdue(self.due_end, today) if self.is_overdue(today) else 0

    @property
    def deadline_note(self) -> str:
        """As Action.deadline_note (tracker.rules.deadline_note)."""
        return rules.deadline_note(
            self.deadline_text, self.due_start, self.due_end, self.deadline_precision
        )


@dataclass
class MyActions:
    actions: list[Card]
    notes: dict[int, NoteLine]
    overdue: int = 0
    soon: int = 0
    total: int = 0


_COLUMNS = (
    Action.id,
    Action.title,
    Action.owner_id,
    Action.deadline_text,
    Action.due_start,
    Action.due_end,
    Action.status,
    Action.deadline_precision,
    Forum.name,
    Meeting.id,
    Meeting.title,
)


@cache
def _statements():
    # Built on first use rather than at import, when the models are all mapped.
    person = bindparam("person")
    today, soon = bindparam("today", type_=Date), bindparam("soon", type_=Date)
    base = (
        select(*_COLUMNS)
        .join(Forum, Forum.id == Action.forum_id)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .where(Action.involving(person))
    )
    bucket = case(
        (Action.overdue_clause(today), 0),
        (Action.due_soon_clause(today, limit=soon), 1),
        else_=2,
    )
    # Action.open_clause() writes the open statuses as constants: no list to expand per execution.
    open_ = base.where(Action.open_clause()).order_by(bucket, *Action.deadline_order())
    closed = base.where(~Action.open_clause()).order_by(
        Action.closed_at.desc().nulls_last(), Action.id.desc()
    )
    ids = bindparam("ids", expanding=True)
    notes = select(StatusNote.action_id, StatusNote.created_at, StatusNote.text).where(
        StatusNote.id.in_(queries.newest_note_ids(ids))
    )
    return open_, closed, notes


def _card(row) -> Card:
    forum, meeting_id, meeting_title = row[8:]
    meeting = MeetingLink(meeting_id, meeting_title) if meeting_id is not None else None
    return Card(*row[:8], forum=ForumName(forum), meeting=meeting)


def my_actions(person_id: int, today: date, closed: bool = False) -> MyActions:
    """A person's open actions, overdue first, then due soon, then by deadline end; or, with
    ``closed``, their done and cancelled ones, the last closed first. Two queries."""
    open_, closed_, notes = _statements()
    params = {"person": person_id, "today": today, "soon": rules.due_soon_limit(today)}
    # On the session's connection: the same transaction, without the ORM's result handling
    # (the statements name mapped columns, so the session would treat them as ORM queries).
    connection = db.session.connection()
    rows = connection.execute(closed_ if closed else open_, params)
    actions = [_card(row) for row in rows]
    found = {}
    if actions:
        lines = connection.execute(notes, {"ids": [a.id for a in actions]})
        found = {action_id: NoteLine(at, text) for action_id, at, text in lines}
    result = MyActions(actions=actions, notes=found)
    counted = actions if not closed else []
    result.overdue = sum(1 for a in counted if rules.is_overdue(a.status, a.due_end, today))
    result.soon = sum(1 for a in counted if rules.is_due_soon(a.status, a.due_end, today))
    result.total = len(counted)
    return result
