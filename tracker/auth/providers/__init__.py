"""Login providers: the ways to log in besides a password (single sign-on).

Today there is one, OpenID Connect (``oidc.OpenIDConnect``: Microsoft Entra ID and any other
certified provider). The views know only the interface below, so a second provider (KOMBIT's
Context Handler, which speaks SAML) is a new module here and one line in :func:`_build`:

- ``name``: its part of the URLs (``/login/sso/<name>`` and ``/login/sso/<name>/callback``);
- ``label``: the name on the login button ("Log ind med <label>");
- ``begin(redirect_uri)`` → :class:`Redirect`: where to send the browser, and what the session
  keeps until the browser comes back (JSON-serialisable, no secrets of the provider's);
- ``finish(method, values, pending)`` → :class:`Identity`: the provider's answer (the callback's
  query or form values), read and checked; raises :class:`SsoRefused` with a reason;
- ``logout_url(post_logout_redirect_uri)``: where to end the provider's session too, or None
  when it has no such endpoint;
- ``origin``: the scheme and host the browser is sent to (for the CSP's ``form-action``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from flask import current_app


class SsoRefused(Exception):
    """The provider's answer cannot log anyone in. ``reason`` is one of ``REASONS``."""

    REASONS = (
        "cancelled",  # the person cancelled at the provider (or it refused them)
        "provider-error",  # the provider answered with another error
        "state",  # no login was started here, it was used before, or it is too old
        "unavailable",  # the provider could not be reached or answered nonsense
        "token",  # the ID token failed a check: signature, issuer, audience, expiry, nonce
        "no-email",  # the token has no email claim (and its subject is linked to nobody)
        "unverified-email",  # the provider says the address is not verified
        "bad-response",  # the answer lacks what it must have (code), or came the wrong way
    )

    def __init__(self, reason: str, detail: str = ""):
        assert reason in self.REASONS, reason
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Identity:
    """Who the provider says logged in. ``issuer`` and ``subject`` name the account there for
    good (the subject never changes and is never given to another); ``email`` is the address
    the provider vouches for, "" when it sends none. ``groups`` is None when the token has no
    group claim (then roles are left as they are), a tuple (perhaps empty) when it has one."""

    provider: str
    issuer: str
    subject: str
    email: str
    name: str = ""
    groups: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Redirect:
    """Send the browser to ``url``; keep ``pending`` in the session until it returns."""

    url: str
    pending: dict


class LoginProvider(Protocol):
    """What the views need of a provider (see the module's docstring)."""

    name: str
    label: str
    origin: str

    def begin(self, redirect_uri: str) -> Redirect: ...

    def finish(self, method: str, values: dict, pending: dict | None) -> Identity: ...

    def logout_url(self, post_logout_redirect_uri: str) -> str | None: ...


def _build(config) -> list[LoginProvider]:
    """The providers the configuration turns on, in the order of their buttons."""
    found: list[LoginProvider] = []
    if config.get("OIDC_ISSUER"):
        from tracker.auth.providers.oidc import OpenIDConnect

        found.append(
            OpenIDConnect(
                issuer=config["OIDC_ISSUER"],
                client_id=config["OIDC_CLIENT_ID"],
                client_secret=config["OIDC_CLIENT_SECRET"],
                label=config.get("OIDC_LABEL") or "Microsoft",
                scopes=config.get("OIDC_SCOPES") or "openid email profile",
                groups_claim=config.get("OIDC_GROUPS_CLAIM") or "groups",
                timeout=float(config.get("OIDC_TIMEOUT") or 10),
            )
        )
    return found


def _settings_key(config) -> tuple:
    names = ("OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_LABEL", "OIDC_SCOPES")
    return tuple(config.get(name) for name in names) + (
        config.get("OIDC_GROUPS_CLAIM"),
        config.get("OIDC_TIMEOUT"),
    )


def available() -> list[LoginProvider]:
    """The configured providers of the current app. They are kept per app (with what they
    learnt from the provider: its metadata and keys) until the settings change."""
    cache = current_app.extensions.setdefault("tracker_sso", {})
    key = _settings_key(current_app.config)
    if key not in cache:
        cache.clear()
        cache[key] = _build(current_app.config)
    return cache[key]


def get(name: str) -> LoginProvider | None:
    """The configured provider called ``name``, if any."""
    return next((p for p in available() if p.name == name), None)


def form_action_origins(config) -> list[str]:
    """Origins a form may lead to besides this site: logout continues at the provider."""
    origins = []
    if config.get("OIDC_ISSUER"):
        parts = urlsplit(config["OIDC_ISSUER"])
        origins.append(f"{parts.scheme}://{parts.netloc}")
    return origins
