"""Sending hours: when the outbox's mail may leave (tracker.workdays.schedule decides the
hours), and which kinds go at any hour."""

from __future__ import annotations

from datetime import datetime

from flask import current_app

from tracker.mail.kinds import ANY_HOUR_KINDS
from tracker.workdays import schedule


def sending_resumes(at: datetime) -> datetime | None:
    """None while mail goes out at ``at``; else the next working day's send time (a weekend, a
    public holiday, a closed day, or before the send time)."""
    settings = schedule.settings_from_config(current_app.config)
    return None if schedule.sending_open(at, settings) else schedule.next_sending(at, settings)


def kinds_to_send(at: datetime) -> tuple[str, ...] | None:
    """What may leave at ``at``: everything while sending is open (None), else only the kinds
    that go at any hour (a password reset); the rest waits in the outbox."""
    return None if sending_resumes(at) is None else ANY_HOUR_KINDS
