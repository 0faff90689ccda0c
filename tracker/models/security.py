"""Tables shared by all processes: logins, rate limits, the scheduler's lock, the mail server."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db

from .people import Person
from .types import UTCDateTime, utcnow


class LoginSession(db.Model):
    """One login on one device: the session and remember cookies name it; logout revokes it.

    Only a hash of its key is stored, so a copy of the database logs nobody in.
    """

    __tablename__ = "login_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    via: Mapped[str] = mapped_column(String(20))  # "password", "email-link"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship()


class ThrottleCounter(db.Model):
    """Attempts per key ("login-ip:…", "login-account:…") in the current window.

    Counted and checked in one statement, so parallel requests cannot slip past the limit.
    """

    __tablename__ = "throttle_counter"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SchedulerLock(db.Model):
    """Which scheduler process does the work; it renews the lease, another takes over if not."""

    __tablename__ = "scheduler_lock"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MailServerState(db.Model):
    """Trouble with the mail server itself (not with one recipient): emails wait, admins see it."""

    __tablename__ = "mail_server_state"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)  # "smtp"
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failures: Mapped[int] = mapped_column(default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
