"""The status overview before the next forum: on screen, on paper, PDF, Excel and CSV."""

from flask import Blueprint

bp = Blueprint("reports", __name__)

from tracker.reports import views  # noqa: E402,F401
