"""A person's account at the login provider, as admins see and change it on the person's page.

The first login through the provider binds its account to the person (tracker.auth.sso); a later
login with the person's email but another account is refused and kept. An admin either links
that account (the person's account was made anew) or removes the binding (the next login with
the email binds whichever account it brings). Both end the person's logins and are written to
the audit trail, without the account's identifier. Plain functions: they flush, never commit.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from tracker.auth import sessions, sso
from tracker.models import Person
from tracker.people.services import PeopleError, audit


def _keep(person: Person, actor: Person) -> str | None:
    """The actor's own login stays when they change their own binding."""
    return actor.login_id if actor.id == person.id else None


def link_refused(person: Person, subject: str, actor: Person) -> None:
    """Bind the account of the person's last refused login; ``subject`` is the one the admin
    was shown, so a newer refused login is never linked unseen."""
    issuer = person.sso_refused_issuer
    if issuer is None or not subject or person.sso_refused_subject != subject:
        raise PeopleError(
            _l("Der er kommet et andet afvist login siden. Se siden igen, før du knytter det.")
        )
    holder = sso.linked_person(issuer, subject)
    if holder is not None and holder.id != person.id:
        raise PeopleError(
            _l(
                "Den konto er allerede knyttet til %(name)s. Fjern koblingen dér først.",
                name=holder.name,
            )
        )
    had = person.sso_subject is not None
    sso.bind(person, issuer, subject)
    sessions.revoke_all(person, keep=_keep(person, actor))
    audit(
        "sso-link", person, actor, "ny konto knyttet" + (" i stedet for den gamle" if had else "")
    )


def unlink(person: Person, actor: Person) -> None:
    """Remove the binding (and a refused login): the next login with the email binds anew."""
    if person.sso_subject is None and person.sso_refused_subject is None:
        raise PeopleError(_l("Personen er ikke knyttet til en konto hos login-udbyderen."))
    sso.unbind(person)
    sessions.revoke_all(person, keep=_keep(person, actor))
    audit("sso-unlink", person, actor, "koblingen fjernet")
