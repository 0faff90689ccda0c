"""Read-side queries for forum and meeting pages, loading what a page shows in few queries."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tracker.extensions import db
from tracker.models import OPEN_STATUSES, Action, AgendaItem, Attendance, Forum, Meeting


def forum_overview() -> list[dict]:
    """Each forum with its number of meetings and open actions."""
    meetings = dict(
        db.session.execute(select(Meeting.forum_id, func.count()).group_by(Meeting.forum_id)).all()
    )
    open_actions = dict(
        db.session.execute(
            select(Action.forum_id, func.count())
            .where(Action.status.in_(OPEN_STATUSES))
            .group_by(Action.forum_id)
        ).all()
    )
    return [
        {"forum": f, "meetings": meetings.get(f.id, 0), "open_actions": open_actions.get(f.id, 0)}
        for f in db.session.scalars(select(Forum).order_by(Forum.name))
    ]


def forum_page(forum: Forum) -> dict:
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
    from tracker.i18n import today

    upcoming = [m for m in meetings if m.status == "planned" and m.date >= today()]
    next_meeting = min(upcoming, key=lambda m: m.date) if upcoming else None
    days_left = (next_meeting.date - today()).days if next_meeting else None
    return {
        "meetings": meetings,
        "action_counts": counts,
        "next_meeting": next_meeting,
        "days_left": days_left,
    }


def meeting_page(meeting: Meeting) -> dict:
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
        from tracker.reports.follow_up import follow_up_actions, previous_start

        follow_up_rows = follow_up_actions(meeting, previous_start(meeting))
    return {
        "follow_up_actions": follow_up_rows,
        "attendances": attendances,
        "absent_count": sum(1 for a in attendances if not a.present),
        "agenda_items": items,
        "actions": actions,
        "actions_by_point": by_point,
        "actions_by_item": by_item,
    }
