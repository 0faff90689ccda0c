"""Putting emails in the outbox: plan (a :class:`PlannedEmail`) → render → record.

:func:`record` is the one way an email enters the outbox, for the reminder sweep and for
requests alike. Services flush and never commit; only the sweep's own transactions commit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from tracker import rules
from tracker.extensions import db
from tracker.models import Action, OutboxMessage, Person

from .render import new_message_id, render_email

# Asked for by the person a moment ago: goes at any hour. Everything else waits for sending
# hours (tracker.reminders.schedule.sending_open).
ANY_HOUR_KINDS = ("password_reset",)


@dataclass
class PlannedEmail:
    """One email to make: its unique key, who gets it, and how to render it."""

    key: str
    kind: str
    person: Person
    template: str
    subject: object
    context: dict = field(default_factory=dict)
    # Rows written in the same transaction as the email, or not at all: (table, values), e.g.
    # the escalation steps an email reports, so a rerun never takes a step without its email.
    extra: list = field(default_factory=list)


def render(email: PlannedEmail) -> tuple[str, str, str]:
    """Subject, text and HTML of the email in the person's language, links as placeholders."""
    return render_email(email.template, email.person, email.subject, **email.context)


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
        row_id = db.session.execute(insert(table), render_row(email, now)).inserted_primary_key[0]
        for extra_table, extra_values in email.extra:
            db.session.execute(insert(extra_table), extra_values)
        return row_id
    values = render_row(email, now)
    try:
        with db.engine.begin() as connection:
            row_id = connection.execute(insert(table), values).inserted_primary_key[0]
            for extra_table, extra_values in email.extra:
                connection.execute(insert(extra_table), extra_values)
            return row_id
    except IntegrityError:
        return None


def _local_day(now: datetime):
    return now.astimezone(ZoneInfo(current_app.config["TRACKER_TIMEZONE"])).date()


def _by_deadline(action: Action):
    return (action.due_end is None, action.due_end, action.id)


def queue_assignment_notices(assigned: dict[Person, list[Action]], now: datetime) -> list[int]:
    """One email per person listing the actions just given to them (one per save); their ids.

    Recorded now and sent in sending hours: a notice made on a Saturday (or at 06:30) waits in
    the outbox for the next working day's send time (tracker.reminders.jobs.deliver)."""
    save_id = uuid.uuid4().hex
    ids = []
    for person, actions in assigned.items():
        if not person.email or not person.active or not actions:
            continue
        if rules.is_absent(person.absent_until, _local_day(now)):
            continue  # nothing while away: the digest after the absence lists the actions
        email = PlannedEmail(
            f"assignment:{person.id}:{save_id}",
            "assignment",
            person,
            "assignment",
            _l("Nye handlinger til dig"),
            {"actions": sorted(actions, key=_by_deadline)},
        )
        ids.append(record(email, now))
    return ids
