"""Single sign-on: from a provider's answer to a person who may log in (plain functions; they
flush and never commit).

The provider (``tracker.auth.providers``) checks its own answer and names an :class:`Identity`;
here that identity becomes a person: matched by email, case-insensitively, or created when
``OIDC_CREATE_PEOPLE`` is on; refused when unknown or deactivated; given a role from its groups
when ``OIDC_ROLE_GROUPS`` maps them. The rate limit per address is the password login's
(``tracker.auth.throttle``), and each started login can be finished once, whatever the browser
sends back: the state is recorded as used in the database before the provider is asked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from flask import current_app
from flask_babel import gettext as _

from tracker.auth import services, throttle
from tracker.auth.providers import Identity, LoginProvider, SsoRefused
from tracker.extensions import db
from tracker.models import Person

ROLE_RANK = {"member": 0, "secretary": 1, "admin": 2}


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


def role_for(groups: tuple[str, ...], role_groups: dict[str, str]) -> str:
    """The highest role any of ``groups`` gives (``role_groups``: group -> role); else member."""
    roles = [role_groups[g] for g in groups if g in role_groups]
    return max(roles, key=ROLE_RANK.__getitem__, default="member")


def person_for(identity: Identity) -> SsoLogin:
    """The active person the identity names (created when allowed), with roles from groups."""
    config = current_app.config
    person = services.find_person_by_email(identity.email)
    role_groups = config.get("OIDC_ROLE_GROUPS") or {}
    if person is None:
        if not config.get("OIDC_CREATE_PEOPLE"):
            return SsoLogin(
                None,
                _(
                    "%(email)s er ikke oprettet i trackeren. Bed sekretariatet om at oprette "
                    "dig med den adresse.",
                    email=identity.email,
                ),
            )
        person = Person(name=identity.name or identity.email, email=identity.email)
        person.role = "member"
        db.session.add(person)
    elif not person.active:
        return SsoLogin(
            None, _("Din konto er deaktiveret. Kontakt sekretariatet, hvis det er en fejl.")
        )
    if role_groups and identity.groups is not None:
        person.role = role_for(identity.groups, role_groups)
    db.session.flush()
    return SsoLogin(person)


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
