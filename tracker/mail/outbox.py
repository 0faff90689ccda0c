"""Putting emails in the outbox: plan (a :class:`PlannedEmail`) → render → record.

:func:`record` is the one way an email enters the outbox, for the reminder sweep and for
requests alike. Services flush and never commit; only the sweep's own transactions commit.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from flask import current_app
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from tracker.extensions import db
from tracker.models import Action, OutboxMessage, Person
from tracker.workdays.schedule import settings_from_config

from .kinds import ANY_HOUR_KINDS, ASSIGNMENT, PlannedEmail
from .render import new_message_id, render_email

# ANY_HOUR_KINDS (tracker.mail.kinds): asked for by the person a moment ago, they go at any hour
# and introduce nothing. Everything else waits for sending hours (schedule.sending_open).
# An email in one of these states reached the person or will: they have been introduced.
INTRODUCED_STATES = ("pending", "sending", "sent")


def render(email: PlannedEmail) -> tuple[str, str, str]:
    """Subject, text and HTML of the email in the person's language, links as placeholders."""
    return render_email(
        email.template,
        email.person,
        email.subject,
        introduce=bool(email.introduce),
        **email.context,
    )


def introduced(person_ids) -> set[int]:
    """Those of ``person_ids`` who have had an email from the tracker (sent, or on its way; a
    password reset does not count): everybody else's next email introduces the tracker."""
    ids = sorted({i for i in person_ids if i is not None})
    if not ids:
        return set()
    query = (
        select(OutboxMessage.person_id)
        .where(
            OutboxMessage.person_id.in_(ids),
            OutboxMessage.state.in_(INTRODUCED_STATES),
            OutboxMessage.kind.not_in(ANY_HOUR_KINDS),
        )
        .distinct()
    )
    return set(db.session.scalars(query))


def decide_introductions(emails: list[PlannedEmail]) -> None:
    """Mark the first of ``emails`` (in the order they will be recorded, and so sent) to each
    person never introduced; one query for them all."""
    known = introduced([e.person.id for e in emails])
    for email in emails:
        first = email.kind not in ANY_HOUR_KINDS and email.person.id not in known
        email.introduce = first
        if first:
            known.add(email.person.id)


def render_row(email: PlannedEmail, now: datetime) -> dict:
    """The outbox row of an email, rendered in the person's language, as column values."""
    subject, text, html = render(email)
    return {
        "key": email.key,
        "kind": email.kind,
        "person_id": email.person.id,
        "to_address": email.person.email,
        "subject": subject,
        "body_text": text,
        "body_html": html,
        "message_id": new_message_id(),
        "state": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }


def record(email: PlannedEmail, now: datetime, *, commit: bool = False) -> int | None:
    """Render ``email`` and write its outbox row, pending from ``now``; the row's id.

    ``commit=False`` (a request): in the caller's transaction, so the email exists only if what
    caused it is saved too; its key is unique by construction.

    ``commit=True`` (the sweep): in a transaction of its own, committed before anything is sent,
    leaving the caller's session alone. None when the key is in the outbox already: another
    process recorded this email first, and it is that one's to send.
    """
    table = OutboxMessage.__table__
    if not commit:
        db.session.flush()  # what the email shows (new actions, their ids) is written first
    if email.introduce is None:
        decide_introductions([email])  # the sweep decides for a whole batch beforehand
    values = render_row(email, now)
    if not commit:
        row_id = db.session.execute(insert(table), values).inserted_primary_key[0]
        for extra_table, extra_values in email.extra:
            db.session.execute(insert(extra_table), extra_values)
        return row_id
    try:
        with db.engine.begin() as connection:
            row_id = connection.execute(insert(table), values).inserted_primary_key[0]
            for extra_table, extra_values in email.extra:
                connection.execute(insert(extra_table), extra_values)
            return row_id
    except IntegrityError:
        return None


def queue_assignment_notices(assigned: dict[Person, list[Action]], now: datetime) -> list[int]:
    """One email per person listing the actions just given to them (one per save); their ids.

    Recorded now and sent in sending hours: a notice made on a Saturday (or at 06:30) waits in
    the outbox for the next working day's send time (tracker.scheduler.jobs.deliver). None to
    a person who may not be mailed now (Person.mailable): while away, and until the send time of
    the working day after, the digest after the absence lists the actions instead."""
    save_id = uuid.uuid4().hex
    settings = settings_from_config(current_app.config)
    ids = []
    for person, actions in assigned.items():
        if not actions or not person.mailable(now, settings):
            continue
        context = {"actions": sorted(actions, key=Action.by_deadline)}
        email = ASSIGNMENT.plan(person, context, person=person.id, save=save_id)
        ids.append(record(email, now))
    return ids
