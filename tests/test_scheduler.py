"""The scheduler's jobs are defined in code, on cron triggers in the configured time zone."""

from __future__ import annotations

from apscheduler.triggers.cron import CronTrigger

from tracker.extensions import db
from tracker.reminders.lock import SchedulerLease
from tracker.reminders.scheduler import build_scheduler


def test_jobs_and_triggers(app):
    scheduler = build_scheduler(app)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"sweep", "deliver", "housekeeping"}
    for job in jobs.values():
        assert isinstance(job.trigger, CronTrigger)
        assert str(job.trigger.timezone) == "Europe/Copenhagen"
    assert str(jobs["sweep"].trigger) == "cron[minute='*/15']"


def test_with_a_lease_a_heartbeat_keeps_or_takes_the_lock(app):
    lease = SchedulerLease(db.engine, lease_seconds=3)
    scheduler = build_scheduler(app, lease=lease)
    assert {job.id for job in scheduler.get_jobs()} == {
        "sweep",
        "deliver",
        "housekeeping",
        "heartbeat",
    }


def test_only_one_lease_holder_until_it_expires_or_is_released(app):
    first = SchedulerLease(db.engine, lease_seconds=60)
    second = SchedulerLease(db.engine, lease_seconds=60)
    second.owner = "other-host:1"
    try:
        assert first.held() and first.acquired_now
        assert first.held() and not first.acquired_now
        assert not second.held()
        first.release()
        assert second.held()
    finally:
        # On PostgreSQL the lock outlives the test on a pooled connection unless released.
        first.release()
        second.release()
