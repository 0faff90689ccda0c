"""What became of each decision: the status overview of a forum's actions."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask_babel import gettext as _
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.extensions import db
from tracker.i18n import REPORT_SECTIONS, STATUS_LABELS, long_date
from tracker.meetings.queries import next_planned, previous_held
from tracker.models import (
    OPEN_STATUSES,
    Action,
    ActionEvent,
    AgendaItem,
    Forum,
    Meeting,
    StatusNote,
)
from tracker.reports import chart


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
    previous, upcoming = previous_held(forum.id, today), next_planned(forum.id, today)
    since = rules.since(previous.date if previous else None, tz)
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
        section = rules.report_section(
            action.status, action.due_end, today, upcoming.date if upcoming else None
        )
        by_section[section].append(Row(action, note, stale))
    return Overview(
        forum=forum,
        today=today,
        previous=previous,
        next=upcoming,
        sections=[
            Section(key, title, _grouped(by_section[key])) for key, title in REPORT_SECTIONS.items()
        ],
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


def chart_svg(overview: Overview) -> str:
    """The chart of the overview in the current language."""
    labels = {k: str(v) for k, v in STATUS_LABELS.items()}
    # The chart is per forum, so a meeting is named by its date: it fits the label column.
    rows = [(long_date(m.date), counts) for m, counts in overview.chart]
    return chart.status_chart_svg(rows, labels, _("Status for alle handlinger pr. møde"))
