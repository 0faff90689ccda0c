"""Read-side queries for forum and meeting pages, loading what a page shows in few queries."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.extensions import db
from tracker.models import Action, AgendaItem, Attendance, Forum, Meeting


def next_planned(forum_id: int, today: date) -> Meeting | None:
    """SQL twin of tracker.rules.next_planned: the forum's next planned meeting, today or later."""
    return db.session.scalar(
        select(Meeting)
        .where(Meeting.forum_id == forum_id, Meeting.status == "planned", Meeting.date >= today)
        .order_by(Meeting.date, Meeting.id)
        .limit(1)
    )


def next_planned_per_forum(today: date) -> list[Meeting]:
    """Every forum's next planned meeting (tracker.rules.next_planned), soonest first."""
    upcoming = db.session.scalars(
        select(Meeting)
        .where(Meeting.status == "planned", Meeting.date >= today)
        .order_by(Meeting.date, Meeting.id)
    ).all()
    first: dict[int, Meeting] = {}
    for meeting in upcoming:
        first.setdefault(meeting.forum_id, meeting)
    return list(first.values())


def previous_held(forum_id: int, on_or_before: date) -> Meeting | None:
    """SQL twin of tracker.rules.previous_held: the forum's last meeting held by that day."""
    return db.session.scalar(
        select(Meeting)
        .where(
            Meeting.forum_id == forum_id,
            Meeting.status == "held",
            Meeting.date <= on_or_before,
        )
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
    )


def since_previous(meeting: Meeting, tz) -> datetime:
    """Where "since the last meeting" begins for ``meeting``: the start of the forum's meeting
    held before it (tracker.rules.since)."""
    before = previous_held(meeting.forum_id, meeting.date - timedelta(days=1))
    return rules.since(before.date if before else None, tz)


def follow_up_actions(meeting: Meeting, since: datetime) -> list[Action]:
    """The forum's open actions and those done since ``since`` (not the cancelled ones), for
    the follow-up item."""
    return list(
        db.session.scalars(
            select(Action)
            .where(
                Action.forum_id == meeting.forum_id,
                Action.open_clause() | ((Action.status == "done") & (Action.closed_at >= since)),
            )
            .order_by(*Action.deadline_order())
        )
    )


def forum_overview() -> list[dict]:
    """Each forum with its number of meetings and open actions."""
    meetings = dict(
        db.session.execute(select(Meeting.forum_id, func.count()).group_by(Meeting.forum_id)).all()
    )
    open_actions = dict(
        db.session.execute(
            select(Action.forum_id, func.count())
            .where(Action.open_clause())
            .group_by(Action.forum_id)
        ).all()
    )
    return [
        {"forum": f, "meetings": meetings.get(f.id, 0), "open_actions": open_actions.get(f.id, 0)}
        for f in db.session.scalars(select(Forum).order_by(Forum.name))
    ]


def forum_page(forum: Forum, today: date) -> dict:
    """A forum's meetings, newest first, with their action counts."""
    meetings = db.session.scalars(
        select(Meeting).where(Meeting.forum_id == forum.id).order_by(Meeting.date.desc())
    ).all()
    counts = dict(
        db.session.execute(
            select(Action.meeting_id, func.count())
            .where(Action.forum_id == forum.id)
            .group_by(Action.meeting_id)
        ).all()
    )
    next_meeting = rules.next_planned(meetings, today)
    days_left = (next_meeting.date - today).days if next_meeting else None
    return {
        "meetings": meetings,
        "action_counts": counts,
        "next_meeting": next_meeting,
        "days_left": days_left,
    }


def meeting_page(meeting: Meeting, tz, today: date) -> dict:
    """Attendees, agenda with points, and the actions drawn from the meeting."""
    attendances = db.session.scalars(
        select(Attendance)
        .where(Attendance.meeting_id == meeting.id)
        .options(selectinload(Attendance.person))
        .order_by(Attendance.position, Attendance.id)
    ).all()
    items = db.session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .options(selectinload(AgendaItem.points))
        .order_by(AgendaItem.number)
    ).all()
    actions = db.session.scalars(
        select(Action)
        .where(Action.meeting_id == meeting.id)
        .options(selectinload(Action.owner), selectinload(Action.co_owners))
        .order_by(Action.id)
    ).all()
    by_point: dict[int | None, list[Action]] = {}
    by_item: dict[int | None, list[Action]] = {}
    for action in actions:
        by_point.setdefault(action.point_id, []).append(action)
        by_item.setdefault(action.agenda_item_id, []).append(action)
    follow_up_rows = []
    if any(item.kind == "follow_up" for item in items):
        follow_up_rows = follow_up_actions(meeting, since_previous(meeting, tz))
    return {
        "follow_up_actions": follow_up_rows,
        "may_accept": rules.may_accept_at(meeting.status, meeting.date, today),
        "attendances": attendances,
        "absent_count": sum(1 for a in attendances if not a.present),
        "agenda_items": items,
        "actions": actions,
        "actions_by_point": by_point,
        "actions_by_item": by_item,
    }
