"""Logins kept in the database: one row per login, named by a random key in the cookies.

The session cookie and the remember cookie carry only ``<row id>:<key>``; the database keeps a
hash of the key. Logging out, changing the password and deactivation revoke rows, so a cookie
copied before then opens nothing afterwards.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from functools import cache

from flask import current_app
from sqlalchemy import bindparam, select, update

from tracker.extensions import db
from tracker.models import LoginSession, Person, utcnow


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def lifetime(remember: bool) -> timedelta:
    """How long a login lasts: the remember cookie's duration, or the session's."""
    config = current_app.config
    return config["REMEMBER_COOKIE_DURATION"] if remember else config["PERMANENT_SESSION_LIFETIME"]


def start(person: Person, via: str, remember: bool = False, now: datetime | None = None) -> str:
    """Record a new login for ``person`` and name it on the person for Flask-Login's cookies."""
    now = now or utcnow()
    key = secrets.token_urlsafe(32)
    row = LoginSession(
        key_hash=_hash(key),
        person_id=person.id,
        via=via,
        created_at=now,
        expires_at=now + lifetime(remember),
    )
    db.session.add(row)
    db.session.flush()
    person.login_id = f"{row.id}:{key}"
    return person.login_id


@cache
def _live_login():
    # Every request asks this, so the statement is built once (on first use, when the models
    # are mapped): SQLAlchemy then computes its cache key once and reuses the compiled SQL.
    return (
        select(Person, LoginSession.key_hash)
        .join(LoginSession, LoginSession.person_id == Person.id)
        .where(
            LoginSession.id == bindparam("row_id"),
            LoginSession.revoked_at.is_(None),
            LoginSession.expires_at > bindparam("now"),
            Person.active.is_(True),
        )
    )


def load(login_id: str, now: datetime | None = None) -> Person | None:
    """The active person of a login that is neither revoked nor expired (one query)."""
    row_id, _, key = (login_id or "").partition(":")
    if not row_id.isascii() or not row_id.isdigit() or len(row_id) > 18 or not key:
        return None
    found = db.session.execute(
        _live_login(), {"row_id": int(row_id), "now": now or utcnow()}
    ).first()
    if found is None or not secrets.compare_digest(found[1], _hash(key)):
        return None
    person = found[0]
    person.login_id = login_id
    return person


def _row_id(login_id: str | None) -> int | None:
    head = (login_id or "").partition(":")[0]
    return int(head) if head.isascii() and head.isdigit() and len(head) <= 18 else None


def revoke(login_id: str | None, now: datetime | None = None) -> None:
    """End one login (logout)."""
    row_id = _row_id(login_id)
    if row_id is not None:
        db.session.execute(
            update(LoginSession)
            .where(LoginSession.id == row_id, LoginSession.revoked_at.is_(None))
            .values(revoked_at=now or utcnow())
        )


def revoke_all(person: Person, keep: str | None = None, now: datetime | None = None) -> None:
    """End every login of ``person`` but ``keep`` (password change, deactivation)."""
    query = update(LoginSession).where(
        LoginSession.person_id == person.id, LoginSession.revoked_at.is_(None)
    )
    kept = _row_id(keep)
    if kept is not None:
        query = query.where(LoginSession.id != kept)
    db.session.execute(query.values(revoked_at=now or utcnow()))


def prune(now: datetime | None = None) -> None:
    """Forget logins that ended more than a day ago."""
    old = (now or utcnow()) - timedelta(days=1)
    db.session.execute(
        LoginSession.__table__.delete().where(
            (LoginSession.expires_at < old) | (LoginSession.revoked_at < old)
        )
    )
