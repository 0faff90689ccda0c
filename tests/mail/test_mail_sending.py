"""Flask-Mail sends the outbox, with its two gaps closed (tracker.extensions.TimedConnection,
tracker.mail.sending.OutboxMail): a silent server times out, and no line of a sent message is
over SMTP's 998 characters, whatever the email holds. Its ``email_dispatched`` signal is sent
for each email that went out."""

from __future__ import annotations

import smtplib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import ALLOWED_SMTP_PORTS
from tests.factories import make_action
from tests.smtp import SilentServer
from tracker import mail as outbox
from tracker.extensions import db, mail
from tracker.models import OutboxMessage
from tracker.scheduler.jobs import deliver

MONDAY = datetime(2025, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
SMTP_LINE_LIMIT = 998  # characters, without the CRLF (RFC 5321 4.5.3.1.6)


def planned(person, key="sending:1") -> outbox.PlannedEmail:
    actions = [make_action(person, "Budgettemadag")]
    return outbox.PlannedEmail(
        key, "assignment", person, "assignment", "Emne", {"actions": actions}
    )


def test_a_server_that_accepts_and_never_answers_times_out(app):
    with SilentServer() as silent:
        ALLOWED_SMTP_PORTS.add(silent.port)
        try:
            app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=silent.port, MAIL_TIMEOUT=0.3)
            with pytest.raises(smtplib.SMTPServerDisconnected, match="timed out"):
                mail.connect().open()  # Flask-Mail's own Connection would wait for ever
        finally:
            ALLOWED_SMTP_PORTS.discard(silent.port)


def test_every_command_waits_at_most_the_configured_timeout(app, smtp):
    app.config.update(MAIL_TIMEOUT=1.5)
    connection = mail.connect().open()
    try:
        assert connection.host.sock.gettimeout() == 1.5
    finally:
        connection.host.quit()


def test_a_5000_character_note_goes_out_in_lines_smtp_accepts(app, member, smtp):
    note = ("Økonomiudvalget bad om en ny plan for året, æøå ÆØÅ – " * 100)[:5000]
    row = db.session.get(OutboxMessage, outbox.record(planned(member), MONDAY))
    row.body_text += f"\n{note}\n"
    row.body_html += f"<p>{note}</p>"
    db.session.commit()
    assert deliver(MONDAY) == {"sent": 1, "retry": 0, "failed": 0}
    (received,) = smtp.messages
    lines = received.raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= SMTP_LINE_LIMIT
    text, html = (part.get_content() for part in received.message.iter_parts())
    assert note in text and note in html, "the note arrives whole"


def test_flask_mails_signal_announces_each_email_sent(app, member, smtp):
    outbox.record(planned(member, "sending:1"), MONDAY)
    outbox.record(planned(member, "sending:2"), MONDAY)
    db.session.commit()
    smtp.refuse[member.email] = "550 5.1.1 no such user"  # refused: not dispatched
    with mail.record_messages() as dispatched:
        deliver(MONDAY)
    assert dispatched == []
    smtp.refuse.clear()
    db.session.query(OutboxMessage).update({"state": "pending"})
    db.session.commit()
    with mail.record_messages() as dispatched:
        assert deliver(MONDAY)["sent"] == 2
    assert [m.recipients for m in dispatched] == [[member.email], [member.email]]
    assert [m.as_bytes() for m in dispatched] == [r.raw for r in smtp.messages]
