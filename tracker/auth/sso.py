"""Single sign-on: from a provider's answer to a person who may log in (plain functions; they
flush and never commit).

The provider (``tracker.auth.providers``) checks its own answer and names an :class:`Identity`;
here that identity becomes a person. A person is found by the provider's issuer and subject
once a login has bound them; else by the token's email claim, case-insensitively (never by
``preferred_username``), and this first login binds the subject to them. A person whose subject
is bound is never logged in by another subject with their email: that login is refused, and
kept on the person for an admin to link (``link_refused``) or the binding is removed
(``unlink``) so that the next login binds anew. Unknown people are created when
``OIDC_CREATE_PEOPLE`` is on; deactivated people are refused; roles follow the groups when
``OIDC_ROLE_GROUPS`` maps them (``tracker.auth.group_roles``). The rate limit per address is the
password login's (``tracker.auth.throttle``), and each started login can be finished once,
whatever the browser sends back: the state is recorded as used in the database before the
provider is asked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from tracker.auth import group_roles, services, throttle
from tracker.auth.providers import Identity, LoginProvider, SsoRefused
from tracker.extensions import db
from tracker.models import Person, utcnow


def refusal_message(reason: str) -> str:
    """The Danish (or the person's language) words for why a login through a provider failed."""
    messages = {
        "cancelled": _("Du afbrød login, eller udbyderen afviste det. Prøv igen."),
        "provider-error": _("Login hos udbyderen gik ikke igennem. Prøv igen."),
        "state": _(
            "Login er udløbet eller allerede brugt. Start forfra med knappen “Log ind med …”."
        ),
        "unavailable": _(
            "Vi kunne ikke få forbindelse til login-udbyderen. Prøv igen om lidt, eller kontakt "
            "IT-afdelingen, hvis det bliver ved."
        ),
        "token": _(
            "Svaret fra login-udbyderen kunne ikke godkendes, så du er ikke logget ind. Prøv igen."
        ),
        "no-email": _(
            "Login-udbyderen sendte ingen e-mailadresse, så vi ved ikke, hvem du er. Kontakt "
            "IT-afdelingen."
        ),
        "unverified-email": _(
            "Login-udbyderen har ikke bekræftet din e-mailadresse, så vi kan ikke logge dig ind."
        ),
        "bad-response": _("Svaret fra login-udbyderen var ufuldstændigt. Prøv igen."),
    }
    return messages.get(reason, messages["provider-error"])


@dataclass
class SsoLogin:
    """The person to log in, or None and the Danish reason why not."""

    person: Person | None
    refusal: str | None = None


def _state_key(pending: dict) -> str:
    return hashlib.sha256(str(pending.get("state", "")).encode()).hexdigest()


def linked_person(issuer: str, subject: str) -> Person | None:
    """The person the provider's account (``issuer``, ``subject``) is bound to, if any."""
    return db.session.scalar(
        select(Person).where(Person.sso_issuer == issuer, Person.sso_subject == subject)
    )


def _other_account(identity: Identity) -> str:
    return _(
        "%(email)s hører i trackeren til en anden konto hos login-udbyderen, så du er ikke "
        "logget ind. Er det din nye konto, så bed en administrator om at knytte den til dig "
        "på din side under Personer.",
        email=identity.email,
    )


def person_for(identity: Identity, now: datetime | None = None) -> SsoLogin:
    """The active person the identity names (bound at the first login, created when allowed),
    with roles from groups; or why not."""
    now = now or utcnow()
    config = current_app.config
    person = linked_person(identity.issuer, identity.subject)
    if person is None:
        if not identity.email:
            return SsoLogin(None, refusal_message("no-email"))
        person = services.find_person_by_email(identity.email)
        if person is None and not config.get("OIDC_CREATE_PEOPLE"):
            return SsoLogin(
                None,
                _(
                    "%(email)s er ikke oprettet i trackeren. Bed sekretariatet om at oprette "
                    "dig med den adresse.",
                    email=identity.email,
                ),
            )
        if person is None:
            name = identity.name or identity.email
            person = Person(name=name, email=identity.email, role="member", active=True)
            db.session.add(person)
        elif person.active and person.sso_subject is not None:
            # The address is this person's, the account is not: a reused address, or the
            # person's account made anew. Only an admin can tell; kept for them to link.
            person.sso_refused_issuer, person.sso_refused_subject = (
                identity.issuer,
                identity.subject,
            )
            person.sso_refused_at = now
            db.session.flush()
            return SsoLogin(None, _other_account(identity))
    if not person.active:
        return SsoLogin(
            None, _("Din konto er deaktiveret. Kontakt sekretariatet, hvis det er en fejl.")
        )
    if person.sso_subject is None:
        bind(person, identity.issuer, identity.subject)
    group_roles.apply_groups(person, identity.groups, now)
    db.session.flush()
    return SsoLogin(person)


def bind(person: Person, issuer: str | None, subject: str | None) -> None:
    """Bind the provider's account (``issuer``, ``subject``) to ``person``: their logins through
    the provider are matched by it from now on; a refused other account is forgotten."""
    person.sso_issuer, person.sso_subject = issuer, subject
    person.sso_refused_issuer = person.sso_refused_subject = person.sso_refused_at = None
    db.session.flush()


def unbind(person: Person) -> None:
    """Forget the person's account at the provider (and a refused one): the next login with
    their email binds its account anew."""
    bind(person, None, None)


def finish_login(
    provider: LoginProvider, method: str, values: dict, pending: dict | None, address: str | None
) -> SsoLogin:
    """Count the attempt, spend the started login, let the provider check its answer, and find
    the person. Refusals are logged by reason only (no code, token, claim or address)."""
    address = address or "-"
    if not throttle.take("login-ip", address):
        return SsoLogin(None, _("For mange forsøg. Vent et kvarter, og prøv igen."))
    try:
        if pending is not None and not throttle.take("sso-state", _state_key(pending)):
            raise SsoRefused("state", "this login was finished before")
        identity = provider.finish(method, values, pending)
    except SsoRefused as refused:
        current_app.logger.warning("Login via %s afvist: %s", provider.name, refused)
        return SsoLogin(None, refusal_message(refused.reason))
    found = person_for(identity)
    if found.person is not None:
        throttle.refund("login-ip", address)
    else:
        current_app.logger.warning("Login via %s afvist: ukendt eller deaktiveret", provider.name)
    return found
