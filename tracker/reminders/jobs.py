"""Reminder jobs for the scheduler and the command line. Jobs commit; each email on its own."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from tracker.extensions import db
from tracker.models import utcnow

from . import delivery, services

log = logging.getLogger(__name__)


@dataclass
class SweepResult:
    created: list[str] = field(default_factory=list)
    skipped: int = 0  # made meanwhile by another run
    planned: list[services.PlannedEmail] = field(default_factory=list)
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
        try:
            services.enqueue(email, at)
            db.session.commit()
            result.created.append(email.key)
        except IntegrityError:
            # Another sweep (another process) recorded this key first: it is theirs to send.
            db.session.rollback()
            result.skipped += 1
    result.delivery = delivery.deliver_pending(at)
    log.info("reminder sweep %s at %s: %d new, %s", kind, at, len(result.created), result.delivery)
    return result


def deliver(at: datetime | None = None) -> dict:
    """Send pending outbox rows that are due (assignment notices, retries)."""
    return delivery.deliver_pending(at or utcnow())
