"""Sending the outbox over SMTP: one connection per run, nothing lost, nothing sent twice.

A row is claimed (pending -> sending) in its own committed UPDATE before it is sent, so parallel
runs never send the same row, and its outcome is committed right after the server's answer.
Trouble with the server itself (greeting, TLS, AUTH, MAIL FROM, the network) keeps every email
pending, backs off and shows the admin a banner; only an answer about one email (RCPT, or DATA
for that message) counts against that email: 4xx is retried with backoff, 5xx fails it. A row
claimed by a run that died is released after a while and sent again: at most one email per crash
can go out twice, with the same Message-ID.

Flask-Mail sends (:mod:`tracker.mail.sending`): its connection, opened with ``MAIL_TIMEOUT``
(tracker.extensions.TimedConnection), and each row as its message (sending.OutboxMail). MAIL,
RCPT and DATA go one by one to that connection's smtplib host, ``connection.host``: Flask-Mail's
``send`` does them in one ``sendmail``, and could not tell the server's trouble from an email's.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from tracker.extensions import TimedConnection, db, mail
from tracker.models import MailServerState, OutboxMessage

from .render import envelope_sender
from .sending import OutboxMail, dispatched

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
STALE_CLAIM = timedelta(minutes=15)
BATCH = 500
SERVER = "smtp"
NOT_ADDRESSED = (
    "Adressen er ikke længere modtagerens (ændret, lagt sammen eller deaktiveret); "
    "e-mailen sendes ikke."
)


class TemporaryFailure(Exception):
    """Try this email again later (4xx about it, or the connection dropped while sending it)."""


class PermanentFailure(Exception):
    """Do not try this email again (5xx about its recipient or its content)."""


class ServerFailure(Exception):
    """The server or the way to it is at fault, not one email: every email waits."""


def backoff(attempts: int) -> timedelta:
    """Wait 2, 4, 8 ... minutes between attempts, at most six hours."""
    return timedelta(minutes=min(2**attempts, 360))


def server_backoff(failures: int) -> timedelta:
    """Between tries of a failing server: 1, 2, 4 ... minutes, at most 15, so mail goes out soon
    after it is back."""
    return timedelta(minutes=min(2 ** max(failures - 1, 0), 15))


def mail_configured() -> bool:
    """True when a mail server is configured; otherwise mail stays in the outbox."""
    return bool(current_app.config.get("MAIL_SERVER"))


def server_trouble(session=None) -> MailServerState | None:
    """The mail server's current trouble, for the admin's banner; None when all is well."""
    state = (session or db.session).get(MailServerState, SERVER)
    return state if state is not None and state.failing_since is not None else None


def _server_failed(session: Session, now: datetime, error: Exception) -> None:
    state = session.get(MailServerState, SERVER) or MailServerState(name=SERVER, failures=0)
    session.add(state)
    state.failures = (state.failures or 0) + 1
    state.failing_since = state.failing_since or now
    state.next_try_at = now + server_backoff(state.failures)
    state.last_error = str(error)[:1000]
    session.commit()
    # The server's own words (no recipient is involved); the admin sees the same on the outbox.
    log.warning("mail server trouble (%d in a row): %s", state.failures, state.last_error)


def _server_ok(session: Session) -> None:
    state = session.get(MailServerState, SERVER)
    if state is not None and state.failing_since is not None:
        state.failures, state.failing_since, state.next_try_at = 0, None, None
        session.commit()
        log.warning("mail server answers again")


def release_stale_claims(session: Session, now: datetime) -> int:
    """Put rows claimed by a run that died back in the queue."""
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state == "sending", OutboxMessage.claimed_at < now - STALE_CLAIM)
        .values(state="pending")
    )
    session.commit()
    return result.rowcount or 0


def claim(session: Session, row_id: int, now: datetime) -> bool:
    """Take a pending row for this run; False when another run took it first."""
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id, OutboxMessage.state == "pending")
        .values(state="sending", claimed_at=now)
    )
    session.commit()
    return result.rowcount == 1


def _connect() -> TimedConnection:
    """An open Flask-Mail connection; ServerFailure when the server cannot be reached."""
    try:
        return mail.connect().open()
    except smtplib.SMTPResponseException as error:
        raise ServerFailure(f"{error.smtp_code} {_text(error.smtp_error)}") from error
    except (OSError, smtplib.SMTPException) as error:
        raise ServerFailure(f"Forbindelse til mailserveren mislykkedes: {error}") from error


def hung_up(connection: TimedConnection) -> bool:
    """True when the server closed the connection: the next email needs a new one."""
    return getattr(connection.host, "sock", None) is None


def _text(reason) -> str:
    return reason.decode(errors="replace") if isinstance(reason, bytes) else str(reason)


def _failure(code: int, reason) -> Exception:
    """5xx is permanent, anything else is worth another try."""
    text = f"{code} {_text(reason)}"
    return PermanentFailure(text) if 500 <= code < 600 else TemporaryFailure(text)


def _classify(error: smtplib.SMTPResponseException) -> Exception:
    return _failure(error.smtp_code, error.smtp_error)


def _send_one(connection: TimedConnection, row: OutboxMessage, now: datetime) -> None:
    """MAIL, RCPT and DATA one by one, so a failure is charged to whom it belongs: anything
    before the server has taken the recipient (an answer to MAIL FROM, a timeout, a hang-up) is
    the server's trouble, not this email's; RCPT's and DATA's answers are about this email.
    (Flask-Mail's ``Connection.send`` cannot: its host, smtplib, is spoken to directly.)"""
    sender = current_app.config["MAIL_DEFAULT_SENDER"]
    message = OutboxMail(row, sender, now)
    smtp = connection.host
    try:
        smtp.ehlo_or_helo_if_needed()
        code, reason = smtp.mail(envelope_sender(sender))
        if code != 250:  # MAIL FROM: the same for every email
            raise ServerFailure(f"{code} {_text(reason)}")
        code, reason = smtp.rcpt(row.to_address)
    except smtplib.SMTPResponseException as error:
        raise ServerFailure(f"{error.smtp_code} {_text(error.smtp_error)}") from error
    except (smtplib.SMTPException, OSError) as error:
        said = error or type(error).__name__
        raise ServerFailure(f"Mailserveren svarede ikke: {said}") from error
    if code not in (250, 251):
        _reset(smtp)
        raise _failure(code, reason)
    try:
        code, reason = smtp.data(message.as_bytes())
    except smtplib.SMTPResponseException as error:
        raise _classify(error) from error
    if code != 250:
        raise _failure(code, reason)
    dispatched(message)


def _reset(smtp: smtplib.SMTP) -> None:
    """Forget a refused recipient's transaction so the next email starts clean."""
    try:
        smtp.rset()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _record(session: Session, row_id: int, now: datetime, error: Exception | None) -> str:
    """Store the outcome of one attempt; returns the count it belongs to."""
    row = session.get(OutboxMessage, row_id)
    row.attempts += 1
    row.claimed_at = None
    if error is None:
        row.state, row.sent_at, row.last_error = "sent", now, None
        outcome = "sent"
    elif isinstance(error, PermanentFailure) or row.attempts >= MAX_ATTEMPTS:
        row.state, row.last_error = "failed", str(error)
        outcome = "failed"
    else:
        row.state, row.last_error = "pending", str(error)
        row.next_attempt_at = now + backoff(row.attempts)
        outcome = "retry"
    session.commit()
    return outcome


def due(now: datetime, kinds=None):
    """SQL condition: the row waits to be sent at ``now`` (of ``kinds`` only, when given: outside
    sending hours only the kinds that go at any hour, tracker.mail.ANY_HOUR_KINDS)."""
    condition = (OutboxMessage.state == "pending") & (OutboxMessage.next_attempt_at <= now)
    return condition if kinds is None else condition & OutboxMessage.kind.in_(kinds)


def deliver_pending(now: datetime, limit: int = BATCH, kinds=None) -> dict[str, int]:
    """Send what is due at ``now`` (of ``kinds`` only, when given) over one SMTP connection;
    count sent, retried and failed.

    Uses a session of its own: whatever the caller has loaded is left alone.
    """
    if not mail_configured():
        return {"sent": 0, "retry": 0, "failed": 0}
    with Session(db.engine) as session:
        return _deliver(session, now, limit, kinds)


def _deliver(session: Session, now: datetime, limit: int, kinds=None) -> dict[str, int]:
    counts = {"sent": 0, "retry": 0, "failed": 0}
    release_stale_claims(session, now)
    state = session.get(MailServerState, SERVER)
    if state is not None and state.next_try_at is not None and state.next_try_at > now:
        return counts  # the server failed a moment ago: everything waits for its next try
    ids = session.scalars(
        select(OutboxMessage.id).where(due(now, kinds)).order_by(OutboxMessage.id).limit(limit)
    ).all()
    connection, answered = None, False
    try:
        for row_id in ids:
            if connection is None:
                connection = _connect()  # raises ServerFailure before anything is claimed
            if not claim(session, row_id, now):
                continue  # another run has it
            counts[attempt(session, connection, row_id, now)] += 1
            if not answered:
                answered = True
                _server_ok(session)  # it answered about an email: the server itself is fine
            if hung_up(connection):
                connection = None  # the server hung up: a new connection for the next email
    except ServerFailure as failure:
        _server_failed(session, now, failure)
        connection = _close(connection, polite=False)  # a silent server would take QUIT's time too
    finally:
        _close(connection)
    return counts


def attempt(session: Session, connection: TimedConnection, row_id: int, now: datetime) -> str:
    """Send one claimed row and store the outcome: "sent", "retry" or "failed".

    Raises ServerFailure (the row put back untouched) when the server, not the email, failed.
    """
    row = session.get(OutboxMessage, row_id, options=[joinedload(OutboxMessage.person)])
    if not row.still_addressed():
        # Changed address, merged away or deactivated since it was made: never sent, never
        # signed; the outbox says why and "Send igen" refuses it.
        return _record(session, row_id, now, PermanentFailure(NOT_ADDRESSED))
    error: Exception | None = None
    try:
        _send_one(connection, row, now)
    except ServerFailure:
        _unclaim(session, row_id)
        raise
    except (TemporaryFailure, PermanentFailure) as failure:
        error = failure
    except (smtplib.SMTPServerDisconnected, OSError) as lost:
        error = TemporaryFailure(f"Forbindelsen blev afbrudt: {lost}")
    except smtplib.SMTPException as other:
        error = TemporaryFailure(str(other))
    return _record(session, row_id, now, error)


def _unclaim(session: Session, row_id: int) -> None:
    """Put a claimed row back untouched: the server, not the email, was at fault."""
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id, OutboxMessage.state == "sending")
        .values(state="pending", claimed_at=None)
    )
    session.commit()


def _close(connection: TimedConnection | None, polite: bool = True):
    """Close the connection (with QUIT when ``polite``); always None."""
    smtp = connection.host if connection is not None else None
    if smtp is not None:
        try:
            if polite:
                smtp.quit()
            else:
                smtp.close()
        except (smtplib.SMTPException, OSError):
            smtp.close()
    return None
