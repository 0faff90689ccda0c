"""Importing a referat: upload, review the draft actions, save the meeting in one go."""

from flask import Blueprint

bp = Blueprint("importing", __name__)

from tracker.importing import views  # noqa: E402,F401
