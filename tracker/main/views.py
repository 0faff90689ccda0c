"""Landing page and health check."""

from flask import redirect, url_for

from tracker.main import bp


@bp.route("/")
def index():
    return redirect(url_for("actions.mine"))


@bp.route("/healthz")
def healthz():
    """Liveness for load balancers: no login, no database."""
    return {"status": "ok"}
