"""Tables shared by all processes: login attempts (rate limit) and the scheduler's lock."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from tracker.extensions import db

from .types import UTCDateTime, utcnow


class LoginAttempt(db.Model):
    """A failed login or a password-reset request; counted across every web worker."""

    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_key_created_at", "key", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300))  # "login-email:...", "login-ip:...", "reset:..."
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SchedulerLock(db.Model):
    """Which scheduler process does the work; it renews the lease, another takes over if not."""

    __tablename__ = "scheduler_lock"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
