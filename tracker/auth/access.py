"""Who may see and change what."""

from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user


def current_person():
    """The logged-in Person itself (not Flask-Login's proxy), for services that take a person."""
    return current_user._get_current_object()


def role_required(*roles: str):
    """Answer 403 unless the logged-in person has one of ``roles`` (admin passes secretary)."""
    allowed = set(roles)
    if "secretary" in allowed:
        allowed.add("admin")

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
