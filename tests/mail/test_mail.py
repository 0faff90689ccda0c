"""tracker.mail: the one write path into the outbox, and the personal tokens it signs."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from config import ConfigError, load_config
from tests.factories import make_action, make_person
from tracker import mail, tokens
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.scheduler.jobs import sweep

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2025, 3, 3, 7, 0, tzinfo=CPH)


def planned(person, key="test:1") -> mail.PlannedEmail:
    actions = [make_action(person, "Budgettemadag")]
    return mail.PlannedEmail(key, "assignment", person, "assignment", "Emne", {"actions": actions})


def committed_count() -> int:
    """Outbox rows as another process sees them: committed ones only."""
    with db.engine.connect() as other:
        return other.execute(text("SELECT count(*) FROM outbox_message")).scalar_one()


def test_a_request_records_in_its_own_transaction(app, member):
    row_id = mail.record(planned(member), MONDAY)
    assert db.session.get(OutboxMessage, row_id).key == "test:1"
    assert committed_count() == 0, "nothing is committed behind the request's back"
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    mail.queue_assignment_notices({member: [make_action(member)]}, MONDAY)
    db.session.commit()
    assert committed_count() == 1


def test_the_sweep_commits_each_email_and_skips_a_key_recorded_by_another_process(app, member):
    first = mail.record(planned(member), MONDAY, commit=True)
    assert first is not None and committed_count() == 1, "committed before anything is sent"
    assert mail.record(planned(member), MONDAY, commit=True) is None
    assert committed_count() == 1
    row = db.session.get(OutboxMessage, first)  # the caller's session is still usable
    assert (row.state, row.attempts, row.next_attempt_at) == ("pending", 0, MONDAY)
    assert "/e/@@checkin:" in row.body_text, "links are stored as placeholders"


def test_the_preview_is_the_digest_the_sweep_would_record(app, member):
    make_action(member, "Budgettemadag", words="den 10. marts 2025")
    result = app.test_cli_runner().invoke(
        args=["reminders", "preview", "--person", member.email, "--at", "2025-03-03T08:00"]
    )
    assert result.exit_code == 0, result.output
    sweep("weekly", MONDAY + timedelta(hours=1))  # no mail server: the digest stays in the outbox
    row = db.session.scalar(select(OutboxMessage))
    assert row.subject == "Dine handlinger – uge 10"
    assert f"Emne: {row.subject}\n" in result.output
    assert mail.masked(row.body_text) in result.output, "the first digest, introduction and all"
    assert "Det er første gang" in result.output and "[personligt link]" in result.output


def test_tokens_verify_for_their_own_purpose_person_and_password_only(app):
    person = make_person(name="Chef", email="chef@example.org")
    login, reset = tokens.sign_login(person), tokens.sign_reset(person)
    assert tokens.read_login(login, 60) is person and tokens.read_reset(reset, 60) is person
    assert tokens.read_login(reset, 60) is None and tokens.read_reset(login, 60) is None
    assert tokens.read_login(login, -1) is None, "expired"
    assert tokens.read_login(login[:-2] + "xx", 60) is None, "tampered"
    assert tokens.read_login("not-a-token", 60) is None
    person.auth_version += 1  # a new password
    db.session.commit()
    assert tokens.read_login(login, 60) is None and tokens.read_reset(reset, 60) is None
    person.active = False
    db.session.commit()
    assert tokens.read_login(tokens.sign_login(person), 60) is None


def test_tokens_are_signed_as_before_so_older_links_still_open(app):
    """Same salts and payload as the links sent before tracker.tokens existed."""
    from itsdangerous import URLSafeTimedSerializer

    person = make_person(name="Chef", email="chef@example.org")
    secret = app.config["SECRET_KEY"]
    payload = {"p": person.id, "v": person.auth_version}
    old_login = URLSafeTimedSerializer(secret, salt="email-login").dumps(payload)
    old_reset = URLSafeTimedSerializer(secret, salt="password-reset").dumps(payload)
    assert tokens.read_login(old_login, 60) is person
    assert tokens.read_reset(old_reset, 60) is person
    assert URLSafeTimedSerializer(secret, salt="email-login").loads(tokens.sign_login(person)) == (
        payload
    )


def test_the_sender_has_a_name_people_know_by_default(tmp_path, monkeypatch):
    def sender(value=None):
        if value is None:
            monkeypatch.delenv("MAIL_DEFAULT_SENDER", raising=False)
        else:
            monkeypatch.setenv("MAIL_DEFAULT_SENDER", value)
        return load_config({"INSTANCE_DIR": str(tmp_path)})["MAIL_DEFAULT_SENDER"]

    assert sender() == "Lederforum – opfølgning <tracker@localhost>"
    assert sender("tracker@kommune.dk") == "Lederforum – opfølgning <tracker@kommune.dk>"
    assert sender("Sekretariatet <sek@kommune.dk>") == "Sekretariatet <sek@kommune.dk>"
    with pytest.raises(ConfigError, match="MAIL_DEFAULT_SENDER"):
        sender("sekretariatet")
