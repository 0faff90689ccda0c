"""What became of each decision: the status overview of a forum's actions."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from tracker.extensions import db
from tracker.models import (
    OPEN_STATUSES,
    Action,
    ActionEvent,
    AgendaItem,
    Forum,
    Meeting,
    StatusNote,
)

SECTIONS = (
    ("overdue", _l("Overskredne")),
    ("before_next", _l("Frist før næste møde")),
    ("in_progress", _l("I gang")),
    ("not_started", _l("Ikke startet")),
    ("done", _l("Udført siden sidste møde")),
    ("cancelled", _l("Annulleret siden sidste møde")),
)


@dataclass
class Row:
    action: Action
    note: StatusNote | None  # the owner's latest status note
    stale: bool  # nothing reported since the previous meeting


@dataclass
class Group:
    meeting: Meeting | None
    agenda_item: AgendaItem | None
    rows: list[Row] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: object
    groups: list[Group]

    @property
    def count(self) -> int:
        return sum(len(g.rows) for g in self.groups)


@dataclass
class Overview:
    forum: Forum
    today: date
    previous: Meeting | None
    next: Meeting | None
    sections: list[Section]
    counts: dict[str, int]
    chart: list[tuple[Meeting, dict[str, int]]]
    changes: dict[str, list]

    @property
    def rows(self) -> list[Row]:
        return [row for s in self.sections for g in s.groups for row in g.rows]


def previous_meeting(forum: Forum, today: date) -> Meeting | None:
    """The forum's latest meeting held on or before today."""
    return db.session.scalar(
        select(Meeting)
        .where(Meeting.forum_id == forum.id, Meeting.date <= today, Meeting.status == "held")
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
    )


def next_meeting(forum: Forum, today: date) -> Meeting | None:
    """The forum's next planned meeting, today or later."""
    return db.session.scalar(
        select(Meeting)
        .where(Meeting.forum_id == forum.id, Meeting.date >= today, Meeting.status == "planned")
        .order_by(Meeting.date, Meeting.id)
        .limit(1)
    )


def _since(meeting: Meeting | None, tz: ZoneInfo) -> datetime:
    if meeting is None:
        return datetime.min.replace(tzinfo=UTC)
    return datetime.combine(meeting.date, time.min, tzinfo=tz).astimezone(UTC)


def _owner_notes(actions: list[Action]) -> dict[int, StatusNote]:
    """The latest status note written by each action's owner, in two queries."""
    if not actions:
        return {}
    ids = [a.id for a in actions]
    newest = (
        select(func.max(StatusNote.id))
        .where(StatusNote.action_id.in_(ids))
        .group_by(StatusNote.action_id, StatusNote.author_id)
    )
    notes = db.session.scalars(select(StatusNote).where(StatusNote.id.in_(newest))).all()
    owners = {a.id: a.owner_id for a in actions}
    return {n.action_id: n for n in notes if n.author_id == owners[n.action_id] and n.author_id}


def _section_of(action: Action, today: date, next_date: date | None) -> str:
    if action.status in ("done", "cancelled"):
        return action.status
    if action.due_end is not None and action.due_end < today:
        return "overdue"
    if next_date is not None and action.due_end is not None and action.due_end <= next_date:
        return "before_next"
    return action.status


def _grouped(rows: list[Row]) -> list[Group]:
    groups: dict[tuple, Group] = {}
    for row in rows:
        a = row.action
        key = (
            a.meeting.date if a.meeting else date.min,
            a.meeting_id or 0,
            a.agenda_item.number if a.agenda_item else 0,
        )
        groups.setdefault(key, Group(a.meeting, a.agenda_item)).rows.append(row)
    ordered = [groups[k] for k in sorted(groups)]
    for group in ordered:
        group.rows.sort(key=lambda r: (r.action.due_end is None, r.action.due_end, r.action.id))
    return ordered


def status_overview(forum: Forum, today: date, tz: ZoneInfo) -> Overview:
    """All open actions of the forum and those closed since the previous meeting, in sections."""
    previous, upcoming = previous_meeting(forum, today), next_meeting(forum, today)
    since = _since(previous, tz)
    actions = db.session.scalars(
        select(Action)
        .where(
            Action.forum_id == forum.id,
            or_(Action.status.in_(OPEN_STATUSES), Action.closed_at >= since),
        )
        .options(
            selectinload(Action.owner),
            selectinload(Action.meeting),
            selectinload(Action.agenda_item),
        )
    ).all()
    notes = _owner_notes(actions)
    by_section: dict[str, list[Row]] = defaultdict(list)
    for action in actions:
        note = notes.get(action.id)
        stale = action.is_open and (note is None or note.created_at < since)
        section = _section_of(action, today, upcoming.date if upcoming else None)
        by_section[section].append(Row(action, note, stale))
    return Overview(
        forum=forum,
        today=today,
        previous=previous,
        next=upcoming,
        sections=[Section(key, title, _grouped(by_section[key])) for key, title in SECTIONS],
        counts=dict(Counter(a.status for a in actions)),
        chart=_chart(forum),
        changes=_changes(forum, since),
    )


def _chart(forum: Forum) -> list[tuple[Meeting, dict[str, int]]]:
    """Status of all the forum's actions per meeting they came from."""
    rows = db.session.execute(
        select(Action.meeting_id, Action.status, func.count())
        .where(Action.forum_id == forum.id, Action.meeting_id.is_not(None))
        .group_by(Action.meeting_id, Action.status)
    ).all()
    per_meeting: dict[int, dict[str, int]] = defaultdict(dict)
    for meeting_id, status, count in rows:
        per_meeting[meeting_id][status] = count
    meetings = db.session.scalars(
        select(Meeting).where(Meeting.id.in_(per_meeting)).order_by(Meeting.date)
    ).all()
    return [(m, per_meeting[m.id]) for m in meetings]


def _changes(forum: Forum, since: datetime) -> dict[str, list]:
    """New, done, deadline moved and owner changed since the previous meeting."""
    in_forum = select(Action.id).where(Action.forum_id == forum.id)

    def events(field_name):
        return db.session.scalars(
            select(ActionEvent)
            .where(
                ActionEvent.action_id.in_(in_forum),
                ActionEvent.field == field_name,
                ActionEvent.created_at >= since,
            )
            .options(selectinload(ActionEvent.action))
            .order_by(ActionEvent.created_at)
        ).all()

    new = db.session.scalars(
        select(Action)
        .where(Action.forum_id == forum.id, Action.created_at >= since)
        .order_by(Action.created_at)
    ).all()
    done = db.session.scalars(
        select(Action)
        .where(Action.forum_id == forum.id, Action.status == "done", Action.closed_at >= since)
        .order_by(Action.closed_at)
    ).all()
    return {
        "new": new,
        "done": done,
        "deadline_moved": events("deadline"),
        "owner_changed": events("owner"),
    }
