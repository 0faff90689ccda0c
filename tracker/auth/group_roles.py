"""Roles from the provider's groups (``OIDC_ROLE_GROUPS``): plain functions, they flush and
never commit.

Given at each login through the provider, and remembered with the time.
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
