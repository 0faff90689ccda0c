"""Authentication services: plain functions, they flush and never commit."""

from __future__ import annotations

from sqlalchemy import func, select

from tracker.extensions import db, login
from tracker.models import Person

# Checked against when the email is unknown, so both paths take the same time.
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
    """Return the active person whose email and password match, else None."""
    person = find_person_by_email(email)
    if person is None or not person.password_hash:
        from werkzeug.security import check_password_hash

        check_password_hash(_DUMMY_HASH, password or "")
        return None
    if not person.active or not person.check_password(password):
        return None
    return person


def change_password(person: Person, current: str, new: str) -> bool:
    """Set a new password when ``current`` is right; other sessions end."""
    if not person.check_password(current):
        return False
    person.set_password(new)
    db.session.flush()
    return True


def save_settings(person: Person, language: str, digest: bool, deadline_reminders: bool) -> None:
    """Store the person's language ("da" or "en") and which reminders they want."""
    person.language = language
    person.digest_enabled = digest
    person.deadline_reminders_enabled = deadline_reminders
    db.session.flush()


@login.user_loader
def load_user(user_id: str) -> Person | None:
    """Load the person from the session; an old auth version (password changed) fails."""
    try:
        person_id, version = (int(part) for part in user_id.split(":", 1))
    except ValueError:
        return None
    person = db.session.get(Person, person_id)
    if person is None or person.auth_version != version or not person.active:
        return None
    return person
