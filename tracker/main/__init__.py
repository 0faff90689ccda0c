"""The front door and the health check."""

from flask import Blueprint

bp = Blueprint("main", __name__)

from tracker.main import views  # noqa: E402,F401
