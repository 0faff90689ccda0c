"""Carrying open actions into the next meeting, and the forum accepting actions as done."""

from __future__ import annotations

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from tracker.actions.services import record_event
from tracker.extensions import db
from tracker.i18n import STATUS_LABELS
from tracker.models import OPEN_STATUSES, Action, AgendaItem, Meeting, Person, utcnow
from tracker.reports.services import Overview

FOLLOW_UP_TITLE = "Opfølgning på handlinger"


def follow_up_item(meeting: Meeting) -> AgendaItem | None:
    """The meeting's "Opfølgning på handlinger" item, if it has one."""
    return next((i for i in meeting.agenda_items if i.kind == "follow_up"), None)


def carry_over(meeting: Meeting, overview: Overview) -> AgendaItem:
    """Give the next meeting an item listing the open actions and those done since last time."""
    with force_locale("da"):
        lines = []
        for section in overview.sections:
            if section.key == "cancelled" or not section.count:
                continue
            lines.append(f"{section.title}:")
            for group in section.groups:
                for row in group.rows:
                    a = row.action
                    owner = a.owner.name if a.owner else _("Ingen ejer")
                    deadline = f", {_('frist')} {a.deadline_text}" if a.deadline_text else ""
                    lines.append(f"- {a.title} ({owner}{deadline}) – {STATUS_LABELS[a.status]}")
        summary = "\n".join(lines) or _("Ingen åbne handlinger.")
    item = follow_up_item(meeting)
    if item is None:
        number = max((i.number for i in meeting.agenda_items), default=0) + 1
        item = AgendaItem(meeting=meeting, number=number, title=FOLLOW_UP_TITLE, kind="follow_up")
        db.session.add(item)
    item.summary = summary
    db.session.flush()
    return item


def carry_over_to_new_meeting(meeting: Meeting) -> AgendaItem | None:
    """A newly planned meeting gets the item "Opfølgning på handlinger"."""
    from tracker.i18n import local_tz, today
    from tracker.reports.services import status_overview

    if meeting.date < today():
        return None
    return carry_over(meeting, status_overview(meeting.forum, today(), local_tz()))


def previous_start(meeting: Meeting):
    """When the forum's meeting before ``meeting`` began (UTC), or the beginning of time."""
    from datetime import UTC, datetime, time

    from tracker.i18n import local_tz

    before = db.session.scalar(
        select(Meeting.date)
        .where(
            Meeting.forum_id == meeting.forum_id,
            Meeting.date < meeting.date,
            Meeting.status == "held",
        )
        .order_by(Meeting.date.desc())
        .limit(1)
    )
    if before is None:
        return datetime.min.replace(tzinfo=UTC)
    return datetime.combine(before, time.min, tzinfo=local_tz()).astimezone(UTC)


def follow_up_actions(meeting: Meeting, since) -> list[Action]:
    """The forum's open actions and those closed since ``since``, for the follow-up item."""
    return list(
        db.session.scalars(
            select(Action)
            .where(
                Action.forum_id == meeting.forum_id,
                Action.status.in_(OPEN_STATUSES) | (Action.closed_at >= since),
            )
            .order_by(Action.due_end.asc().nulls_last(), Action.id)
        )
    )


def accept_as_done(action: Action, meeting: Meeting, actor: Person) -> bool:
    """Record that the forum accepted a done action at ``meeting``; kept in the history."""
    if action.status != "done" or action.accepted_at is not None:
        return False
    action.accepted_at = utcnow()
    action.accepted_meeting = meeting
    record_event(action, actor, "accepted", "accepted", None, meeting.title)
    db.session.flush()
    return True
