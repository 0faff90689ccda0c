"""Sending the outbox over SMTP: one connection per run, nothing lost, nothing sent twice.

A row is claimed (pending -> sending) in its own committed UPDATE before it is sent, so parallel
runs never send the same row. 4xx answers and network trouble are retried with backoff; 5xx
answers mark the row failed. Rows claimed by a run that died are released after a while.
"""

from __future__ import annotations

import smtplib
from datetime import datetime, timedelta
from email.policy import compat32

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tracker.extensions import db
from tracker.models import OutboxMessage

from .emails import build_mime

WIRE = compat32.clone(linesep="\r\n")  # SMTP lines end in CRLF
MAX_ATTEMPTS = 8
STALE_CLAIM = timedelta(minutes=15)
BATCH = 500


class TemporaryFailure(Exception):
    """Try again later (4xx, connection trouble)."""


class PermanentFailure(Exception):
    """Do not try again (5xx)."""


def backoff(attempts: int) -> timedelta:
    """Wait 2, 4, 8 ... minutes between attempts, at most six hours."""
    return timedelta(minutes=min(2**attempts, 360))


def mail_configured() -> bool:
    """True when a mail server is configured; otherwise mail stays in the outbox."""
    return bool(current_app.config.get("MAIL_SERVER"))


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
        raise _classify(error) from error
    except (OSError, smtplib.SMTPException) as error:
        raise TemporaryFailure(f"Forbindelse til mailserveren mislykkedes: {error}") from error
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
    sender = current_app.config["MAIL_DEFAULT_SENDER"]
    message = build_mime(row, sender, now)
    try:
        refused = connection.sendmail(sender, [row.to_address], message.as_bytes(policy=WIRE))
    except smtplib.SMTPRecipientsRefused as error:
        raise _failure(*next(iter(error.recipients.values()))) from error
    except smtplib.SMTPResponseException as error:
        raise _classify(error) from error
    if refused:
        raise _failure(*next(iter(refused.values())))


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


def deliver_pending(now: datetime, limit: int = BATCH) -> dict[str, int]:
    """Send what is due at ``now`` over one SMTP connection; count sent, retried and failed.

    Uses a session of its own: whatever the caller has loaded is left alone.
    """
    if not mail_configured():
        return {"sent": 0, "retry": 0, "failed": 0}
    with Session(db.engine) as session:
        return _deliver(session, now, limit)


def _deliver(session: Session, now: datetime, limit: int) -> dict[str, int]:
    counts = {"sent": 0, "retry": 0, "failed": 0}
    release_stale_claims(session, now)
    ids = session.scalars(
        select(OutboxMessage.id)
        .where(OutboxMessage.state == "pending", OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.id)
        .limit(limit)
    ).all()
    connection = None
    for row_id in ids:
        if not claim(session, row_id, now):
            continue  # another run has it
        try:
            if connection is None:
                connection = _connect()
        except (TemporaryFailure, PermanentFailure) as failure:
            counts[_record(session, row_id, now, failure)] += 1
            break  # the server cannot be reached: the rest stay pending for the next run
        error: Exception | None = None
        try:
            _send_one(connection, session.get(OutboxMessage, row_id), now)
        except (TemporaryFailure, PermanentFailure) as failure:
            error = failure
        except (smtplib.SMTPServerDisconnected, OSError) as lost:
            error = TemporaryFailure(f"Forbindelsen blev afbrudt: {lost}")
            connection = _close(connection)  # reconnect for the next row
        except smtplib.SMTPException as other:
            error = TemporaryFailure(str(other))
        counts[_record(session, row_id, now, error)] += 1
    _close(connection)
    return counts


def _close(connection):
    if connection is not None:
        try:
            connection.quit()
        except (smtplib.SMTPException, OSError):
            connection.close()
    return None
