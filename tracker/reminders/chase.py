"""The secretary's chase before a forum: "Send påmindelse nu" sends one reminder to each person
asked in the status round who has not answered (at most one a day each, each with its own key
in the outbox, and none the morning the status round itself went to them); the start page's
overview of the next forums. Services flush, never commit.

Outside sending hours (a weekend, a holiday, before the send time) the reminders wait in the
outbox for the next working day's send time, and count as that day's."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from tracker import mail, rules
from tracker.extensions import db
from tracker.mail.kinds import CHASE
from tracker.meetings.queries import next_planned_per_forum
from tracker.models import Action, Meeting, StatusNote
from tracker.workdays import absence, schedule

from . import services


def chase_key(meeting: Meeting, person_id: int, day) -> str:
    """One reminder per meeting, person and day."""
    return CHASE.key(meeting=meeting.id, person=person_id, day=day.isoformat())


def sending_day(at: datetime, settings):
    """The day a reminder asked for at ``at`` goes out (the next working day, off hours)."""
    return schedule.day_of(schedule.next_sending(at, settings), settings)


def not_answered(meeting: Meeting, at: datetime, settings) -> list[dict]:
    """The status round's people who have not answered, and whether each can be reminded today
    (``reason``: None, "chased_today", "asked_today" (the status round went to them that
    morning: one email a morning), "no_email" or "away")."""
    today = sending_day(at, settings)
    done = services.existing_keys(CHASE.prefix(meeting=meeting.id))
    found = []
    for answer in services.status_round_answers(meeting):
        person = answer["person"]
        if answer["answered_at"] or person is None:
            continue
        reason = absence.unmailable(person, at, settings)  # "no_email", "away" or None
        if reason is None and chase_key(meeting, person.id, today) in done:
            reason = "chased_today"
        elif reason is None and schedule.day_of(answer["message"].created_at, settings) == today:
            reason = "asked_today"
        found.append({**answer, "reason": reason})
    return found


def chase(meeting: Meeting, at: datetime, settings) -> int:
    """Record a reminder for each person who has not answered and may be reminded today; how
    many. The request commits (a second click the same day finds the keys and sends none)."""
    today = sending_day(at, settings)
    grouped = services.open_actions_in_forum(meeting.forum_id)
    count = 0
    for row in not_answered(meeting, at, settings):
        person = row["person"]
        actions = grouped.get(person, [])
        if row["reason"] is not None or not actions:
            continue
        context = {
            "meeting": meeting,
            "actions": sorted(actions, key=Action.by_deadline),
            "closes": rules.status_round_closes(meeting.date),
        }
        parts = {"meeting": meeting.id, "person": person.id, "day": today.isoformat()}
        email = CHASE.plan(person, context, subject={"forum": meeting.forum.name}, **parts)
        mail.record(email, at)
        count += 1
    return count


def start_overview(at: datetime, settings) -> list[dict]:
    """The secretary's start page: each forum's next planned meeting, how many of those asked
    in its status round answered, and its overdue actions without news (tracker.rules)."""
    today = schedule.day_of(at, settings)
    meetings = next_planned_per_forum(today)
    if not meetings:
        return []
    latest = dict(
        db.session.execute(
            select(Action.id, func.max(StatusNote.created_at))
            .join(StatusNote, StatusNote.action_id == Action.id, isouter=True)
            .where(
                Action.overdue_clause(today),
                Action.forum_id.in_([m.forum_id for m in meetings]),
            )
            .group_by(Action.id)
        ).all()
    )
    overdue = db.session.execute(
        select(Action.id, Action.forum_id, Action.status, Action.due_end).where(
            Action.id.in_(list(latest))
        )
    ).all()
    rows = []
    for meeting in sorted(meetings, key=lambda m: (m.date, m.forum.name)):
        answers = services.status_round_answers(meeting)
        quiet = sum(
            1
            for action_id, forum_id, status, due_end in overdue
            if forum_id == meeting.forum_id
            and rules.overdue_without_news(
                status,
                due_end,
                latest[action_id] and schedule.day_of(latest[action_id], settings),
                today,
            )
        )
        rows.append(
            {
                "meeting": meeting,
                "asked": len(answers),
                "answered": sum(1 for a in answers if a["answered_at"]),
                "closes": rules.status_round_closes(meeting.date),
                "without_news": quiet,
            }
        )
    return rows
