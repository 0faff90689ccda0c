"""Signed links in emails that log one person in and land on a page; they change nothing else."""

from __future__ import annotations

from urllib.parse import quote

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from tracker.extensions import db
from tracker.models import Person

LINK_MAX_AGE = 7 * 24 * 3600
_SALT = "email-login"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def login_token(person: Person) -> str:
    """The signed part of a person's email links (one per email, valid for 7 days)."""
    return _serializer().dumps({"p": person.id, "v": person.auth_version})


def login_url(token: str, path: str) -> str:
    """An absolute link that logs the token's person in and opens ``path`` on this site."""
    return f"{current_app.config['TRACKER_BASE_URL']}/l/{token}?n={quote(path, safe='/')}"


def login_link(person: Person, path: str) -> str:
    """An absolute link that logs ``person`` in and opens ``path`` (valid for 7 days)."""
    return login_url(login_token(person), path)


def read_login_link(token: str, path: str | None = None) -> tuple[Person, str] | None:
    """The person of a valid, unexpired link for an active person, and where to go; else None.

    The path is not signed, so only a path on this site is followed.
    """
    try:
        data = _serializer().loads(token, max_age=LINK_MAX_AGE)
    except (SignatureExpired, BadSignature):
        return None
    person = db.session.get(Person, data.get("p"))
    if person is None or not person.active or person.auth_version != data.get("v"):
        return None
    path = path or data.get("n") or "/"
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        path = "/"
    return person, path
