"""``tracker reminders``: the demo's Monday digest, parallel runs, dry runs and previews."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import func, select

from tests import processes as forked
from tests.factories import make_action, make_person
from tracker.demo.services import LOGINS
from tracker.extensions import db
from tracker.models import Action, OutboxMessage, Person


def run(app, *args):
    return app.test_cli_runner().invoke(args=["reminders", *args])


def test_demo_monday_digest_exactly_one_per_owner_then_nothing(app, smtp):
    assert app.test_cli_runner().invoke(args=["demo", "--dates-as-written"]).exit_code == 0
    first = run(app, "run", "--kind", "weekly", "--at", "2025-03-03T07:00")
    assert first.exit_code == 0, first.output
    owners = set()
    for action in db.session.scalars(
        select(Action).where(Action.status.in_(["not_started", "in_progress"]))
    ):
        owners |= {p.email for p in [action.owner, *action.co_owners] if p and p.email}
    received = sorted(r for m in smtp.messages for r in m.recipients)
    assert received == sorted(owners) and len(received) >= 3
    assert {login.email for login in LOGINS if login.role == "member"} <= owners
    again = run(app, "run", "--kind", "weekly", "--at", "2025-03-03T07:00")
    assert again.exit_code == 0 and "0 nye e-mails" in again.output
    assert len(smtp.messages) == len(received)


def test_dry_run_saves_and_sends_nothing(app, smtp):
    person = make_person(name="Chef", email="chef@example.org")
    make_action(person, words="marts 2025")
    result = run(app, "run", "--kind", "all", "--at", "2025-03-03T07:00", "--dry-run")
    assert result.exit_code == 0 and "weekly\tchef@example.org" in result.output
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    assert smtp.messages == []


def test_a_run_says_when_the_mail_server_refuses(app, smtp):
    smtp.mail_from_answer = "530 5.7.0 Authentication required"
    make_action(make_person(name="Chef", email="chef@example.org"), words="marts 2025")
    result = app.test_cli_runner().invoke(
        args=["reminders", "run", "--kind", "weekly", "--at", "2025-03-03T07:00"]
    )
    assert result.exit_code == 0
    assert "Mailserveren tager ikke imod e-mails: 530 5.7.0" in result.stderr
    assert "Alle e-mails venter" in result.stderr


def test_bad_moment_is_refused(app):
    result = run(app, "run", "--at", "mandag")
    assert result.exit_code == 2 and "2025-03-03T07:00" in result.output


def test_preview_shows_the_digest(app):
    person = make_person(name="Chef", email="chef@example.org")
    make_action(person, "Budgettemadag", words="den 27. marts 2025")
    result = run(app, "preview", "--person", "chef@example.org", "--at", "2025-03-20T08:00")
    assert (
        result.exit_code == 0
        and "Budgettemadag" in result.output
        and "Frist inden for 14 dage" in result.output
    )
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    unknown = run(app, "preview", "--person", "nobody@example.org")
    assert unknown.exit_code != 0 and "Ingen person" in unknown.output


def test_three_sweeps_at_once_in_three_processes_send_each_email_once(app, smtp, tmp_path):
    people = [make_person(name=f"Chef {n}", email=f"chef{n}@example.org") for n in range(12)]
    for person in people:
        make_action(person, words="marts 2025")
    db.session.commit()
    env = {
        **os.environ,
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "SECRET_KEY": app.config["SECRET_KEY"],
        "TRACKER_INSTANCE_DIR": str(tmp_path),
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(app.config["MAIL_PORT"]),
        "TRACKER_BASE_URL": "http://tracker.test",
    }
    command = [
        sys.executable,
        "-m",
        "tracker.cli",
        "reminders",
        "run",
        "--kind",
        "weekly",
        "--at",
        "2025-03-03T07:00",
    ]
    processes = [
        forked.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0].decode() for p in processes]
    assert all(p.returncode == 0 for p in processes), outputs
    received = sorted(r for m in smtp.messages for r in m.recipients)
    assert received == sorted(p.email for p in db.session.scalars(select(Person)))
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 12
