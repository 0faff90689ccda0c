"""``tracker minutes import``: read a referat into a meeting with its actions."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from tracker.commands.options import option
from tracker.deadlines.dates import find_date
from tracker.extensions import db
from tracker.importing import notices, refusals, services
from tracker.minutes.drafts import to_json_dict
from tracker.minutes.reading import MinutesError


@click.group(help=_l("Referater."))
def minutes():
    pass


@minutes.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@option("--forum", help=_l("Forummets navn, hvis det ikke står i referatets titel."))
@option(
    "--date",
    "day",
    help=_l("Mødets dato (dd-mm-åååå), når referatet ikke nævner den eller nævner en forkert."),
)
@option("--dry-run", is_flag=True, help=_l("Læs og vis; gem intet."))
@option("--json", "as_json", is_flag=True, help=_l("Skriv det læste som ét JSON-objekt."))
@with_appcontext
def import_minutes(path, forum, day, dry_run, as_json):
    """Import the referat in PATH (.docx, .pdf, .html, .md, .txt); exit 2 when it is unusable."""
    meeting_day = find_date(day) if day else None
    if day and meeting_day is None:
        click.echo(_("Skriv datoen som dd-mm-åååå, fx --date 12-11-2026."), err=True)
        sys.exit(2)
    try:
        data = path.read_bytes()
    except OSError as error:
        click.echo(
            _("Filen kan ikke læses: %(why)s (%(path)s).", why=error.strerror, path=path), err=True
        )
        sys.exit(2)
    try:
        # read_referat takes its limits (MAX_CONTENT_LENGTH, IMPORT_MAX_UNPACKED_BYTES) and its
        # time (IMPORT_READ_SECONDS, in a child process) from the app config, as the page does.
        parsed = services.read_referat(data, path.name, forum, meeting_day)
        refusals.check_minutes(parsed.minutes, forum)
        if not dry_run:
            refusals.ensure_dated(parsed.minutes)
            refusals.ensure_new(parsed.minutes, forum)
    except MinutesError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
    if as_json:
        data = to_json_dict(parsed.minutes, parsed.drafts)
        for row, draft in zip(data["draft_actions"], parsed.drafts, strict=True):
            row["unit"] = services.draft_unit(draft, parsed.minutes.forum)  # the body kept
            # taken from a proposal the meeting approved as it stood: a task to confirm
            row["from_approved_proposal"] = services.from_approved_proposal(parsed, draft)
        # never silent: what was found, and what the reading could not place (in Danish)
        data["found"] = {
            "agenda_items": len(parsed.minutes.agenda_items),
            "draft_actions": len(parsed.drafts),
        }
        data["warnings"] = notices.as_json(parsed.warnings)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    if dry_run:
        if not as_json:
            _summary(parsed)
        db.session.rollback()
        return
    drafts = services.reviewed_from_proposals(parsed)
    meeting, assigned = services.save_import(parsed, drafts, actor=None, forum_name=forum)
    services.notify(assigned)
    db.session.commit()
    if not as_json:
        _summary(parsed)
        missing = sum(1 for d in drafts if not d.owner_name)
        click.echo(
            _("Gemt som møde %(id)d med %(num)d handlinger.", id=meeting.id, num=len(drafts))
        )
        if missing:
            click.echo(
                _("%(num)d handlinger mangler en ejer: tildel dem på mødets side.", num=missing)
            )


def _summary(parsed) -> None:
    m = parsed.minutes
    absent = sum(1 for a in m.attendees if not a.present)
    click.echo(
        _(
            "%(title)s: %(date)s, %(num)d deltagere (%(absent)d fraværende),",
            title=m.title,
            date=m.date.strftime("%d-%m-%Y") if m.date else _("uden dato"),
            num=len(m.attendees),
            absent=absent,
        )
    )
    click.echo(
        _(
            "%(items)d punkter, %(drafts)d forslag til handlinger.",
            items=len(m.agenda_items),
            drafts=len(parsed.drafts),
        )
    )
    for warning in parsed.warnings:
        click.echo(_("Advarsel: %(warning)s", warning=notices.command_message(warning)))
