"""Signed personal tokens: email login links and password reset (itsdangerous, SECRET_KEY).

Neutral ground for ``tracker.mail``, which signs them as an email leaves, and ``tracker.auth``,
which reads them when the link is opened. A token carries the person's id and ``auth_version``
({"p": id, "v": version}), so a new password or a deactivation ends every token signed before.
"""

from __future__ import annotations

from urllib.parse import quote

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from tracker.extensions import db
from tracker.models import Person

LOGIN_SALT = "email-login"
RESET_SALT = "password-reset"


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _sign(salt: str, person: Person) -> str:
    return _serializer(salt).dumps({"p": person.id, "v": person.auth_version})


def _read(salt: str, token: str, max_age: int) -> Person | None:
    """The active person a valid token younger than ``max_age`` seconds was signed for."""
    try:
        data = _serializer(salt).loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("p"), int):
        return None
    person = db.session.get(Person, data["p"])
    if person is None or not person.active or person.auth_version != data.get("v"):
        return None
    return person


def sign_login(person: Person) -> str:
    """The signed part of a person's email links (one per email)."""
    return _sign(LOGIN_SALT, person)


def read_login(token: str, max_age: int) -> Person | None:
    """The person of a valid, unexpired login token; None for anything else."""
    return _read(LOGIN_SALT, token, max_age)


def sign_reset(person: Person) -> str:
    """A password reset token, valid only until the password changes."""
    return _sign(RESET_SALT, person)


def read_reset(token: str, max_age: int) -> Person | None:
    """The person of a valid, unexpired, unused reset token; None for anything else."""
    return _read(RESET_SALT, token, max_age)


def login_url(token: str, path: str) -> str:
    """An absolute link that logs the token's person in and opens ``path`` on this site."""
    return f"{current_app.config['TRACKER_BASE_URL']}/l/{token}?n={quote(path, safe='/')}"
