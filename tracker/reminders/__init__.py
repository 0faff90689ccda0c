"""Reminders: the weekly digest, status rounds, deadline reminders, and the outbox."""

from flask import Blueprint

bp = Blueprint("reminders", __name__)

from tracker.reminders import views  # noqa: E402,F401
