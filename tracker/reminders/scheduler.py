"""The APScheduler jobs, defined in code: cron triggers in the configured zone, in-memory store."""

from __future__ import annotations

import logging

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from flask import Flask

from . import jobs

log = logging.getLogger(__name__)


def _in_app(app: Flask, job):
    def run():
        with app.app_context():
            try:
                job()
            except Exception:  # a failed run must not stop the scheduler; the next run retries
                log.exception("reminder job %s failed", job.__name__)

    run.__name__ = job.__name__
    return run


def build_scheduler(app: Flask, blocking: bool = False):
    """A scheduler that sweeps for due reminders every 15 minutes and sends every minute."""
    timezone = app.config["TRACKER_TIMEZONE"]
    scheduler = (BlockingScheduler if blocking else BackgroundScheduler)(timezone=timezone)
    options = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 600}
    # The sweep decides what is due (holidays, status rounds, deadlines), so it runs often;
    # each email's unique key makes repeated runs harmless.
    scheduler.add_job(
        _in_app(app, jobs.sweep),
        CronTrigger(minute="*/15", timezone=timezone),
        id="sweep",
        **options,
    )
    scheduler.add_job(
        _in_app(app, jobs.deliver),
        CronTrigger(minute="*", timezone=timezone),
        id="deliver",
        **options,
    )
    return scheduler
