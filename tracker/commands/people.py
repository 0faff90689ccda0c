"""``tracker people import FILE [--dry-run]``: people from a file exported from HR or AD."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import with_appcontext

from tracker.extensions import db
from tracker.people import importer


@click.group(help="Personer: importér fra en fil fra HR eller Active Directory.")
def people():
    pass


@people.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Vis, hvad der ændres, uden at gemme.")
@with_appcontext
def import_people(file: Path, dry_run: bool):
    """Import people from FILE (CSV or Excel); a file with errors changes nothing (exit 2)."""
    plan = importer.plan_upload(file.read_bytes(), file.name)
    if plan.errors:
        db.session.rollback()
        click.echo("Filen er ikke importeret:", err=True)
        for error in plan.errors:
            click.echo(f"  {error}", err=True)
        sys.exit(2)
    click.echo(
        f"{len(plan.new)} nye, {len(plan.changed)} ændrede, {plan.unchanged} uændrede; "
        f"{len(plan.not_in_file)} i trackeren er ikke i filen."
    )
    for change in plan.changed:
        fields = "; ".join(f"{k}: {old or '–'} → {new}" for k, (old, new) in change.fields.items())
        click.echo(f"  linje {change.row.line}: {change.person.name}: {fields}")
    if plan.manager_unknown:
        lines = ", ".join(str(c.row.line) for c in plan.manager_unknown)
        click.echo(f"Ukendt leder (sættes ikke) på linje {lines}.")
    if dry_run:
        db.session.rollback()
        click.echo("Intet er gemt (--dry-run).")
        return
    importer.apply(plan, None)
    db.session.commit()
    click.echo("Gemt.")
