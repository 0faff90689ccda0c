"""``tracker users``: create people who log in, set passwords, list them."""

from __future__ import annotations

import click
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from tracker.auth.forms import TOO_SHORT
from tracker.auth.services import deactivate, find_person_by_email, set_new_password
from tracker.commands.options import option
from tracker.extensions import db
from tracker.models import ROLES, Person
from tracker.people.services import audit
from tracker.rules import PASSWORD_MIN_LENGTH


@click.group(help=_l("Brugere: opret, skift adgangskode, deaktivér, vis."))
def users():
    pass


@users.command("create")
@option("--email", required=True, help=_l("E-mailadresse (bruges til login)."))
@option("--name", required=True, help=_l("Fulde navn."))
@click.option("--role", type=click.Choice(ROLES), default="member", show_default=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@with_appcontext
def create(email, name, role, password):
    """Create a person who can log in."""
    email = email.strip().lower()
    if find_person_by_email(email):
        raise click.ClickException(
            _("Der findes allerede en bruger med e-mail %(email)s.", email=email)
        )
    if len(password) < PASSWORD_MIN_LENGTH:
        raise click.ClickException(TOO_SHORT % {"min": PASSWORD_MIN_LENGTH})
    person = Person(email=email, name=name.strip(), role=role)
    person.set_password(password)
    db.session.add(person)
    db.session.flush()
    if role != "member":
        audit("role", person, None, f"ny → {role}")
    db.session.commit()
    click.echo(
        _("Oprettet: %(name)s <%(email)s> (%(role)s)", name=person.name, email=email, role=role)
    )


@users.command("set-password")
@click.argument("email")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@with_appcontext
def set_password(email, password):
    """Set a new password for the person with EMAIL."""
    person = find_person_by_email(email)
    if person is None:
        raise click.ClickException(_("Ingen bruger med e-mail %(email)s.", email=email))
    if len(password) < PASSWORD_MIN_LENGTH:
        raise click.ClickException(TOO_SHORT % {"min": PASSWORD_MIN_LENGTH})
    renewed = set_new_password(person, password)
    audit("password", person, None, "ny adgangskode fra kommandolinjen")
    db.session.commit()
    click.echo(
        _(
            "Adgangskoden er skiftet for %(name)s; alle personens logins er afsluttet.",
            name=person.name,
        )
    )
    if renewed:
        click.echo(_("Personens kalenderlink er fornyet: det gamle virker ikke længere."))


@users.command("deactivate")
@click.argument("email")
@with_appcontext
def deactivate_user(email):
    """The person with EMAIL can no longer log in; every login of theirs ends now."""
    person = find_person_by_email(email)
    if person is None:
        raise click.ClickException(_("Ingen bruger med e-mail %(email)s.", email=email))
    deactivate(person)
    audit("deactivate", person, None, "logins afsluttet fra kommandolinjen")
    db.session.commit()
    click.echo(_("%(name)s er deaktiveret og logget ud overalt.", name=person.name))


@users.command("list")
@with_appcontext
def list_users():
    """List the people who can log in."""
    people = db.session.scalars(
        select(Person).where(Person.email.is_not(None)).order_by(Person.name)
    )
    for p in people:
        state = "" if p.active else " ({})".format(_("deaktiveret"))
        click.echo(f"{p.email}\t{p.name}\t{p.role}{state}")
