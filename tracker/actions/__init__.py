"""Actions: what is to be done, by whom, by when, and what became of it."""

from flask import Blueprint

bp = Blueprint("actions", __name__)

from tracker.actions import views  # noqa: E402,F401
