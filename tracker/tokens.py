"""Signed personal tokens: email links, check-ins and password reset (itsdangerous, SECRET_KEY).

Neutral ground for ``tracker.mail``, which signs them as an email leaves, and ``tracker.auth``,
which reads them when the link is opened. A token carries the person's id and ``auth_version``
({"p": id, "v": version}), so a new password or a deactivation ends every token signed before.
A check-in token is bound to one action and one purpose as well, and carries a nonce that the
check-in spends (``tracker.checkin``).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from tracker.extensions import db
from tracker.models import Person
from tracker.routing import external_url

LOGIN_SALT = "email-login"
RESET_SALT = "password-reset"
CHECKIN_SALT = "email-checkin"
CHECKIN_MAX_AGE = 14 * 24 * 3600  # a check-in link works for 14 days
# The check-in choices, in the order of an email's buttons: the one list of them, for the
# tokens, the check-in (tracker.checkin: its services, form and page) and the email templates.
CHECKIN_CHOICES = {
    "on_track": _l("Går efter planen"),
    "delayed": _l("Forsinket"),
    "done": _l("Udført"),
    "note": _l("Skriv en note"),
}
# What a check-in link does: one of the choices, or "any": the page asks which (the text part's
# one link per action).
CHECKIN_ANY = "any"
CHECKIN_PURPOSES = (*CHECKIN_CHOICES, CHECKIN_ANY)


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
    return external_url("auth.email_login", token=token, n=path)


@dataclass(frozen=True)
class CheckinToken:
    """What a valid check-in token says: who, which action, what for, and its nonce."""

    person: Person
    action_id: int
    purpose: str
    nonce: str


def sign_checkin(person: Person, action_id: int, purpose: str, nonce: str) -> str:
    """A check-in token for ``person`` and one action and purpose (signed as the email leaves)."""
    payload = {"p": person.id, "v": person.auth_version, "a": action_id, "u": purpose, "n": nonce}
    return _serializer(CHECKIN_SALT).dumps(payload)


def read_checkin(token: str, max_age: int = CHECKIN_MAX_AGE) -> CheckinToken | str:
    """The check-in a valid token allows, or why not: "expired" or "invalid"."""
    try:
        data = _serializer(CHECKIN_SALT).loads(token, max_age=max_age)
    except SignatureExpired:
        return "expired"
    except BadSignature:
        return "invalid"
    if not isinstance(data, dict) or data.get("u") not in CHECKIN_PURPOSES:
        return "invalid"
    if not all(isinstance(data.get(k), int) for k in ("p", "a")) or not isinstance(
        data.get("n"), str
    ):
        return "invalid"
    person = db.session.get(Person, data["p"])
    if person is None or not person.active or person.auth_version != data.get("v"):
        return "invalid"
    return CheckinToken(person, data["a"], data["u"], data["n"])


def checkin_choices() -> list[tuple[str, str]]:
    """The check-in choices as (purpose, label) in the current language, translated once (the
    templates' ``checkin_choices()``: a digest shows them for every action)."""
    return [(purpose, str(label)) for purpose, label in CHECKIN_CHOICES.items()]


def checkin_url(token: str) -> str:
    """An absolute link to the check-in page of a token (no login)."""
    return external_url("checkin.checkin", token=token)
