"""``tracker deadline parse``: what a deadline in words means, as JSON."""

from __future__ import annotations

import json
import sys

import click
from flask.cli import with_appcontext
from flask_babel import lazy_gettext as _l

from tracker.actions.meeting_words import planned_meetings
from tracker.commands.options import option
from tracker.deadlines import DeadlineError, parse_deadline
from tracker.i18n import school_holidays, today


@click.group(help=_l("Frister med mødets egne ord."))
def deadline():
    pass


@deadline.command("parse")
@click.argument("words")
@option(
    "--today",
    "reference",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help=_l("Referencedato (mødets dato), YYYY-MM-DD. Standard: i dag."),
)
@click.option("--forum", help='Det forum, hvis møde "til næste møde" betyder.')
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
@with_appcontext
def parse(words, reference, forum, lang):
    """Print the deadline WORDS mean as one JSON object; exit 2 when not understood."""
    reference_date = reference.date() if reference else today()
    planned = planned_meetings(forum, reference_date)  # "til næste møde", "til næste Lederforum"
    try:
        result = parse_deadline(words, reference_date, meetings=planned, holidays=school_holidays())
    except DeadlineError as error:
        click.echo(error.message(lang), err=True)
        sys.exit(2)
    click.echo(
        json.dumps(
            {
                "text": result.text,
                "start": result.start.isoformat() if result.start else None,
                "end": result.end.isoformat() if result.end else None,
                "precision": result.precision,
                "label": result.label(lang),
            },
            ensure_ascii=False,
        )
    )
