"""Delivery in parallel: several processes send the outbox, sharing nothing but the database.

On PostgreSQL each worker claims a few due rows at a time with ``FOR UPDATE SKIP LOCKED``: the
rows another worker is claiming are skipped, not waited for, and a claimed row is ``sending``
(committed) before it is sent, so no two workers ever hold the same row. Each worker has its
own SMTP connection. The workers may run on one machine (``tracker reminders deliver --workers
N`` forks them) or on several (start the command on each). A worker that dies leaves its claimed
rows ``sending``; they are released after delivery.STALE_CLAIM and sent then, as with one run:
only the email in flight at the crash can go out twice.

SQLite has no row locks: there one process sends (delivery.deliver_pending).
"""

from __future__ import annotations

import logging
import multiprocessing
from datetime import datetime

from flask import Flask, current_app
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tracker.extensions import db
from tracker.models import MailServerState, OutboxMessage

from . import delivery

log = logging.getLogger(__name__)
CLAIM_BATCH = 10  # rows a worker takes at a time: small, so the workers share the queue evenly


def parallel_supported() -> bool:
    """True when the database can hand rows to several workers (row locks, SKIP LOCKED)."""
    return db.engine.dialect.name == "postgresql"


def claim_batch(session: Session, now: datetime, size: int = CLAIM_BATCH, kinds=None) -> list[int]:
    """Take up to ``size`` due rows (of ``kinds`` only, when given) no other worker is taking;
    committed as ``sending``."""
    due = (
        select(OutboxMessage.id)
        .where(delivery.due(now, kinds))
        .order_by(OutboxMessage.id)
        .limit(size)
        .with_for_update(skip_locked=True)
        .cte("due")  # run once: as "IN (subquery)" PostgreSQL may run it again, past the limit
    )
    claimed = session.scalars(
        update(OutboxMessage)
        .where(OutboxMessage.id == due.c.id, OutboxMessage.state == "pending")
        .values(state="sending", claimed_at=now)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    ).all()
    session.commit()
    return sorted(claimed)


def _unclaim_all(session: Session, ids: list[int]) -> None:
    if ids:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.state == "sending")
            .values(state="pending", claimed_at=None)
            .execution_options(synchronize_session=False)
        )
        session.commit()


def deliver_worker(now: datetime, kinds=None) -> dict[str, int]:
    """One worker: claim a batch (of ``kinds`` only, when given), send it over this worker's
    connection, until nothing is due."""
    counts = {"sent": 0, "retry": 0, "failed": 0}
    if not delivery.mail_configured():
        return counts
    with Session(db.engine) as session:
        delivery.release_stale_claims(session, now)
        state = session.get(MailServerState, delivery.SERVER)
        if state is not None and state.next_try_at is not None and state.next_try_at > now:
            return counts  # the server failed a moment ago: everything waits for its next try
        connection, answered, ids = None, False, []
        try:
            while ids := claim_batch(session, now, kinds=kinds):
                while ids:
                    if connection is None:
                        connection = delivery._connect()
                    counts[delivery.attempt(session, connection, ids[0], now)] += 1
                    ids.pop(0)
                    if not answered:
                        answered = True
                        delivery._server_ok(session)
                    if delivery.hung_up(connection):
                        connection = None  # the server hung up: a new connection for the next
        except delivery.ServerFailure as failure:
            _unclaim_all(session, ids)
            delivery._server_failed(session, now, failure)
            connection = delivery._close(connection, polite=False)
        finally:
            _unclaim_all(session, ids)  # an unexpected error: the rest waits for the next run
            delivery._close(connection)
    return counts


def _child(app: Flask, now: datetime, results, kinds=None) -> None:
    with app.app_context():
        db.engine.dispose(close=False)  # the parent's pooled connections stay the parent's
        results.put(deliver_worker(now, kinds))


def deliver_parallel(now: datetime, workers: int, kinds=None) -> dict[str, int]:
    """Send what is due (of ``kinds`` only, when given) with ``workers`` forked processes
    (PostgreSQL); the counts summed."""
    if workers <= 1 or not parallel_supported():
        return deliver_worker(now, kinds)
    app = current_app._get_current_object()
    db.engine.dispose()  # no open connection crosses the fork
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    processes = [
        context.Process(target=_child, args=(app, now, results, kinds), name=f"deliver-{n + 1}")
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    total = {"sent": 0, "retry": 0, "failed": 0}
    for process in processes:
        if process.exitcode != 0:
            log.warning("delivery worker %s ended with %s", process.name, process.exitcode)
    for _ in range(sum(1 for process in processes if process.exitcode == 0)):
        for key, value in results.get(timeout=10).items():  # a few bytes each: in the pipe
            total[key] += value
    return total
