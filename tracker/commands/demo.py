"""``tracker demo``: load the demo meeting and logins (idempotent)."""

from __future__ import annotations

from datetime import date, timedelta

import click
from flask import current_app
from flask.cli import with_appcontext

from tracker.deadlines import format_date
from tracker.demo.services import (
    DEMO_PASSWORD,
    LOGINS,
    NEXT_MEETING_WEEKS,
    WRITTEN_DATE,
    demo_meeting_date,
    load_demo,
)
from tracker.extensions import db
from tracker.i18n import today as local_today


@click.command(
    help="Indlæs demodata: Lederforum-mødet fra referatet 26. februar 2025, flyttet til "
    "en nylig dato (samme ugedag), så fristerne passer til i dag (kan køres flere gange)."
)
@click.option(
    "--dates-as-written",
    is_flag=True,
    help="Behold referatets egne datoer (mødet 26. februar 2025), som testene bruger.",
)
@click.option(
    "--today",
    "today_text",
    metavar="ÅÅÅÅ-MM-DD",
    help="Dagen datoerne flyttes ud fra (standard: i dag).",
)
@with_appcontext
def demo(dates_as_written: bool, today_text: str | None):
    """Load the demo data once and print the demo logins."""
    if current_app.config["TRACKER_ENV"] == "production":
        raise click.ClickException("Demodata indlæses ikke i produktion.")
    try:
        today = date.fromisoformat(today_text) if today_text else local_today()
    except ValueError:
        raise click.BadParameter(
            f"{today_text!r} er ikke en dato som 2026-12-01.", param_hint="--today"
        ) from None
    meeting_date = None if dates_as_written else demo_meeting_date(today)
    meeting, created = load_demo(meeting_date=meeting_date)
    db.session.commit()
    click.echo("Demodata indlæst." if created else "Demodata findes allerede.")
    click.echo(f"Møde: {meeting.title} ({len(meeting.attendances)} deltagere)")
    if created and meeting.date != WRITTEN_DATE:
        weeks = (meeting.date - WRITTEN_DATE).days // 7
        click.echo(
            f"Datoerne er flyttet: mødet fra {format_date(WRITTEN_DATE)} til "
            f"{format_date(meeting.date)} ({weeks} uger senere, samme ugedag); fristerne og "
            "statusnoterne er flyttet med; næste møde er planlagt til "
            f"{format_date(meeting.date + timedelta(weeks=NEXT_MEETING_WEEKS))}."
        )
    click.echo(f"Demo-logins (adgangskode for alle: {DEMO_PASSWORD}):")
    for login in LOGINS:
        click.echo(f"  {login.email:32} {login.name} ({login.role})")
