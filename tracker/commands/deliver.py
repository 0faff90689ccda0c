"""``tracker reminders deliver``: send the outbox now, with several workers on PostgreSQL."""

from __future__ import annotations

import time

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from tracker.commands.options import option
from tracker.commands.reminders import parse_moment, say_held, say_server_trouble
from tracker.mail.hours import kinds_to_send, sending_resumes
from tracker.mail.workers import deliver_parallel, parallel_supported

MAX_WORKERS = 32


def _workers(ctx, param, value: str) -> int:
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_WORKERS:
        raise click.BadParameter(
            _(
                "%(value)s er ikke et antal processer fra 1 til %(most)d.",
                value=repr(value),
                most=MAX_WORKERS,
            )
        )
    return int(value)


@click.command("deliver")
@option(
    "--workers",
    default="1",
    show_default=True,
    callback=_workers,
    help=_l("Processer der sender samtidig, hver over sin egen forbindelse (kun PostgreSQL)."),
)
@option("--at", "at", help=_l("Tidspunkt der gælder som 'nu', fx 2025-03-03T07:00."))
@with_appcontext
def deliver(workers, at):
    """Send the emails waiting in the outbox (run it on several machines to share the work)."""
    if not current_app.config.get("MAIL_SERVER"):
        click.echo(_("Ingen MAIL_SERVER: e-mails bliver i udbakken og sendes ikke."))
        return
    if workers > 1 and not parallel_supported():
        click.echo(_("Flere processer kræver PostgreSQL; på SQLite sender én proces."), err=True)
        workers = 1
    now = parse_moment(at)
    say_held(sending_resumes(now))  # then only password resets leave
    started = time.perf_counter()
    counts = deliver_parallel(now, workers, kinds_to_send(now))
    seconds = time.perf_counter() - started
    click.echo(
        ngettext(
            "Sendt: %(sent)d, prøves igen senere: %(retry)d, fejlet: %(failed)d "
            "(%(num)d proces, %(seconds).1f s).",
            "Sendt: %(sent)d, prøves igen senere: %(retry)d, fejlet: %(failed)d "
            "(%(num)d processer, %(seconds).1f s).",
            workers,
            sent=counts["sent"],
            retry=counts["retry"],
            failed=counts["failed"],
            seconds=seconds,
        )
    )
    say_server_trouble()
