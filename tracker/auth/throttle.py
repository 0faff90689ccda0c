"""Rate limits kept in the database, so every web worker counts the same attempts."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from tracker.extensions import db
from tracker.models import LoginAttempt, utcnow

WINDOW = timedelta(minutes=15)
LIMITS = {"login-email": 5, "login-ip": 30, "reset-email": 3, "reset-ip": 10}


def _count(key: str, since: datetime) -> int:
    return db.session.scalar(
        select(func.count()).where(LoginAttempt.key == key, LoginAttempt.created_at >= since)
    )


def blocked(kind: str, value: str, now: datetime | None = None) -> bool:
    """True when ``kind`` attempts for ``value`` reached the limit within the window."""
    now = now or utcnow()
    return _count(f"{kind}:{value.lower()}", now - WINDOW) >= LIMITS[kind]


def record(kind: str, value: str, now: datetime | None = None) -> None:
    """Count one attempt (the caller commits)."""
    db.session.add(LoginAttempt(key=f"{kind}:{value.lower()}", created_at=now or utcnow()))
    db.session.flush()


def forget(kind: str, value: str) -> None:
    """A successful login clears that email's failures."""
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.key == f"{kind}:{value.lower()}"))


def prune(now: datetime | None = None) -> None:
    """Remove attempts older than the window."""
    db.session.execute(
        delete(LoginAttempt).where(LoginAttempt.created_at < (now or utcnow()) - WINDOW)
    )
