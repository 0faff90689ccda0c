"""Signed links in emails that log one person in and land on a page; they change nothing else."""

from __future__ import annotations

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from tracker.extensions import db
from tracker.models import Person

LINK_MAX_AGE = 7 * 24 * 3600
_SALT = "email-login"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def login_link(person: Person, path: str) -> str:
    """An absolute link that logs ``person`` in and opens ``path`` (valid for 7 days)."""
    token = _serializer().dumps({"p": person.id, "v": person.auth_version, "n": path})
    return f"{current_app.config['TRACKER_BASE_URL']}/l/{token}"


def read_login_link(token: str) -> tuple[Person, str] | None:
    """The person and path of a valid, unexpired link for an active person; else None."""
    try:
        data = _serializer().loads(token, max_age=LINK_MAX_AGE)
    except (SignatureExpired, BadSignature):
        return None
    person = db.session.get(Person, data.get("p"))
    if person is None or not person.active or person.auth_version != data.get("v"):
        return None
    path = data.get("n") or "/"
    if not path.startswith("/") or path.startswith("//"):
        path = "/"
    return person, path
