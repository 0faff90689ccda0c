"""README "Drift": gunicorn with two workers and two schedulers; one digest per owner; takeover."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

from sqlalchemy import select

from tests import processes as forked
from tests.smtp import free_port
from tracker.extensions import db
from tracker.models import Action


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def holders(logs) -> list[int]:
    """The schedulers whose last word about the lock is that they hold it.

    On a busy machine a heartbeat can come too late for the short lease of this test, and the
    other scheduler takes over (the holder then says it lost the lock): a handover, not two
    holders. What may never happen is two holding at once, or an owner getting two digests.
    """
    held = []
    for i, path in enumerate(logs):
        said = [line for line in path.read_text().splitlines() if " the lock" in line]
        if said and said[-1].endswith("holds the lock"):
            held.append(i)
    return held


def test_two_workers_two_schedulers_one_digest_per_owner(app, smtp, tmp_path):
    assert app.test_cli_runner().invoke(args=["demo", "--dates-as-written"]).exit_code == 0
    owners = set()
    for action in db.session.scalars(
        select(Action).where(Action.status.in_(["not_started", "in_progress"]))
    ):
        owners |= {p.email for p in [action.owner, *action.co_owners] if p and p.email}
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "SECRET_KEY": app.config["SECRET_KEY"],
        "TRACKER_INSTANCE_DIR": str(tmp_path),
        "TRACKER_BASE_URL": f"http://127.0.0.1:{port}",
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(app.config["MAIL_PORT"]),
        "SCHEDULER_LEASE_SECONDS": "3",
        "PYTHONUNBUFFERED": "1",  # a scheduler's first line ("... kører") is in its log at once
    }
    logs = [tmp_path / f"scheduler{n}.log" for n in range(2)]
    processes = [
        forked.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                "python:tracker.gunicorn_conf",  # as scripts/serve.sh serves
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "tracker:create_app()",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    schedulers = []
    for log in logs:
        with log.open("w") as out:
            schedulers.append(
                forked.Popen(
                    # `tracker scheduler` on a working day: mail goes out in sending hours only.
                    [sys.executable, "-m", "tests.clock_scheduler"],
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            )
    processes += schedulers
    try:

        def healthy():
            try:
                return (
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).status
                    == 200
                )
            except OSError:
                return False

        wait_for(healthy, 30, "gunicorn")
        login = urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5).read().decode()
        assert "Log ind" in login

        def digests():
            return [
                m for m in smtp.messages if str(m.message["Subject"]).startswith("Dine handlinger")
            ]

        try:
            wait_for(lambda: len(digests()) >= len(owners), 60, "the weekly digests")
        except AssertionError as error:
            logs_text = [log.read_text() for log in logs]
            raise AssertionError(f"{error}; schedulers said: {logs_text}") from error
        wait_for(lambda: all("kører" in log.read_text() for log in logs), 30, "both schedulers")
        # Nothing more may arrive, from a second holder's sweep either: checked now and again at
        # the end, after the lease has run out and the other scheduler has swept as holder.
        recipients = sorted(r for m in digests() for r in m.recipients)
        assert recipients == sorted(owners)
        # (During a handover the old holder says it lost the lock at its next heartbeat.)
        try:
            wait_for(lambda: len(holders(logs)) == 1, 10, "one scheduler holding the lock")
        except AssertionError as error:
            raise AssertionError([log.read_text() for log in logs]) from error
        (holder,) = holders(logs)
        schedulers[holder].kill()
        other = 1 - holder
        wait_for(lambda: other in holders(logs), 30, "the other scheduler to take over")
        assert sorted(r for m in digests() for r in m.recipients) == sorted(owners), "no resend"
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
