"""``tracker serve``: the single-process development server."""

from __future__ import annotations

import logging

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.serving import run_simple

from config import local_base_url
from tracker.commands.options import option
from tracker.logs import hide_tokens


@click.command(help=_l("Kør appen på én proces (udvikling og demo)."))
@click.option("--host", default="127.0.0.1", show_default=True)
@option("--port", type=int, help=_l("Porten (standard: $PORT, ellers 5000)."))
@with_appcontext
def serve(host, port):
    """Serve the app on HOST:PORT without the reloader."""
    app = current_app._get_current_object()
    port = port or app.config["PORT"]  # $PORT, read in config.py like the links' address
    if not app.config.get("TRACKER_BASE_URL_GIVEN") and app.config["TRACKER_ENV"] != "production":
        # Links in emails and the calendar point at this server (e.g. `PORT=5101 make run`).
        app.config["TRACKER_BASE_URL"] = local_base_url(host, port)
    hide_tokens(logging.getLogger("werkzeug"))  # its access log names each request's path
    if app.config["SCHEDULER_ENABLED"]:
        from tracker.scheduler.runner import build_scheduler

        # One process, no reloader: the scheduler starts exactly once.
        build_scheduler(app).start()
        click.echo(_("Påmindelser kører i samme proces (SCHEDULER_ENABLED=0 slår dem fra)."))
    url = f"http://{host}:{port}/"
    click.echo(_("Tracker kører på %(url)s  (stop med Ctrl+C)", url=url))
    # app.run() refuses to run inside a flask CLI command; werkzeug's server is what it would use.
    run_simple(host, port, app, use_reloader=False, use_debugger=False, threaded=True)
