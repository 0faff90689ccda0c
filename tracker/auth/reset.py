"""Password reset by email: the same answer whether the address exists or not."""

from __future__ import annotations

import uuid

from tracker import mail, tokens
from tracker.mail.kinds import PASSWORD_RESET
from tracker.models import Person, utcnow
from tracker.routing import external_url

RESET_MAX_AGE = 3600


def person_for_reset(token: str) -> Person | None:
    """The person of a valid, unused reset token."""
    return tokens.read_reset(token, RESET_MAX_AGE)


def queue_reset_email(person: Person) -> None:
    """Put the reset email in the outbox, in the request's transaction; the scheduler sends it
    within a minute."""
    context = {"reset_url": external_url("auth.reset_password", token=mail.RESET_TOKEN)}
    email = PASSWORD_RESET.plan(person, context, person=person.id, request=uuid.uuid4().hex)
    mail.record(email, utcnow())
