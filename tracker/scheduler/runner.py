"""The APScheduler jobs, defined in code: cron triggers in the configured zone, in-memory store."""

from __future__ import annotations

import logging

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from flask import Flask

from tracker.extensions import db
from tracker.models import utcnow
from tracker.scheduler import jobs
from tracker.scheduler.lock import SchedulerLease

log = logging.getLogger(__name__)


def heartbeat() -> None:
    """Nothing of its own: asking for the lock (in ``_in_app``) keeps or takes it, every third
    of the lease, and a scheduler that has just taken it catches up there."""


def _catch_up(lease: SchedulerLease) -> bool:
    """Having just taken the lock, sweep at once: the previous holder may have died halfway
    through a sweep (or before the one due), and the next quarter-hour may be 15 minutes away.
    True when it swept."""
    if not lease.take_catch_up():
        return False
    try:
        jobs.sweep()
    except Exception:
        lease.owe_catch_up()  # the next job tries again
        raise
    return True


def _in_app(app: Flask, job, lease: SchedulerLease | None):
    def run():
        with app.app_context():
            try:
                if lease is None:
                    job()
                elif lease.held():
                    # Whichever job takes the lock (the heartbeat, or the minute's delivery
                    # before it) catches up first; a sweep just done needs no second run.
                    swept = _catch_up(lease)
                    if not (swept and job is jobs.sweep):
                        job()
            except Exception:  # a failed run must not stop the scheduler; the next run retries
                log.exception("reminder job %s failed", job.__name__)
                db.session.rollback()

    run.__name__ = job.__name__
    return run


def build_scheduler(app: Flask, blocking: bool = False, lease: SchedulerLease | None = None):
    """Sweep for due reminders at start and every 15 minutes; send every minute.

    With a ``lease``, only the process holding it runs the jobs; a heartbeat keeps or takes it,
    and the job that takes it sweeps first (``_catch_up``).
    """
    timezone = app.config["TRACKER_TIMEZONE"]
    scheduler = (BlockingScheduler if blocking else BackgroundScheduler)(timezone=timezone)
    options = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 600}
    # The sweep decides what is due (holidays, status rounds, deadlines), so it runs often;
    # each email's unique key makes repeated runs harmless.
    # With a lease, the first job to find the lock newly held sweeps (the heartbeat at start);
    # without one (the single-process `tracker serve`), sweep right at start.
    first_sweep = {} if lease is not None else {"next_run_time": utcnow()}
    scheduler.add_job(
        _in_app(app, jobs.sweep, lease),
        CronTrigger(minute="*/15", timezone=timezone),
        id="sweep",
        **first_sweep,
        **options,
    )
    scheduler.add_job(
        _in_app(app, jobs.deliver, lease),
        CronTrigger(minute="*", timezone=timezone),
        id="deliver",
        **options,
    )
    scheduler.add_job(
        _in_app(app, jobs.housekeeping, lease),
        CronTrigger(minute="7", timezone=timezone),
        id="housekeeping",
        **options,
    )
    if lease is not None:
        seconds = max(1, int(lease.lease.total_seconds() // 3))
        scheduler.add_job(
            _in_app(app, heartbeat, lease),
            IntervalTrigger(seconds=seconds),
            id="heartbeat",
            next_run_time=utcnow(),
        )
    return scheduler
