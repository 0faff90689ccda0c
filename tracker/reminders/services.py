"""Which reminder emails are due: the planners, each yielding batches of :class:`PlannedEmail`
values that ``tracker.mail`` renders and records (services flush, never commit). The weekly
digest's planner is :mod:`tracker.reminders.weekly`; the batches, :mod:`tracker.reminders.batches`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import and_, func, select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.extensions import db
from tracker.mail import PlannedEmail
from tracker.mail.kinds import DEADLINE_PASSED, DEADLINE_SOON, STATUS_ROUND
from tracker.meetings.queries import next_planned_per_forum
from tracker.models import (
    Action,
    Meeting,
    OutboxMessage,
    Person,
    StatusNote,
)
from tracker.workdays import schedule

from . import batches, escalation, weekly
from .weekly import plan_weekly_for, weekly_key, weekly_subject

__all__ = ["plan_weekly_for", "weekly_key", "weekly_subject"]  # and the planners

KINDS = ("weekly", "status-round", "deadline", "escalation")


def existing_keys(prefix: str) -> set[str]:
    """Keys already in the outbox that start with ``prefix``."""
    return set(
        db.session.scalars(select(OutboxMessage.key).where(OutboxMessage.key.startswith(prefix)))
    )


def _open_actions_by_person(person_filter=None, *, everyone=False) -> dict[Person, list[Action]]:
    """Open actions grouped by each owner and co-owner who has an email address (``everyone``:
    also those without one, or deactivated)."""
    query = (
        select(Action)
        .where(Action.open_clause())
        .options(
            selectinload(Action.owner),
            selectinload(Action.co_owners),
            selectinload(Action.forum),
        )
    )
    if person_filter is not None:
        query = query.where(person_filter)
    grouped: dict[Person, list[Action]] = defaultdict(list)
    for action in db.session.scalars(query):
        for person in action.people:
            if everyone or (person.email and person.active):
                grouped[person].append(action)
    return grouped


def open_actions_in_forum(forum_id: int) -> dict[Person, list[Action]]:
    """A forum's open actions by each owner and co-owner who has an email address."""
    return _open_actions_by_person(Action.forum_id == forum_id)


def plan_status_rounds(at: datetime, settings) -> Iterator[list[PlannedEmail]]:
    """Before a forum's next planned meeting, each owner of its open actions is asked for status
    (batch by batch of those people)."""
    today = schedule.day_of(at, settings)
    for meeting_id in [m.id for m in next_planned_per_forum(today)]:
        meeting = db.session.get(Meeting, meeting_id)
        if schedule.status_round_due(meeting.date, at, settings):
            yield from plan_status_round(meeting_id, at, settings)


def plan_status_round(meeting_id: int, at: datetime, settings) -> Iterator[list[PlannedEmail]]:
    """The status round before one meeting, whenever it is asked for (the sweep when it is due,
    or "Send statusrunden nu"): each owner and co-owner of the forum's open actions who may be
    mailed at ``at`` and was not asked yet (the outbox's key), batch by batch."""
    meeting = db.session.get(Meeting, meeting_id)
    forum_id = meeting.forum_id
    done = existing_keys(STATUS_ROUND.prefix(meeting=meeting.id))
    involved = Action.people_ids(Action.open_clause(), Action.forum_id == forum_id)
    for people in batches.people(Person.id.in_(involved)):
        meeting = db.session.get(Meeting, meeting_id)  # again each batch: the last one is let go
        people = [
            p
            for p in people
            if STATUS_ROUND.key(meeting=meeting.id, person=p.id) not in done
            and p.mailable(at, settings)
        ]
        ids = [p.id for p in people]
        grouped = batches.by_person(
            batches.open_actions(and_(Action.forum_id == forum_id, Action.involving(ids))),
            ids,
        )
        yield [
            STATUS_ROUND.plan(
                person,
                {
                    "meeting": meeting,
                    "actions": sorted(grouped[person.id], key=Action.by_deadline),
                    "closes": rules.status_round_closes(meeting.date),
                },
                subject={"forum": meeting.forum.name},
                meeting=meeting.id,
                person=person.id,
            )
            for person in people
            if grouped.get(person.id)
        ]


def plan_deadlines(at: datetime, settings) -> Iterator[list[PlannedEmail]]:
    """A reminder N days before a deadline's end, and one the working day after it passed
    (batch by batch of people)."""
    today = schedule.day_of(at, settings)
    # Only deadlines near today can be due (tracker.workdays.schedule); a year of closed days
    # after a deadline is more than any calendar has, and a week before it more than the
    # closed days that move a "deadline soon" earlier (Easter, Christmas).
    window = and_(
        Action.due_end <= today + timedelta(days=settings.deadline_soon_days + 7),
        Action.due_end >= today - timedelta(days=schedule.LATE_LIMIT_DAYS + 366),
    )
    wanted = (
        Person.deadline_reminders_enabled.is_(True),
        Person.active.is_(True),
        Person.email.is_not(None),
    )
    for people in batches.people(*wanted):
        people = [p for p in people if p.deadline_reminders_enabled and p.mailable(at, settings)]
        ids = [p.id for p in people]
        if not ids:
            yield []
            continue
        done = set(
            db.session.scalars(
                select(OutboxMessage.key).where(
                    OutboxMessage.person_id.in_(ids),
                    OutboxMessage.key.startswith(DEADLINE_SOON.prefix())
                    | OutboxMessage.key.startswith(DEADLINE_PASSED.prefix()),
                )
            )
        )
        grouped = batches.by_person(batches.open_actions(and_(window, Action.involving(ids))), ids)
        yield [
            email
            for person in people
            for action in sorted(grouped.get(person.id, []), key=Action.by_deadline)
            for email in _deadline_emails(person, action, done, at, settings)
        ]


def _deadline_emails(person: Person, action: Action, done, at, settings) -> list[PlannedEmail]:
    if action.due_end is None:
        return []
    found = []
    for kind, is_due in (
        (DEADLINE_SOON, schedule.deadline_soon_due),
        (DEADLINE_PASSED, schedule.deadline_passed_due),
    ):
        parts = {"action": action.id, "due_end": action.due_end.isoformat(), "person": person.id}
        if kind.key(**parts) not in done and is_due(action.due_end, at, settings):
            context, subject = {"action": action}, {"title": action.title}
            found.append(kind.plan(person, context, subject=subject, **parts))
    return found


def plan_batches(kind: str, at: datetime) -> Iterator[list[PlannedEmail]]:
    """Every email of ``kind`` ("weekly", "status-round", "deadline", "escalation" or "all") due
    at ``at``, one batch of people (``REMINDER_BATCH``) at a time; the escalation ladder in one
    batch (its summaries gather every forum's actions).

    None outside sending (a weekend, a holiday, a closed day, before the send time): what is due
    then is made at the next working day's send time, with that day's news (a catch-up sweep on
    a Sunday makes nothing; the digest missed on Monday comes on Tuesday at the send time).
    """
    settings = schedule.settings_from_config(current_app.config)
    if not schedule.sending_open(at, settings):
        return
    planners = {
        "weekly": weekly.plan_weekly,
        "status-round": plan_status_rounds,
        "deadline": plan_deadlines,
        "escalation": lambda at, settings: iter([escalation.plan_escalations(at, settings)]),
    }
    for planner in planners.values() if kind == "all" else [planners[kind]]:
        yield from planner(at, settings)


def status_round_answers(meeting: Meeting) -> list[dict]:
    """Each person asked in the status round before ``meeting``, and whether they answered.

    An answer is a status note by the person, after the email, on a forum action they own or
    co-own; one grouped query for everybody.
    """
    rows = db.session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.key.startswith(STATUS_ROUND.prefix(meeting=meeting.id)))
        .options(selectinload(OutboxMessage.person))
    ).all()
    if not rows:
        return []
    latest = dict(
        db.session.execute(
            select(StatusNote.author_id, func.max(StatusNote.created_at))
            .join(Action, Action.id == StatusNote.action_id)
            .where(
                Action.forum_id == meeting.forum_id,
                StatusNote.author_id.in_([r.person_id for r in rows]),
                StatusNote.created_at >= min(r.created_at for r in rows),
                Action.involves_clause(StatusNote.author_id),
            )
            .group_by(StatusNote.author_id)
        ).all()
    )
    answers = []
    for row in sorted(rows, key=lambda r: r.person.name if r.person else ""):
        answered = latest.get(row.person_id)
        answers.append(
            {
                "message": row,
                "person": row.person,
                "answered_at": answered if answered and answered >= row.created_at else None,
            }
        )
    return answers
