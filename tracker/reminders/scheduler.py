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

from . import jobs
from .lock import SchedulerLease

log = logging.getLogger(__name__)


def _in_app(app: Flask, job, lease: SchedulerLease | None):
    def run():
        with app.app_context():
            try:
                if lease is None or lease.held():
                    job()
            except Exception:  # a failed run must not stop the scheduler; the next run retries
                log.exception("reminder job %s failed", job.__name__)
                db.session.rollback()

    run.__name__ = job.__name__
    return run


def build_scheduler(app: Flask, blocking: bool = False, lease: SchedulerLease | None = None):
    """Sweep for due reminders at start and every 15 minutes; send every minute.

    With a ``lease``, only the process holding it runs the jobs; a heartbeat keeps or takes it.
    """
    timezone = app.config["TRACKER_TIMEZONE"]
    scheduler = (BlockingScheduler if blocking else BackgroundScheduler)(timezone=timezone)
    options = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 600}
    # The sweep decides what is due (holidays, status rounds, deadlines), so it runs often;
    # each email's unique key makes repeated runs harmless.
    # With a lease, the heartbeat sweeps as soon as this process holds the lock; without one
    # (the single-process `tracker serve`), sweep right at start.
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

        def heartbeat():
            with app.app_context():
                try:
                    if lease.held() and lease.acquired_now:
                        jobs.sweep()  # taking over: do what the previous holder left undone
                except Exception:
                    log.exception("scheduler heartbeat failed")
                    db.session.rollback()

        scheduler.add_job(
            heartbeat, IntervalTrigger(seconds=seconds), id="heartbeat", next_run_time=utcnow()
        )
    return scheduler
