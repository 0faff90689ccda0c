"""Reminder jobs for the scheduler and the command line. Jobs commit; each email on its own."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from tracker import mail
from tracker.extensions import db
from tracker.mail import delivery
from tracker.models import utcnow

from . import services

log = logging.getLogger(__name__)


@dataclass
class SweepResult:
    created: list[str] = field(default_factory=list)
    skipped: int = 0  # made meanwhile by another run
    planned: list[mail.PlannedEmail] = field(default_factory=list)
    delivery: dict = field(default_factory=dict)


def sweep(kind: str = "all", at: datetime | None = None, dry_run: bool = False) -> SweepResult:
    """Put every email due at ``at`` in the outbox (one commit each), then send what is due."""
    at = at or utcnow()
    result = SweepResult()
    planned = services.plan(kind, at)
    if dry_run:
        result.planned = planned
        db.session.rollback()
        return result
    for email in planned:
        # Each email is committed in a transaction of its own before any sending; None means
        # another sweep (another process) recorded this key first: it is theirs to send.
        if mail.record(email, at, commit=True) is None:
            result.skipped += 1
        else:
            result.created.append(email.key)
    result.delivery = deliver(at)
    log.info("reminder sweep %s at %s: %d new, %s", kind, at, len(result.created), result.delivery)
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
