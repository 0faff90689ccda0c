"""Delivery in parallel: workers claim outbox rows with SKIP LOCKED, each over its own connection,
and no email is sent twice (PostgreSQL); on SQLite one process sends."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tests import processes as forked
from tests.security.test_security_processes import environment
from tests.smtp import Handler, SMTPServer
from tracker.extensions import db
from tracker.mail import workers
from tracker.models import OutboxMessage

NOW = datetime(2025, 3, 3, 6, 0, tzinfo=UTC)


def queue(n: int) -> list[str]:
    """``n`` pending emails, due now; their addresses."""
    addresses = [f"chef{i}@example.org" for i in range(n)]
    db.session.add_all(
        OutboxMessage(
            key=f"test:{address}",
            kind="weekly",
            to_address=address,
            subject="Dine handlinger",
            body_text="Hej",
            body_html="<p>Hej</p>",
            message_id=f"<{i}@tracker.test>",
            next_attempt_at=NOW - timedelta(minutes=1),
        )
        for i, address in enumerate(addresses)
    )
    db.session.commit()
    return addresses


def postgresql_only():
    if db.engine.dialect.name != "postgresql":
        pytest.skip("parallel delivery needs PostgreSQL (SKIP LOCKED)")


class SlowHandler(Handler):
    """Takes 20 ms per message like a real relay, without holding up the other connections."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.02)
        return await super().handle_DATA(server, session, envelope)


def deliver(app, tmp_path, port, *args):
    env = environment(app, tmp_path, MAIL_SERVER="127.0.0.1", MAIL_PORT=str(port))
    command = [sys.executable, "-m", "tracker.cli", "reminders", "deliver", "--at", NOW.isoformat()]
    return forked.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_four_workers_send_every_email_once_each_over_its_own_connection(app, tmp_path):
    postgresql_only()
    addresses = queue(120)
    server = SMTPServer()
    server.handler = server.controller.handler = SlowHandler()
    with server:
        result = deliver(app, tmp_path, server.port, "--workers", "4")
    assert result.returncode == 0, result.stderr
    assert "Sendt: 120, prøves igen senere: 0, fejlet: 0 (4 processer" in result.stdout
    received = Counter(r for m in server.handler.messages for r in m.recipients)
    assert set(received) == set(addresses) and set(received.values()) == {1}, "each once"
    assert server.handler.connections >= 2, result.stdout + result.stderr
    db.session.expire_all()
    assert set(db.session.scalars(select(OutboxMessage.state))) == {"sent"}


def test_a_claim_skips_rows_another_worker_is_claiming(app):
    postgresql_only()
    queue(25)
    with Session(db.engine) as other:
        locked = other.scalars(
            select(OutboxMessage.id).order_by(OutboxMessage.id).limit(10).with_for_update()
        ).all()
        with Session(db.engine) as session:
            session.execute(text("SET lock_timeout = '2s'"))  # waiting would fail the test
            first = workers.claim_batch(session, NOW)
            second = workers.claim_batch(session, NOW)
        other.rollback()
    rest = sorted(set(db.session.scalars(select(OutboxMessage.id))) - set(locked))
    assert first == rest[: workers.CLAIM_BATCH] and second == rest[workers.CLAIM_BATCH :]
    states = Counter(db.session.scalars(select(OutboxMessage.state)))
    assert states == {"sending": 15, "pending": 10}, "the locked ones untouched"


def test_a_refusing_server_leaves_every_claimed_email_pending(app, tmp_path):
    postgresql_only()
    from tests.smtp import GreetingRefuser

    queue(15)
    with GreetingRefuser() as refuser:
        result = deliver(app, tmp_path, refuser.port, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "Mailserveren tager ikke imod e-mails" in result.stderr
    db.session.expire_all()
    assert set(db.session.scalars(select(OutboxMessage.state))) == {"pending"}


def test_on_sqlite_one_process_sends_and_says_so(app, tmp_path, smtp):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the SQLite fallback")
    addresses = queue(5)
    result = deliver(app, tmp_path, app.config["MAIL_PORT"], "--workers", "3")
    assert result.returncode == 0, result.stderr
    assert "Flere processer kræver PostgreSQL; på SQLite sender én proces." in result.stderr
    assert "Sendt: 5" in result.stdout and "(1 proces," in result.stdout
    assert sorted(r for m in smtp.messages for r in m.recipients) == sorted(addresses)


@pytest.mark.parametrize("value", ["0", "abc", "-2", "33", "²"])
def test_a_bad_number_of_workers_is_refused_in_danish(app, value):
    # The refusal is Click's, before anything starts: in this process (the command's own
    # process is started once, below).
    command = ["reminders", "deliver", "--at", NOW.isoformat(), "--workers", value]
    result = app.test_cli_runner().invoke(args=command)
    assert result.exit_code == 2 and "er ikke et antal processer fra 1 til 32" in result.stderr


def test_a_bad_number_of_workers_is_refused_by_the_command_itself(app, tmp_path):
    result = deliver(app, tmp_path, 25, "--workers", "²")
    assert result.returncode == 2 and "'²' er ikke et antal processer fra 1 til 32" in result.stderr


def test_without_a_mail_server_nothing_is_sent(app):
    queue(2)
    app.config["MAIL_SERVER"] = ""  # (the smtp_guard fails any connection as well)
    result = app.test_cli_runner().invoke(args=["reminders", "deliver"])
    assert result.exit_code == 0 and "Ingen MAIL_SERVER" in result.stdout
    db.session.expire_all()
    assert set(db.session.scalars(select(OutboxMessage.state))) == {"pending"}
