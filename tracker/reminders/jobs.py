"""Reminder jobs for the scheduler and the command line. Jobs commit; each email on its own."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from tracker import mail
from tracker.extensions import db
from tracker.mail import delivery
from tracker.models import utcnow

from . import batches, services

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


def sweep(kind: str = "all", at: datetime | None = None, dry_run: bool = False) -> SweepResult:
    """Put every email due at ``at`` in the outbox (one commit each), then send what is due.

    Planned, rendered and recorded one batch of people at a time (``REMINDER_BATCH``): after
    each batch the objects it loaded leave the session, so the sweep's memory is one batch's,
    whatever the number of people. The caller's own objects stay in the session.
    """
    at = at or utcnow()
    result = SweepResult()
    kept = set(db.session.identity_map.keys())
    for emails in services.plan_batches(kind, at):
        if dry_run:
            result.planned += [Planned(e.kind, e.person.email, e.key) for e in emails]
        for email in () if dry_run else emails:
            # Each email is committed in a transaction of its own (the job's transaction
            # boundary: on a connection of its own, so the planning session is left alone)
            # before any sending; None means another sweep (another process) recorded this key
            # first: it is theirs to send.
            if mail.record(email, at, commit=True) is None:
                result.skipped += 1
            else:
                result.made += 1
        batches.forget(db.session, kept)
    if dry_run:
        db.session.rollback()
        return result
    result.delivery = deliver(at)
    log.info("reminder sweep %s at %s: %d new, %s", kind, at, result.made, result.delivery)
    return result


def housekeeping(at: datetime | None = None) -> None:
    """Forget ended logins and old rate-limit counters (hourly)."""
    from tracker.auth import sessions, throttle

    at = at or utcnow()
    sessions.prune(at)
    throttle.prune(at)
    db.session.commit()


def deliver(at: datetime | None = None) -> dict:
    """Send every pending outbox row that is due, batch after batch."""
    at = at or utcnow()
    totals = {"sent": 0, "retry": 0, "failed": 0}
    while True:
        counts = delivery.deliver_pending(at)
        for key in totals:
            totals[key] += counts[key]
        if counts["sent"] + counts["failed"] + counts["retry"] < delivery.BATCH or (
            counts["sent"] == 0
        ):
            db.session.expire_all()  # the caller's objects reload with what was sent
            return totals
