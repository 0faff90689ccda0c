"""Signed links in emails that log one person in and land on a page; they change nothing else.

The token is never stored: the outbox keeps a placeholder, and delivery signs the link for the
recipient as the email leaves (see ``tracker.mail``); signing lives in ``tracker.tokens``.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote, urlsplit

from tracker import tokens
from tracker.models import Person

LINK_MAX_AGE = 7 * 24 * 3600
login_token = tokens.sign_login  # the signed part of a person's email links
login_url = tokens.login_url  # an absolute link that logs in and opens a path on this site


def _stays_on_site(target: str) -> bool:
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    # Browsers drop tabs and newlines and read "/\t/x" as "//x": no control or format
    # characters, no spaces at all.
    if any(unicodedata.category(c)[0] in "CZ" for c in target):
        return False
    parts = urlsplit(target)
    return not (parts.scheme or parts.netloc)


def safe_path(target: str | None) -> str | None:
    """``target`` when it is a path on this site, also once percent-decoded; else None."""
    if not target or len(target) > 2000:
        return None
    decoded = unquote(target)
    if _stays_on_site(target) and _stays_on_site(decoded) and _stays_on_site(unquote(decoded)):
        return target
    return None


def read_login_link(token: str, path: str | None = None) -> tuple[Person, str] | None:
    """The person of a valid, unexpired link for an active person, and where to go; else None.

    The path is not signed, so only a path on this site is followed.
    """
    person = tokens.read_login(token, LINK_MAX_AGE)
    if person is None:
        return None
    return person, safe_path(path) or "/"
