"""``tracker demo``: load the demo meeting and logins (idempotent)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from tracker.demo.services import DEMO_PASSWORD, LOGINS, load_demo
from tracker.extensions import db


@click.command(help="Indlæs demodata: Lederforum 26. februar 2025 (kan køres flere gange).")
@with_appcontext
def demo():
    """Load the demo data once and print the demo logins."""
    if current_app.config["TRACKER_ENV"] == "production":
        raise click.ClickException("Demodata indlæses ikke i produktion.")
    meeting, created = load_demo()
    db.session.commit()
    click.echo("Demodata indlæst." if created else "Demodata findes allerede.")
    click.echo(f"Møde: {meeting.title} ({len(meeting.attendances)} deltagere)")
    click.echo(f"Demo-logins (adgangskode for alle: {DEMO_PASSWORD}):")
    for login in LOGINS:
        click.echo(f"  {login.email:32} {login.name} ({login.role})")
