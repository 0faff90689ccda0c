"""The scheduler's jobs are defined in code, on cron triggers in the configured time zone."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import func, select, text

from tests.factories import make_action, make_person
from tracker.extensions import db
from tracker.models import OutboxMessage, SchedulerLock, utcnow
from tracker.scheduler import jobs
from tracker.scheduler.lock import ADVISORY_KEY, LOCK_NAME, SchedulerLease
from tracker.scheduler.runner import build_scheduler

CPH = ZoneInfo("Europe/Copenhagen")
TUESDAY_MORNING = datetime(2025, 3, 4, 9, 0, tzinfo=CPH)


def test_jobs_and_triggers(app):
    scheduler = build_scheduler(app)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"sweep", "deliver", "housekeeping"}
    for job in jobs.values():
        assert isinstance(job.trigger, CronTrigger)
        assert str(job.trigger.timezone) == "Europe/Copenhagen"
    assert str(jobs["sweep"].trigger) == "cron[minute='*/15']"


class KilledMidSweep(Exception):
    """The holder's process dies here (its lock then goes with it: expire())."""


def expire(lease: SchedulerLease) -> None:
    """The holder goes silent: on SQLite its lease runs out (the row's time is past); on
    PostgreSQL its process dies, which closes its connection and so frees the advisory lock."""
    if lease.postgres:
        lease._connection.invalidate()  # the DBAPI connection is closed, not returned to the pool
        wait_until_unlocked()
    else:
        row = db.session.get(SchedulerLock, LOCK_NAME)
        assert row is not None and row.owner == lease.owner
        row.expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()


def advisory_holders() -> list[int]:
    with db.engine.connect() as connection:
        return list(
            connection.execute(
                text(
                    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = :key"
                    " AND granted"
                ),
                {"key": ADVISORY_KEY},
            ).scalars()
        )


def wait_until_unlocked() -> None:
    """The server ends a closed connection's backend a moment after the client hangs up."""
    deadline = time.monotonic() + 10
    while advisory_holders():
        assert time.monotonic() < deadline, "PostgreSQL never freed the advisory lock"
        time.sleep(0.02)


def leases(n: int, lease_seconds: float = 60) -> list[SchedulerLease]:
    made = [SchedulerLease(db.engine, lease_seconds=lease_seconds) for _ in range(n)]
    for number, lease in enumerate(made):
        lease.owner = f"host-{number}:1"  # one process per scheduler in production
    return made


def release(*held: SchedulerLease) -> None:
    # On PostgreSQL the lock outlives the test on a pooled connection unless released.
    for lease in held:
        if lease._connection is not None and lease._connection.invalidated:
            lease._connection = None
        lease.release()


def test_a_heartbeat_takes_the_lock_sweeps_once_and_the_other_waits(app, monkeypatch):
    swept = []
    monkeypatch.setattr(jobs, "sweep", lambda *args, **kwargs: swept.append(args))
    first, second = leases(2)
    schedulers = {lease.owner: build_scheduler(app, lease=lease) for lease in (first, second)}
    heartbeat = schedulers[first.owner].get_job("heartbeat")
    assert {job.id for job in schedulers[first.owner].get_jobs()} == {
        "sweep",
        "deliver",
        "housekeeping",
        "heartbeat",
    }
    assert heartbeat.trigger.interval == timedelta(seconds=20), "renewed thrice per lease"
    beat = {owner: scheduler.get_job("heartbeat").func for owner, scheduler in schedulers.items()}
    try:
        beat[first.owner]()
        assert first.acquired_now and len(swept) == 1, "taking the lock sweeps what was left"
        beat[first.owner]()
        beat[second.owner]()
        assert len(swept) == 1, "keeping it does not sweep again, the other does nothing"
        assert not second.acquired_now and not second.held()
        expire(first)
        beat[second.owner]()
        assert second.acquired_now and len(swept) == 2, "the other took over and swept"
    finally:
        release(first, second)


def test_only_the_holder_runs_the_jobs(app, monkeypatch):
    ran = []
    for name in ("sweep", "deliver", "housekeeping"):
        monkeypatch.setattr(jobs, name, lambda *args, name=name: ran.append(name))
    first, second = leases(2)
    try:
        mine, theirs = (build_scheduler(app, lease=lease) for lease in (first, second))
        for job in ("sweep", "deliver", "housekeeping"):
            mine.get_job(job).func()
            theirs.get_job(job).func()
        assert ran == ["sweep", "deliver", "housekeeping"], "each once, by the holder"
    finally:
        release(first, second)


def test_only_one_lease_holder_until_it_expires_or_is_released(app):
    first, second, third = leases(3)
    try:
        assert first.held() and first.acquired_now
        assert first.held() and not first.acquired_now
        assert not second.held() and not third.held()
        expire(first)
        assert second.held() and second.acquired_now, "a silent holder loses the lock"
        assert not third.held()
        if not first.postgres:  # (on PostgreSQL a holder whose connection died is gone)
            assert not first.held(), "the old holder knows it lost the lock"
        second.release()
        assert third.held() and third.acquired_now, "a released lock is taken at once"
    finally:
        release(first, second, third)


def test_a_short_lease_runs_out_by_itself(app):
    """On SQLite the lease is time: not renewed within its seconds, another takes it."""
    if db.engine.dialect.name == "postgresql":
        pytest.skip("PostgreSQL holds an advisory lock for as long as the process lives")
    first, second = leases(2, lease_seconds=0.5)
    try:
        assert first.held() and not second.held()
        time.sleep(0.6)
        assert second.held() and second.acquired_now
    finally:
        release(first, second)


def test_a_holder_whose_connection_broke_knows_it_lost_the_lock(app):
    """The database restarts or kills the holder's connection: the lock is gone with it, so
    the holder must stop working rather than run beside the scheduler that takes over."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("the lease row on SQLite does not live on a connection")
    first, second = leases(2)
    try:
        assert first.held()
        (holder,) = advisory_holders()
        with db.engine.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": holder})
        wait_until_unlocked()
        assert second.held() and second.acquired_now
        assert not first.held(), "the old holder sees its connection and its lock are gone"
        assert not first.held(), "and keeps waiting while the other holds the lock"
        second.release()
        assert first.held() and first.acquired_now, "then takes it again on a new connection"
    finally:
        release(first, second)


def test_a_takeover_sends_at_once_the_digests_a_killed_sweep_left(app, smtp, monkeypatch):
    """The holder dies three digests into its sweep. The scheduler that takes over records and
    sends the other six at once, whichever of its jobs takes the lock (here the minute's
    delivery, before its heartbeat), rather than at its next quarter-hour sweep."""
    from tracker import mail

    people = [make_person(name=f"Chef {n}", email=f"chef{n}@example.org") for n in range(9)]
    for person in people:
        make_action(person, "Seminar")
    first, second = leases(2)
    dead, standby = (build_scheduler(app, lease=lease) for lease in (first, second))
    record = mail.record

    def killed_after_three(email, at, commit=False):
        if db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 3:
            raise KilledMidSweep
        return record(email, at, commit=commit)

    monkeypatch.setattr(mail, "record", killed_after_three)
    monkeypatch.setattr(jobs, "utcnow", lambda: TUESDAY_MORNING)  # sending hours, whatever today
    try:
        dead.get_job("sweep").func()
        assert sorted(db.session.scalars(select(OutboxMessage.state))) == ["pending"] * 3
        monkeypatch.setattr(mail, "record", record)
        expire(first)
        standby.get_job("deliver").func()
        standby.get_job("heartbeat").func()
        digests = [m for m in smtp.messages if str(m.message["Subject"]).startswith("Dine")]
        assert sorted(r for m in digests for r in m.recipients) == sorted(p.email for p in people)
    finally:
        release(first, second)


def test_a_catch_up_that_fails_is_tried_again_by_the_next_job(app, monkeypatch):
    swept, delivered = [], []

    def sweep(*args):
        swept.append(args)
        if len(swept) == 1:
            raise RuntimeError("the database was busy")

    monkeypatch.setattr(jobs, "sweep", sweep)
    monkeypatch.setattr(jobs, "deliver", lambda *args: delivered.append(args))
    (lease,) = leases(1)
    scheduler = build_scheduler(app, lease=lease)
    try:
        scheduler.get_job("heartbeat").func()  # takes the lock; its catch-up fails
        scheduler.get_job("deliver").func()  # catches up, then delivers
        scheduler.get_job("heartbeat").func()
        assert len(swept) == 2 and len(delivered) == 1
    finally:
        release(lease)
