"""Roles from the provider's groups (``OIDC_ROLE_GROUPS``): plain functions, they flush and
never commit.

The tracker learns someone's groups only when they log in through the provider. So a role that
came from groups is trusted for one session length (``SESSION_HOURS``) after the login that gave
it; after that no other login keeps it (a password login, a "Husk mig" login restored or kept
open: tracker.auth.views checks each request). The person is then a member until they log in
through the provider again, which gives them the role their groups give now. A role an admin
set in the tracker (one the groups did not give) is the tracker's and stays; so does every role
without ``OIDC_ROLE_GROUPS``.
"""

from __future__ import annotations

from datetime import datetime

from flask import current_app

from tracker.extensions import db
from tracker.models import Person

ROLE_RANK = {"member": 0, "secretary": 1, "admin": 2}


def role_for(groups: tuple[str, ...], role_groups: dict[str, str]) -> str:
    """The highest role any of ``groups`` gives (``role_groups``: group -> role); else member."""
    roles = [role_groups[g] for g in groups if g in role_groups]
    return max(roles, key=ROLE_RANK.__getitem__, default="member")


def apply_groups(person: Person, groups: tuple[str, ...] | None, now: datetime) -> None:
    """At a login through the provider: the role its groups give, remembered with the time.
    A token without the groups claim (``groups`` None) leaves the role as it is."""
    role_groups = current_app.config.get("OIDC_ROLE_GROUPS") or {}
    if not role_groups or groups is None:
        return
    person.role = person.sso_role = role_for(groups, role_groups)
    person.sso_role_at = now
    db.session.flush()


def lapsed(person: Person, now: datetime) -> bool:
    """Whether ``person`` holds a role above member that the groups gave at a login through the
    provider longer than a session ago (so nothing has vouched for it since)."""
    if not current_app.config.get("OIDC_ROLE_GROUPS") or person.sso_role is None:
        return False
    if ROLE_RANK.get(person.role, 0) == 0 or person.role != person.sso_role:
        return False  # a member, or a role set in the tracker since
    given = person.sso_role_at
    return given is None or now - given > current_app.config["PERMANENT_SESSION_LIFETIME"]


def drop_lapsed(person: Person, now: datetime) -> bool:
    """A lapsed role from groups becomes member (until the next login through the provider).
    True when the role was dropped."""
    if not lapsed(person, now):
        return False
    person.role = "member"
    person.sso_role = None  # the role is the tracker's again (member), not the groups'
    db.session.flush()
    return True
