"""May we mail this person now: the one rule for every email but a password reset (pure: no
Flask, no database). The digest, the deadline reminders, the status round, the chase, the
escalation and the assignment notice all ask :func:`mailable` (through ``Person.mailable`` or
directly), so an absence means the same silence for each of them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from .days import working_day_after
from .schedule import ReminderSettings, moment


class Recipient(Protocol):
    """What the rule reads of a person (tracker.models.Person has it)."""

    email: str | None
    active: bool
    absent_until: date | None


def away_at(absent_until: date | None, at: datetime, settings: ReminderSettings) -> bool:
    """Whether a person absent up to and including ``absent_until`` gets no mail at ``at``:
    mail comes again from the send time of the working day after (not on the Saturday after an
    absence that ended on a Friday, nor on the Monday before the send time)."""
    if absent_until is None:
        return False
    back = moment(working_day_after(absent_until, settings.closed_days), settings)
    return at < back


def unmailable(person: Recipient | None, at: datetime, settings: ReminderSettings) -> str | None:
    """Why ``person`` gets no mail at ``at``: "no_email" (no person, no address, or left the
    organisation), "away" (:func:`away_at`), or None when they may be mailed."""
    if person is None or not person.email or not person.active:
        return "no_email"
    if away_at(person.absent_until, at, settings):
        return "away"
    return None


def mailable(person: Recipient | None, at: datetime, settings: ReminderSettings) -> bool:
    """Whether ``person`` may get mail at ``at``: an address, active, and not away."""
    return unmailable(person, at, settings) is None
