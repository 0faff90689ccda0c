"""What became of each decision: the status overview of a forum's actions.

One overview feeds the page, the printed page and every file (PDF, Word, Excel, CSV), so their
numbers agree: each action is in exactly one section (tracker.rules.report_section), and the
summary counts the sections.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.extensions import db
from tracker.i18n import REPORT_SECTIONS, STATUS_LABELS, long_date
from tracker.meetings.queries import next_planned, previous_held
from tracker.models import Action, ActionEvent, Forum, Meeting
from tracker.reports import chart, loading
from tracker.reports.changes import net_changes

CHANGE_KINDS = ("new", "done", "cancelled", "deadline_moved", "owner_changed")


@dataclass(slots=True)
class Row:
    action: loading.ListedAction
    notes: list[loading.Note]  # the latest note of the owner and of each co-owner, owner first
    stale: bool  # open, and neither owner nor co-owner has reported since the previous meeting
    overdue: bool  # tracker.rules.is_overdue, shown beside the status in every section

    @property
    def note(self) -> loading.Note | None:
        """The most recent of the owners' latest notes."""
        return max(self.notes, key=lambda n: (n.created_at, n.id), default=None)


@dataclass
class Group:
    meeting: Meeting | None
    agenda_item: loading.Item | None
    rows: list[Row] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: object
    groups: list[Group]

    @property
    def count(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    @property
    def status_counts(self) -> dict[str, int]:
        """How many of the section's actions have each status (the overdue section mixes)."""
        counts: dict[str, int] = {}
        for group in self.groups:
            for row in group.rows:
                counts[row.action.status] = counts.get(row.action.status, 0) + 1
        return counts


@dataclass
class Overview:
    forum: Forum
    today: date
    previous: Meeting | None
    next: Meeting | None
    sections: list[Section]
    chart: list[tuple[Meeting, dict[str, int]]]
    changes: dict[str, list]

    @property
    def rows(self) -> list[Row]:
        return [row for s in self.sections for g in s.groups for row in g.rows]

    @property
    def total(self) -> int:
        return sum(s.count for s in self.sections)

    @property
    def counts(self) -> dict[str, int]:
        """Actions per section: the summary's numbers, the same as each section's heading."""
        return {s.key: s.count for s in self.sections}

    @property
    def change_count(self) -> int:
        return sum(len(self.changes[k]) for k in CHANGE_KINDS)


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
        group.rows.sort(key=lambda r: Action.by_deadline(r.action))
    return ordered


def status_overview(forum: Forum, today: date, tz: ZoneInfo) -> Overview:
    """All open actions of the forum and those closed since the previous meeting, in sections."""
    previous, upcoming = previous_held(forum.id, today), next_planned(forum.id, today)
    since = rules.since(previous.date if previous else None, tz)
    chart_rows = _chart(forum)
    actions = loading.listed_actions(forum.id, since, {m.id: m for m, _counts in chart_rows})
    notes = loading.owners_notes(actions)
    by_section: dict[str, list[Row]] = defaultdict(list)
    for action in actions:
        listed = notes.get(action.id, [])
        stale = action.is_open and not any(n.created_at >= since for n in listed)
        overdue = rules.is_overdue(action.status, action.due_end, today)
        section = rules.report_section(
            action.status, action.due_end, today, upcoming.date if upcoming else None
        )
        by_section[section].append(Row(action, listed, stale, overdue))
    return Overview(
        forum=forum,
        today=today,
        previous=previous,
        next=upcoming,
        sections=[
            Section(key, title, _grouped(by_section[key])) for key, title in REPORT_SECTIONS.items()
        ],
        chart=chart_rows,
        changes=_changes(forum, since, actions),
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


def _changes(forum: Forum, since: datetime, listed: list[loading.ListedAction]) -> dict[str, list]:
    """Since the previous meeting: new, done and cancelled actions, and one net change per
    action of its deadline (first to last) and its owner. ``listed`` are the overview's
    actions: every action closed since is among them, so done and cancelled need no query."""
    closed = sorted(
        (a for a in listed if a.closed_at is not None and a.closed_at >= since),
        key=lambda a: (a.closed_at, a.id),
    )
    new = db.session.scalars(
        select(Action)
        .where(Action.forum_id == forum.id, Action.created_at >= since)
        .order_by(Action.created_at, Action.id)
    ).all()
    # Both fields in one query, joined (not "IN (subquery)", with which SQLite seeks only
    # the action and reads all its history): per action of the forum a seek of
    # ix_action_event_action_field per field; the field index would read every forum's changes.
    events = db.session.scalars(
        select(ActionEvent)
        .join(Action, Action.id == ActionEvent.action_id)
        .where(
            Action.forum_id == forum.id,
            ActionEvent.field.in_(("deadline", "owner")),
            ActionEvent.created_at >= since,
        )
        .options(selectinload(ActionEvent.action))
        .order_by(ActionEvent.created_at, ActionEvent.id)
    ).all()
    actions = {e.action_id: e.action for e in events}
    return {
        "new": new,
        "done": [a for a in closed if a.status == "done"],
        "cancelled": [a for a in closed if a.status == "cancelled"],
        "deadline_moved": net_changes([e for e in events if e.field == "deadline"], actions),
        "owner_changed": net_changes([e for e in events if e.field == "owner"], actions),
    }


def change_titles() -> dict[str, str]:
    """The headings of the kinds of change, in the current language."""
    return {
        "new": _("Nye handlinger"),
        "done": _("Udført"),
        "cancelled": _("Annulleret"),
        "deadline_moved": _("Frist flyttet"),
        "owner_changed": _("Ny ejer"),
    }


def page_context(overview: Overview) -> dict:
    """What the overview's templates need: the overview, its chart and the shared words."""
    from tracker.reports import wording

    return {
        "o": overview,
        "chart": chart_svg(overview),
        "wording": wording,
        "w": wording.Words(),
        # One url_for for the page, not one per row: an action's address is this and its id.
        "action_href": url_for("actions.action", action_id=0).removesuffix("0"),
        "change_kinds": CHANGE_KINDS,
        "change_titles": change_titles(),
    }


def chart_svg(overview: Overview) -> str:
    """The chart of the overview in the current language."""
    labels = {k: str(v) for k, v in STATUS_LABELS.items()}
    # The chart is per forum, so a meeting is named by its date: it fits the label column.
    rows = [(long_date(m.date), counts) for m, counts in overview.chart]
    return chart.status_chart_svg(rows, labels, _("Status for alle handlinger pr. møde"))
