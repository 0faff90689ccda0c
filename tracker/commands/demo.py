"""``tracker demo``: load the demo meeting and logins (idempotent)."""

from __future__ import annotations

from datetime import date, timedelta

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from tracker.commands.options import option
from tracker.demo.services import (
    DEMO_PASSWORD,
    LOGINS,
    NEXT_MEETING_WEEKS,
    WRITTEN_DATE,
    demo_meeting_date,
    load_demo,
)
from tracker.extensions import db
from tracker.i18n import long_date
from tracker.i18n import today as local_today


@click.command(
    help=_l(
        "Indlæs demodata: Lederforum-mødet fra referatet 26. februar 2025, flyttet til "
        "en nylig dato (samme ugedag), så fristerne passer til i dag (kan køres flere gange)."
    )
)
@option(
    "--dates-as-written",
    is_flag=True,
    help=_l("Behold referatets egne datoer (mødet 26. februar 2025), som testene bruger."),
)
@option(
    "--today",
    "today_text",
    metavar="ÅÅÅÅ-MM-DD",
    help=_l("Dagen datoerne flyttes ud fra (standard: i dag)."),
)
@with_appcontext
def demo(dates_as_written: bool, today_text: str | None):
    """Load the demo data once and print the demo logins."""
    if current_app.config["TRACKER_ENV"] == "production":
        raise click.ClickException(_("Demodata indlæses ikke i produktion."))
    try:
        today = date.fromisoformat(today_text) if today_text else local_today()
    except ValueError:
        raise click.BadParameter(
            _("%(value)s er ikke en dato som 2026-12-01.", value=repr(today_text)),
            param_hint="--today",
        ) from None
    meeting_date = None if dates_as_written else demo_meeting_date(today)
    meeting, created = load_demo(meeting_date=meeting_date)
    db.session.commit()
    click.echo(_("Demodata indlæst.") if created else _("Demodata findes allerede."))
    click.echo(
        _("Møde: %(title)s (%(num)d deltagere)", title=meeting.title, num=len(meeting.attendances))
    )
    if created and meeting.date != WRITTEN_DATE:
        weeks = (meeting.date - WRITTEN_DATE).days // 7
        click.echo(
            _(
                "Datoerne er flyttet: mødet fra %(written)s til %(moved)s (%(weeks)d uger senere, "
                "samme ugedag); fristerne og statusnoterne er flyttet med; næste møde er planlagt "
                "til %(next)s.",
                written=long_date(WRITTEN_DATE),
                moved=long_date(meeting.date),
                weeks=weeks,
                next=long_date(meeting.date + timedelta(weeks=NEXT_MEETING_WEEKS)),
            )
        )
    click.echo(_("Demo-logins (adgangskode for alle: %(password)s):", password=DEMO_PASSWORD))
    for login in LOGINS:
        click.echo(f"  {login.email:32} {login.name} ({login.role})")
