"""The status round before it is sent: who will be asked and who cannot be, when it goes out,
and "Send statusrunden nu" through the same planner as the sweep. Services flush, never commit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tracker import mail
from tracker.extensions import db
from tracker.models import Action, Meeting, Person
from tracker.workdays import absence, schedule

from . import services


def goes_out(meeting: Meeting, at: datetime, settings) -> datetime:
    """When the round before ``meeting`` goes out by itself: its moment (N days before the
    meeting, at the send time), or, once that has passed, the next moment mail may leave."""
    return max(
        schedule.status_round_opens(meeting.date, settings), schedule.next_sending(at, settings)
    )


def preview(meeting: Meeting, at: datetime, settings) -> list[dict]:
    """Each owner and co-owner of the forum's open actions, by name: ``actions`` (how many) and
    ``reason`` why the round will not reach them when it goes out: "no_email", "left" (no
    longer active) or "away" (tracker.workdays.absence); None when they will be asked."""
    involved = Action.people_ids(Action.open_clause(), Action.forum_id == meeting.forum_id)
    people = db.session.scalars(
        select(Person).where(Person.id.in_(involved)).order_by(Person.name, Person.id)
    ).all()
    actions = db.session.scalars(
        select(Action)
        .where(Action.open_clause(), Action.forum_id == meeting.forum_id)
        .options(selectinload(Action.co_owners))
    ).all()
    counts: dict[int, int] = {}
    for action in actions:
        for person_id in {action.owner_id, *(p.id for p in action.co_owners)} - {None}:
            counts[person_id] = counts.get(person_id, 0) + 1
    when = goes_out(meeting, at, settings)
    rows = []
    for person in people:
        reason = absence.unmailable(person, when, settings)
        if reason == "no_email" and person.email and not person.active:
            reason = "left"
        rows.append({"person": person, "actions": counts.get(person.id, 0), "reason": reason})
    return rows


def send_now(meeting: Meeting, at: datetime, settings) -> int:
    """Queue the status round before ``meeting`` at once (the sweep's planner for this one
    meeting); how many emails. Each has its outbox key, so a second click queues none; the
    outbox holds them until sending hours (tracker.mail.hours)."""
    count = 0
    for batch in services.plan_status_round(meeting.id, at, settings):
        for email in batch:
            mail.record(email, at)
            count += 1
    return count
