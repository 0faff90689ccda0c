"""``tracker reminders`` and ``tracker scheduler``."""

from __future__ import annotations

import signal
from datetime import UTC, datetime

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from tracker import mail
from tracker.auth.services import find_person_by_email
from tracker.commands.options import option
from tracker.i18n import local_tz
from tracker.mail.delivery import server_trouble
from tracker.reminders import services
from tracker.scheduler import jobs
from tracker.workdays.schedule import settings_from_config


def parse_moment(value: str | None) -> datetime:
    """An ISO moment; without a zone it is read in the configured zone."""
    if not value:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(
            _("%(value)s er ikke et tidspunkt som 2025-03-03T07:00.", value=repr(value))
        ) from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local_tz())
    return moment


@click.group(help=_l("Påmindelser: ugentligt overblik, statusrunde, frister."))
def reminders():
    pass


@reminders.command("run")
@click.option(
    "--kind",
    type=click.Choice(["weekly", "status-round", "deadline", "escalation", "all"]),
    default="all",
    show_default=True,
)
@option("--at", "at", help=_l("Tidspunkt der gælder som 'nu', fx 2025-03-03T07:00."))
@option("--dry-run", is_flag=True, help=_l("Vis hvad der ville blive sendt; gem og send intet."))
@with_appcontext
def run(kind, at, dry_run):
    """Make and send the reminders due at AT (default: now)."""
    result = jobs.sweep(kind, parse_moment(at), dry_run=dry_run)
    if dry_run:
        for email in result.planned:
            click.echo(f"{email.kind}\t{email.to}\t{email.key}")
        click.echo(_("%(num)d e-mails ville blive lavet (intet gemt).", num=len(result.planned)))
        return
    click.echo(_("%(num)d nye e-mails i udbakken.", num=result.made))
    say_held(result.held_until)
    if not current_app.config.get("MAIL_SERVER"):
        click.echo(_("Ingen MAIL_SERVER: e-mails bliver i udbakken og sendes ikke."))
    else:
        d = result.delivery
        click.echo(
            _(
                "Sendt: %(sent)d, prøves igen senere: %(retry)d, fejlet: %(failed)d.",
                sent=d["sent"],
                retry=d["retry"],
                failed=d["failed"],
            )
        )
        say_server_trouble()


def say_held(until: datetime | None) -> None:
    """When sending is closed (weekend, holiday, closed day, before the send time): until when."""
    if until is not None:
        local = until.astimezone(local_tz())
        click.echo(
            _(
                "Uden for sendetiden (weekend, helligdag, lukkedag eller før %(time)s): "
                "påmindelser laves og sendes først %(until)s; kun nulstilling af adgangskode "
                "sendes straks.",
                time=current_app.config["REMINDER_TIME"].strftime("%H:%M"),
                until=local.strftime("%Y-%m-%d %H:%M"),
            )
        )


def say_server_trouble() -> None:
    """On stderr, when the mail server refused the last delivery: why, and that nothing is lost."""
    trouble = server_trouble()
    if trouble is not None:
        click.echo(
            _(
                "Mailserveren tager ikke imod e-mails: %(error)s. "
                "Alle e-mails venter og sendes, når den svarer igen.",
                error=trouble.last_error,
            ),
            err=True,
        )


@reminders.command("preview")
@option("--person", "email", required=True, help=_l("Personens e-mailadresse."))
@option("--at", "at", help=_l("Tidspunkt der gælder som 'nu'."))
@with_appcontext
def preview(email, at):
    """Show the digest PERSON would get now (nothing is saved or sent), links masked."""
    person = find_person_by_email(email)
    if person is None:
        raise click.ClickException(_("Ingen person med e-mail %(email)s.", email=email))
    settings = settings_from_config(current_app.config)
    planned = services.plan_weekly_for(person, parse_moment(at), settings)
    if planned is None:
        click.echo(_("%(name)s har ingen åbne handlinger og får ingen e-mail.", name=person.name))
        return
    mail.decide_introductions([planned])  # the first email ever opens with what the tracker is
    subject, text, _html = mail.render(planned)
    click.echo(_("Til: %(to)s\nEmne: %(subject)s", to=person.email, subject=subject))
    click.echo(f"\n{mail.masked(text)}")


@click.command(help=_l("Kør påmindelserne som egen proces (produktion)."))
@with_appcontext
def scheduler():
    """Run the reminder scheduler in the foreground."""
    from tracker.extensions import db
    from tracker.scheduler.lock import SchedulerLease
    from tracker.scheduler.runner import build_scheduler

    app = current_app._get_current_object()
    lease = SchedulerLease(db.engine, app.config["SCHEDULER_LEASE_SECONDS"])
    click.echo(_("Planlæggeren %(owner)s kører (stop med Ctrl+C).", owner=lease.owner))

    def stop(signum, frame):
        raise SystemExit(0)  # unwinds to ``finally``: the lock is given up, not left to expire

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        build_scheduler(app, blocking=True, lease=lease).start()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        lease.release()
