"""Authentication services: plain functions, they flush and never commit."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import func, select
from werkzeug.security import check_password_hash

from tracker.auth import reset, sessions, throttle
from tracker.extensions import db, login
from tracker.models import Person

# Checked against when there is no usable account, so every path takes the same time.
_DUMMY_HASH = (
    "scrypt:32768:8:1$5PBWhYCqYxkjuqv6$"
    "0a9c1b6a4f7a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70"
    "8192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80"
)


def find_person_by_email(email: str) -> Person | None:
    """Return the person with ``email`` (case-insensitive), if any."""
    email = (email or "").strip().lower()
    if not email:
        return None
    return db.session.scalar(select(Person).where(func.lower(Person.email) == email))


def authenticate(email: str, password: str) -> Person | None:
    """Return the active person whose email and password match, else None.

    A password is hashed on every path (unknown, deactivated, no password), so the time taken
    reveals nothing about the account.
    """
    person = find_person_by_email(email)
    if person is None or not person.password_hash:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    matches = person.check_password(password)
    return person if matches and person.active else None


def renew_calendar_token(person: Person) -> str:
    """Give the person a new calendar feed token (a credential); the old URL stops working."""
    person.calendar_token = secrets.token_urlsafe(32)
    db.session.flush()
    return person.calendar_token


def person_for_calendar_token(token: str) -> Person | None:
    """The active person whose calendar feed token is ``token``."""
    if not token or len(token) < 20 or len(token) > 64:
        return None
    person = db.session.scalar(select(Person).where(Person.calendar_token == token))
    return person if person is not None and person.active else None


@dataclass
class LoginAttempt:
    """The person whose password matched, or None; ``refusal`` when a rate limit said no."""

    person: Person | None
    refusal: str | None = None


def try_login(email: str, password: str, address: str | None) -> LoginAttempt:
    """Count the attempt (tracker.auth.throttle), then check the password; a right one is
    refunded, so only wrong passwords count."""
    email, address = (email or "").strip().lower(), address or "-"
    if not throttle.take("login-ip", address) or not throttle.take(
        "login-account-ip", f"{email}|{address}"
    ):
        return LoginAttempt(None, _("For mange forsøg. Vent et kvarter, og prøv igen."))
    if not throttle.take("login-account", email):
        return LoginAttempt(
            None, _("For mange forsøg på denne konto. Vent et halvt minut, og prøv igen.")
        )
    person = authenticate(email, password)
    if person is not None:
        throttle.refund("login-ip", address)
        throttle.forget("login-account-ip", f"{email}|{address}")
        throttle.forget("login-account", email)
    return LoginAttempt(person)


def request_reset(email: str, address: str | None) -> None:
    """Queue a reset email for an active account, within the rate limits; says nothing back,
    so nobody learns whether the address is known."""
    email, address = (email or "").strip().lower(), address or "-"
    if throttle.take("reset-ip", address) and throttle.take("reset-email", email):
        person = find_person_by_email(email)
        if person is not None and person.active:
            reset.queue_reset_email(person)


def set_new_password(person: Person, new: str, keep_login: str | None = None) -> bool:
    """Set the password, end every other login, renew the calendar link if there is one.

    Returns True when the calendar link was renewed (the person must be told).
    """
    person.set_password(new)
    sessions.revoke_all(person, keep=keep_login)
    renewed = person.calendar_token is not None
    if renewed:
        renew_calendar_token(person)
    db.session.flush()
    return renewed


def change_password(person: Person, current: str, new: str) -> bool | None:
    """Set a new password when ``current`` is right (None when wrong); this login stays."""
    if not person.check_password(current):
        return None
    return set_new_password(person, new, keep_login=person.login_id)


def deactivate(person: Person) -> None:
    """The person can no longer log in: every login ends now."""
    person.active = False
    sessions.revoke_all(person)
    db.session.flush()


def save_settings(
    person: Person,
    language: str,
    frequency: str | None,
    deadline_reminders: bool,
    absent_until=None,
) -> None:
    """Store the person's language ("da" or "en"), which reminders they want and how often
    ("weekly", "biweekly", "monthly", "off"; None keeps it), and until when they are away."""
    person.language = language
    if frequency:
        person.digest_enabled = frequency != "off"
        if frequency != "off":
            person.digest_frequency = frequency
    person.deadline_reminders_enabled = deadline_reminders
    person.absent_until = absent_until
    db.session.flush()


@login.user_loader
def load_user(login_id: str) -> Person | None:
    """The person of a live login named by the session or remember cookie."""
    return sessions.load(login_id)
