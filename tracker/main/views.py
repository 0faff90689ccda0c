"""Landing page and health check."""

from flask import Blueprint, redirect, url_for

bp = Blueprint("main", __name__)


@bp.route("/")
def index():
    return redirect(url_for("actions.mine"))


@bp.route("/healthz")
def healthz():
    """Liveness for load balancers: no login, no database."""
    return {"status": "ok"}
