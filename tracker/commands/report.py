"""``tracker report status``: the status overview as HTML, PDF, Word, Excel or CSV."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app, render_template
from flask.cli import with_appcontext
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from tracker.commands.options import option
from tracker.i18n import local_tz, today
from tracker.meetings.services import get_forum_by_slug
from tracker.reports import files, services


@click.group(help=_l("Rapporter."))
def report():
    pass


@report.command("status")
@option("--forum", "slug", required=True, help=_l("Forummets kortnavn, fx lederforum."))
@click.option("--format", "fmt", type=click.Choice(["html", *files.FORMATS]), default="html")
@option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), help=_l("Fil (standard: skærmen).")
)
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
@with_appcontext
def status(slug, fmt, output, lang):
    """Write the status overview of the forum SLUG."""
    forum = get_forum_by_slug(slug)
    if forum is None:
        raise click.ClickException(_("Intet forum med kortnavnet %(slug)s.", slug=repr(slug)))
    overview = services.status_overview(forum, today(), local_tz())
    if fmt == "html":
        static = Path(current_app.static_folder)
        styles = {
            "screen": (static / "app.css").read_text(),
            "paper": (static / "print.css").read_text(),
        }
        with force_locale(lang), current_app.test_request_context():
            body = render_template(
                "reports/standalone.html", styles=styles, **services.page_context(overview)
            )
        data = body.encode("utf-8")
    else:
        data = files.write(fmt, overview, lang)
    if output:
        output.write_bytes(data)
        click.echo(_("Skrevet: %(path)s (%(size)d bytes)", path=output, size=len(data)))
    elif fmt in ("html", "csv"):
        click.echo(data.decode("utf-8-sig"))
    else:
        sys.stdout.buffer.write(data)
