"""Signed links in emails that log one person in and land on a page; they change nothing else.

The token is never stored: the outbox keeps a placeholder, and delivery signs the link for the
recipient as the email leaves (see ``tracker.reminders.emails``).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote, unquote, urlsplit

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


def _stays_on_site(target: str) -> bool:
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    # Browsers drop tabs and newlines and read "/\t/x" as "//x": no control or format
    # characters, no spaces at all.
    if any(unicodedata.category(c)[0] in "CZ" for c in target):
        return False
    parts = urlsplit(target)
    return not (parts.scheme or parts.netloc)


def safe_path(target: str | None) -> str | None:
    """``target`` when it is a path on this site, also once percent-decoded; else None."""
    if not target or len(target) > 2000:
        return None
    decoded = unquote(target)
    if _stays_on_site(target) and _stays_on_site(decoded) and _stays_on_site(unquote(decoded)):
        return target
    return None


def read_login_link(token: str, path: str | None = None) -> tuple[Person, str] | None:
    """The person of a valid, unexpired link for an active person, and where to go; else None.

    The path is not signed, so only a path on this site is followed.
    """
    try:
        data = _serializer().loads(token, max_age=LINK_MAX_AGE)
    except (SignatureExpired, BadSignature):
        return None
    if not isinstance(data, dict):
        return None
    person = db.session.get(Person, data.get("p")) if isinstance(data.get("p"), int) else None
    if person is None or not person.active or person.auth_version != data.get("v"):
        return None
    return person, safe_path(path) or "/"
