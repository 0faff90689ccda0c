"""Sending the outbox over SMTP: one connection per run, nothing lost, nothing sent twice.

A row is claimed (pending -> sending) in its own committed UPDATE before it is sent, so parallel
runs never send the same row, and its outcome is committed right after the server's answer.
Trouble with the server itself (greeting, TLS, AUTH, MAIL FROM, the network) keeps every email
pending, backs off and shows the admin a banner; only an answer about one email (RCPT, or DATA
for that message) counts against that email: 4xx is retried with backoff, 5xx fails it. A row
claimed by a run that died is released after a while and sent again: at most one email per crash
can go out twice, with the same Message-ID.

Plain smtplib, not Flask-Mail: Flask-Mail 0.10 opens its connection with no timeout (a silent
server holds the run for ever), and its Message sends 8-bit bodies with unbounded lines at twice
the cost per email of :func:`tracker.mail.render.build_mime` (README, Drift).
"""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime, timedelta
from email.policy import compat32

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from tracker.extensions import db
from tracker.models import MailServerState, OutboxMessage

from .render import build_mime, envelope_sender

log = logging.getLogger(__name__)
WIRE = compat32.clone(linesep="\r\n")  # SMTP lines end in CRLF
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


def _connect():
    config = current_app.config
    timeout = config["MAIL_TIMEOUT"]
    cls = smtplib.SMTP_SSL if config["MAIL_USE_SSL"] else smtplib.SMTP
    try:
        connection = cls(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=timeout)
        if config["MAIL_USE_TLS"]:
            connection.starttls()
        if config.get("MAIL_USERNAME"):
            connection.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"] or "")
    except smtplib.SMTPResponseException as error:
        raise ServerFailure(f"{error.smtp_code} {_text(error.smtp_error)}") from error
    except (OSError, smtplib.SMTPException) as error:
        raise ServerFailure(f"Forbindelse til mailserveren mislykkedes: {error}") from error
    return connection


def _text(reason) -> str:
    return reason.decode(errors="replace") if isinstance(reason, bytes) else str(reason)


def _failure(code: int, reason) -> Exception:
    """5xx is permanent, anything else is worth another try."""
    text = f"{code} {_text(reason)}"
    return PermanentFailure(text) if 500 <= code < 600 else TemporaryFailure(text)


def _classify(error: smtplib.SMTPResponseException) -> Exception:
    return _failure(error.smtp_code, error.smtp_error)


def _send_one(connection, row: OutboxMessage, now: datetime) -> None:
    """MAIL, RCPT and DATA one by one, so a failure is charged to whom it belongs: anything
    before the server has taken the recipient (an answer to MAIL FROM, a timeout, a hang-up) is
    the server's trouble, not this email's; RCPT's and DATA's answers are about this email."""
    sender = current_app.config["MAIL_DEFAULT_SENDER"]
    message = build_mime(row, sender, now).as_bytes(policy=WIRE)
    try:
        connection.ehlo_or_helo_if_needed()
        code, reason = connection.mail(envelope_sender(sender))
        if code != 250:  # MAIL FROM: the same for every email
            raise ServerFailure(f"{code} {_text(reason)}")
        code, reason = connection.rcpt(row.to_address)
    except smtplib.SMTPResponseException as error:
        raise ServerFailure(f"{error.smtp_code} {_text(error.smtp_error)}") from error
    except (smtplib.SMTPException, OSError) as error:
        said = error or type(error).__name__
        raise ServerFailure(f"Mailserveren svarede ikke: {said}") from error
    if code not in (250, 251):
        _reset(connection)
        raise _failure(code, reason)
    try:
        code, reason = connection.data(message)
    except smtplib.SMTPResponseException as error:
        raise _classify(error) from error
    if code != 250:
        raise _failure(code, reason)


def _reset(connection) -> None:
    """Forget a refused recipient's transaction so the next email starts clean."""
    try:
        connection.rset()
    except (smtplib.SMTPException, OSError):
        connection.close()


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
            if getattr(connection, "sock", None) is None:
                connection = None  # the server hung up: a new connection for the next email
    except ServerFailure as failure:
        _server_failed(session, now, failure)
        connection = _close(connection, polite=False)  # a silent server would take QUIT's time too
    finally:
        _close(connection)
    return counts


def attempt(session: Session, connection, row_id: int, now: datetime) -> str:
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


def _close(connection, polite: bool = True):
    """Close the connection (with QUIT when ``polite``); always None."""
    if connection is not None:
        try:
            if polite:
                connection.quit()
            else:
                connection.close()
        except (smtplib.SMTPException, OSError):
            connection.close()
    return None
