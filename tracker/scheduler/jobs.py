"""Reminder jobs for the scheduler and the command line. Jobs commit; each email on its own."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app

from tracker import mail
from tracker.extensions import db
from tracker.mail import delivery
from tracker.mail.hours import kinds_to_send, sending_resumes
from tracker.models import utcnow
from tracker.reminders import services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Planned:
    """What a dry run would make: the email's kind, address and key (no rendered content)."""

    kind: str
    to: str | None
    key: str


@dataclass
class SweepResult:
    made: int = 0  # new emails in the outbox
    skipped: int = 0  # made meanwhile by another run
    planned: list[Planned] = field(default_factory=list)  # a dry run's
    delivery: dict = field(default_factory=dict)
    held_until: datetime | None = None  # outside sending hours: when the work is done instead


def sweep(kind: str = "all", at: datetime | None = None, dry_run: bool = False) -> SweepResult:
    """Put every email due at ``at`` in the outbox (one commit each), then send what is due.

    Planned, rendered and recorded one batch of people at a time (``REMINDER_BATCH``), each
    batch in an app context of its own and so in a session of its own, closed when the batch
    is recorded: the sweep holds one batch, whatever the number of people, and the caller's
    session is left alone. Outside sending hours it makes nothing (``held_until`` says when).
    """
    at = at or utcnow()
    result = SweepResult(held_until=sending_resumes(at))
    app = current_app._get_current_object()
    planned = services.plan_batches(kind, at)
    while True:
        with app.app_context():
            emails = next(planned, None)
            if emails is None:
                break
            _record_batch(emails, at, result, dry_run)
            log.debug(
                "reminder sweep batch: %d emails, %d objects in its session",
                len(emails),
                len(db.session.identity_map),
            )
            del emails  # let go before the session closes: nothing of the batch outlives it
    if dry_run:
        db.session.rollback()
        return result
    result.delivery = deliver(at)
    log.info("reminder sweep %s at %s: %d new, %s", kind, at, result.made, result.delivery)
    return result


def _record_batch(emails, at: datetime, result: SweepResult, dry_run: bool) -> None:
    if dry_run:
        result.planned += [Planned(e.kind, e.person.email, e.key) for e in emails]
        return
    # The batch's emails are recorded, and so sent, in order: the first to a person never
    # mailed before introduces the tracker (one query for the batch; the earlier batches and
    # planners are recorded already).
    mail.decide_introductions(emails)
    for email in emails:
        # Each email is committed in a transaction of its own (the job's transaction boundary,
        # on a connection of its own: the planning session only reads) before any sending;
        # None means another sweep (another process) recorded this key first: theirs to send.
        if mail.record(email, at, commit=True) is None:
            result.skipped += 1
        else:
            result.made += 1


def housekeeping(at: datetime | None = None) -> None:
    """Forget ended logins, old rate-limit counters, old kept forms and import drafts (hourly)."""
    from tracker import retention
    from tracker.auth import sessions, throttle

    at = at or utcnow()
    sessions.prune(at)
    throttle.prune(at)
    retention.prune_kept_forms(at)
    retention.prune_import_drafts(at)
    db.session.commit()


def deliver(at: datetime | None = None) -> dict:
    """Send every pending outbox row that is due, batch after batch; outside sending hours only
    password resets (:func:`kinds_to_send`)."""
    at = at or utcnow()
    kinds = kinds_to_send(at)
    totals = {"sent": 0, "retry": 0, "failed": 0}
    while True:
        counts = delivery.deliver_pending(at, kinds=kinds)
        for key in totals:
            totals[key] += counts[key]
        if counts["sent"] + counts["failed"] + counts["retry"] < delivery.BATCH or (
            counts["sent"] == 0
        ):
            db.session.expire_all()  # the caller's objects reload with what was sent
            return totals
