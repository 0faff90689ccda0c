"""``tracker reminders deliver``: send the outbox now, with several workers on PostgreSQL."""

from __future__ import annotations

import time

import click
from flask import current_app
from flask.cli import with_appcontext

from tracker.commands.reminders import parse_moment, say_held, say_server_trouble
from tracker.mail.workers import deliver_parallel, parallel_supported
from tracker.reminders.jobs import kinds_to_send, sending_resumes

MAX_WORKERS = 32


def _workers(ctx, param, value: str) -> int:
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_WORKERS:
        raise click.BadParameter(f"{value!r} er ikke et antal processer fra 1 til {MAX_WORKERS}.")
    return int(value)


@click.command("deliver")
@click.option(
    "--workers",
    default="1",
    show_default=True,
    callback=_workers,
    help="Processer der sender samtidig, hver over sin egen forbindelse (kun PostgreSQL).",
)
@click.option("--at", "at", help="Tidspunkt der gælder som 'nu', fx 2025-03-03T07:00.")
@with_appcontext
def deliver(workers, at):
    """Send the emails waiting in the outbox (run it on several machines to share the work)."""
    if not current_app.config.get("MAIL_SERVER"):
        click.echo("Ingen MAIL_SERVER: e-mails bliver i udbakken og sendes ikke.")
        return
    if workers > 1 and not parallel_supported():
        click.echo("Flere processer kræver PostgreSQL; på SQLite sender én proces.", err=True)
        workers = 1
    now = parse_moment(at)
    say_held(sending_resumes(now))  # then only password resets leave
    started = time.perf_counter()
    counts = deliver_parallel(now, workers, kinds_to_send(now))
    seconds = time.perf_counter() - started
    click.echo(
        f"Sendt: {counts['sent']}, prøves igen senere: {counts['retry']}, "
        f"fejlet: {counts['failed']} ({workers} {'proces' if workers == 1 else 'processer'}, "
        f"{seconds:.1f} s)."
    )
    say_server_trouble()
