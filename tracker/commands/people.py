"""``tracker people import FILE [--dry-run]``: people from a file exported from HR or AD."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from tracker.commands.options import option
from tracker.extensions import db
from tracker.people import importer


@click.group(help=_l("Personer: importér fra en fil fra HR eller Active Directory."))
def people():
    pass


@people.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@option("--dry-run", is_flag=True, help=_l("Vis, hvad der ændres, uden at gemme."))
@with_appcontext
def import_people(file: Path, dry_run: bool):
    """Import people from FILE (CSV or Excel); a file with errors changes nothing (exit 2)."""
    plan = importer.plan_upload(file.read_bytes(), file.name)
    if plan.errors:
        db.session.rollback()
        click.echo(_("Filen er ikke importeret:"), err=True)
        for error in plan.errors:
            click.echo(f"  {error}", err=True)
        sys.exit(2)
    click.echo(
        _(
            "%(new)d nye, %(changed)d ændrede, %(unchanged)d uændrede; "
            "%(missing)d i trackeren er ikke i filen.",
            new=len(plan.new),
            changed=len(plan.changed),
            unchanged=plan.unchanged,
            missing=len(plan.not_in_file),
        )
    )
    for change in plan.changed:
        fields = "; ".join(f"{k}: {old or '–'} → {new}" for k, (old, new) in change.fields.items())
        line = _("linje %(line)d", line=change.row.line)
        click.echo(f"  {line}: {change.person.name}: {fields}")
    if plan.manager_unknown:
        lines = ", ".join(str(c.row.line) for c in plan.manager_unknown)
        click.echo(_("Ukendt leder (sættes ikke) på linje %(lines)s.", lines=lines))
    if dry_run:
        db.session.rollback()
        click.echo(_("Intet er gemt (--dry-run)."))
        return
    importer.apply(plan, None)
    db.session.commit()
    click.echo(_("Gemt."))


@people.command("deactivate")
@click.argument("email")
@option("--to", "heir_email", help=_l("E-mail på den, der overtager de åbne handlinger."))
@with_appcontext
def deactivate_person(email: str, heir_email: str | None):
    """EMAIL leaves: open actions go to --to, logins end, no more email (exit 2 when refused)."""
    from tracker.auth.services import find_person_by_email
    from tracker.models import utcnow
    from tracker.people.services import PeopleError, deactivate

    person = find_person_by_email(email)
    heir = find_person_by_email(heir_email) if heir_email else None
    if person is None or (heir_email and heir is None):
        unknown = heir_email if person else email
        click.echo(_("Ingen person med e-mail %(email)s.", email=unknown), err=True)
        sys.exit(2)
    try:
        done = deactivate(person, None, heir, utcnow())
    except PeopleError as error:
        db.session.rollback()
        click.echo(str(error.message), err=True)
        sys.exit(2)
    db.session.commit()
    count = len(done.actions)
    if not count:
        click.echo(_("%(name)s er deaktiveret.", name=person.name))
        return
    click.echo(
        ngettext(
            "%(name)s er deaktiveret; %(num)d åben handling til %(heir)s.",
            "%(name)s er deaktiveret; %(num)d åbne handlinger til %(heir)s.",
            count,
            name=person.name,
            heir=heir.name,
        )
    )
