"""Rate limits kept in the database, so every web worker counts the same attempts.

Each attempt is counted and checked in one statement (an upsert with a condition), before the
password is checked: parallel requests cannot get more checked passwords than the limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, delete, literal, or_, update
from sqlalchemy.dialects import postgresql, sqlite

from tracker.extensions import db
from tracker.models import ThrottleCounter, UTCDateTime, utcnow

WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class Limit:
    """``limit`` attempts per window; past it, one more every ``gap`` (None: none at all)."""

    limit: int
    gap: timedelta | None = None


# Strict per address and per account on one address. Per account from anywhere it only slows
# (one try every 30 s), so strangers guessing an account cannot lock its owner out.
LIMITS = {
    "login-ip": Limit(30),
    "login-account-ip": Limit(5),
    "login-account": Limit(10, gap=timedelta(seconds=30)),
    "reset-email": Limit(3),
    "reset-ip": Limit(10),
    # A login started at a provider is finished once: its state is spent at the first answer
    # (it is too old to use once the window has passed: tracker.auth.providers.oidc).
    "sso-state": Limit(1),
}


def _key(kind: str, value: str) -> str:
    return f"{kind}:{value.lower()}"[:300]


def take(kind: str, value: str, now: datetime | None = None) -> bool:
    """Count one attempt for ``value``; False (and nothing counted) when it is over the limit."""
    now = now or utcnow()
    rule = LIMITS[kind]
    table = ThrottleCounter.__table__
    at = literal(now, UTCDateTime)
    expired = table.c.window_start <= literal(now - WINDOW, UTCDateTime)
    allowed = or_(expired, table.c.count < rule.limit)
    if rule.gap is not None:
        allowed = or_(allowed, table.c.last_at <= literal(now - rule.gap, UTCDateTime))
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(table)
        .values(key=_key(kind, value), count=1, window_start=now, last_at=now)
        .on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "count": case((expired, 1), else_=table.c.count + 1),
                "window_start": case((expired, at), else_=table.c.window_start),
                "last_at": at,
            },
            where=allowed,
        )
        .returning(table.c.count)
    )
    return db.session.execute(statement).first() is not None


def refund(kind: str, value: str) -> None:
    """Give back an attempt that turned out well (a right password counts against nobody)."""
    table = ThrottleCounter.__table__
    db.session.execute(
        update(table)
        .where(and_(table.c.key == _key(kind, value), table.c.count > 0))
        .values(count=table.c.count - 1)
    )


def forget(kind: str, value: str) -> None:
    """A successful login clears that account's failures."""
    db.session.execute(delete(ThrottleCounter).where(ThrottleCounter.key == _key(kind, value)))


def prune(now: datetime | None = None) -> None:
    """Remove counters whose window and last attempt are long past."""
    old = (now or utcnow()) - WINDOW
    db.session.execute(
        delete(ThrottleCounter).where(
            ThrottleCounter.window_start < old, ThrottleCounter.last_at < old
        )
    )
