"""``tracker serve``: the single-process development server."""

from __future__ import annotations

import logging

import click
from flask import current_app
from flask.cli import with_appcontext
from werkzeug.serving import run_simple

from tracker.logs import hide_tokens


@click.command(help="Kør appen på én proces (udvikling og demo).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def serve(host, port):
    """Serve the app on HOST:PORT without the reloader."""
    app = current_app._get_current_object()
    if not app.config.get("TRACKER_BASE_URL_GIVEN") and app.config["TRACKER_ENV"] != "production":
        # Links in emails and the calendar point at this server (e.g. `PORT=5101 make run`).
        shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        app.config["TRACKER_BASE_URL"] = f"http://{shown}:{port}"
    hide_tokens(logging.getLogger("werkzeug"))  # its access log names each request's path
    if app.config["SCHEDULER_ENABLED"]:
        from tracker.reminders.scheduler import build_scheduler

        # One process, no reloader: the scheduler starts exactly once.
        build_scheduler(app).start()
        click.echo("Påmindelser kører i samme proces (SCHEDULER_ENABLED=0 slår dem fra).")
    click.echo(f"Tracker kører på http://{host}:{port}/  (stop med Ctrl+C)")
    # app.run() refuses to run inside a flask CLI command; werkzeug's server is what it would use.
    run_simple(host, port, app, use_reloader=False, use_debugger=False, threaded=True)
