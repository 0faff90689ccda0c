"""Password reset by email: the same answer whether the address exists or not."""

from __future__ import annotations

import uuid

from flask import current_app
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from tracker.extensions import db
from tracker.models import Person, utcnow

RESET_MAX_AGE = 3600
_SALT = "password-reset"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def reset_token(person: Person) -> str:
    """A token valid for one hour and only until the password changes (signed at sending)."""
    return _serializer().dumps({"p": person.id, "v": person.auth_version})


def person_for_reset(token: str) -> Person | None:
    """The person of a valid, unused reset token."""
    try:
        data = _serializer().loads(token, max_age=RESET_MAX_AGE)
    except (SignatureExpired, BadSignature):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("p"), int):
        return None
    person = db.session.get(Person, data.get("p"))
    if person is None or not person.active or person.auth_version != data.get("v"):
        return None
    return person


def queue_reset_email(person: Person) -> None:
    """Put the reset email in the outbox; the scheduler sends it within a minute."""
    from tracker.reminders.emails import RESET_TOKEN
    from tracker.reminders.services import PlannedEmail, enqueue

    email = PlannedEmail(
        f"password_reset:{person.id}:{uuid.uuid4().hex}",
        "password_reset",
        person,
        "password_reset",
        _l("Nulstil din adgangskode"),
        {"reset_url": f"{current_app.config['TRACKER_BASE_URL']}/nulstil/{RESET_TOKEN}"},
    )
    enqueue(email, utcnow())
