"""OpenID Connect with Authlib: authorization code flow with PKCE, state and nonce.

The provider's metadata comes from its discovery document (``<issuer>/.well-known/
openid-configuration``), whose ``issuer`` must be the configured one. The ID token's signature is
checked against the provider's JWKS (fetched again once when the token names an unknown key, as
after a key rotation), with asymmetric algorithms only; then issuer, audience (our client id),
expiry, issue time, nonce and, where present, ``azp`` and ``at_hash`` (Authlib's ``CodeIDToken``).
Nothing here logs a code, a token or a claim.
"""

from __future__ import annotations

import hmac
import re
import time
from urllib.parse import urlsplit

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.common.security import generate_token
from authlib.common.urls import add_params_to_uri
from authlib.integrations.requests_client import OAuth2Session
from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry

from tracker.auth.providers import Identity, Redirect, SsoRefused

METADATA_SECONDS = 3600  # how long discovery and keys are trusted before they are fetched again
PENDING_SECONDS = 600  # a login started longer ago than this is refused
LEEWAY_SECONDS = 60  # clock difference allowed for exp and iat
ASYMMETRIC = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")


def _loggable(code) -> str:
    """A provider's error code as it may go to the log: letters and underscores, 40 at most."""
    return re.sub(r"[^a-z_]", "?", str(code)[:40])


def stable_subject(claims) -> str:
    """The person's account at the provider, for good: Entra's object id (``oid``, with the
    tenant ``tid``), the same in every application of the tenant; else ``sub`` (which Entra
    makes per application, so a new app registration would change it)."""
    oid, tid = claims.get("oid"), claims.get("tid")
    if isinstance(oid, str) and 0 < len(oid) <= 100:
        return f"{tid}/{oid}" if isinstance(tid, str) and 0 < len(tid) <= 100 else oid
    subject = str(claims["sub"])
    if not 0 < len(subject) <= 255:  # OpenID Connect Core: at most 255 ASCII characters
        raise SsoRefused("bad-response", "the subject is empty or too long")
    return subject


class OpenIDConnect:
    """One OpenID provider (Microsoft Entra ID: the tenant's v2.0 issuer) and our client there."""

    name = "oidc"

    def __init__(self, *, issuer, client_id, client_secret, label, scopes, groups_claim, timeout):
        self.issuer = issuer
        self.client_id = client_id
        self._secret = client_secret
        self.label = label
        self.scopes = scopes if "openid" in scopes.split() else f"openid {scopes}"
        self.groups_claim = groups_claim
        self.timeout = timeout
        parts = urlsplit(issuer)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self._metadata: dict | None = None
        self._metadata_at = 0.0
        self._jwks: dict | None = None

    def __repr__(self) -> str:  # never the secret
        return f"<OpenIDConnect {self.issuer} client={self.client_id}>"

    # --- what the provider publishes ------------------------------------------------------

    def _get_json(self, url: str) -> dict:
        try:
            response = requests.get(url, timeout=self.timeout, allow_redirects=False)
            response.raise_for_status()
            data = response.json()
        except (requests.RequestException, ValueError) as error:
            raise SsoRefused("unavailable", f"{url}: {type(error).__name__}") from error
        if not isinstance(data, dict):
            raise SsoRefused("unavailable", f"{url}: not a JSON object")
        return data

    def metadata(self) -> dict:
        """The discovery document, fetched at most once an hour; its issuer must be ours."""
        if self._metadata is None or time.monotonic() - self._metadata_at > METADATA_SECONDS:
            data = self._get_json(f"{self.issuer}/.well-known/openid-configuration")
            needed = ("authorization_endpoint", "token_endpoint", "jwks_uri")
            if data.get("issuer") != self.issuer or not all(
                isinstance(data.get(k), str) for k in needed
            ):
                raise SsoRefused("unavailable", "discovery document does not fit the issuer")
            self._metadata, self._metadata_at, self._jwks = data, time.monotonic(), None
        return self._metadata

    def _keys(self, fresh: bool = False) -> KeySet:
        if self._jwks is None or fresh:
            self._jwks = self._get_json(self.metadata()["jwks_uri"])
        try:
            return KeySet.import_key_set(self._jwks)
        except (JoseError, ValueError, KeyError, TypeError) as error:
            raise SsoRefused("unavailable", "the JWKS cannot be read") from error

    # --- the flow -------------------------------------------------------------------------

    def _client(self, redirect_uri: str) -> OAuth2Session:
        return OAuth2Session(
            client_id=self.client_id,
            client_secret=self._secret,
            scope=self.scopes,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            token_endpoint_auth_method="client_secret_basic",
        )

    def begin(self, redirect_uri: str) -> Redirect:
        """The authorization request: fresh state, nonce and PKCE verifier, kept in ``pending``."""
        metadata = self.metadata()
        state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
        with self._client(redirect_uri) as client:
            url, _ = client.create_authorization_url(
                metadata["authorization_endpoint"],
                state=state,
                nonce=nonce,
                code_verifier=verifier,
            )
        pending = {
            "state": state,
            "nonce": nonce,
            "verifier": verifier,
            "redirect_uri": redirect_uri,
            "at": int(time.time()),
        }
        return Redirect(url=url, pending=pending)

    def finish(self, method: str, values: dict, pending: dict | None) -> Identity:
        """Check the callback against the login started here, redeem the code, check the token."""
        if method != "GET":
            raise SsoRefused("bad-response", "the answer must come as a query")
        if values.get("error"):
            reason = "cancelled" if values["error"] in ("access_denied", "login_required") else ""
            raise SsoRefused(reason or "provider-error", _loggable(values["error"]))
        state = str(values.get("state") or "")
        if (
            not pending
            or not isinstance(pending.get("state"), str)
            or not hmac.compare_digest(state.encode(), pending["state"].encode())
        ):
            raise SsoRefused("state", "no login with this state was started here")
        if time.time() - float(pending.get("at") or 0) > PENDING_SECONDS:
            raise SsoRefused("state", "the login was started too long ago")
        if values.get("iss") not in (None, self.issuer):  # RFC 9207: the answer names its issuer
            raise SsoRefused("bad-response", "the answer is from another issuer")
        code = str(values.get("code") or "")
        if not code or len(code) > 2000:
            raise SsoRefused("bad-response", "no code")
        token = self._redeem(code, pending)
        claims = self._verify(str(token.get("id_token") or ""), pending["nonce"], token)
        return self._identity(claims)

    def _redeem(self, code: str, pending: dict) -> dict:
        """The token request (client authenticated, with the PKCE verifier)."""
        endpoint = self.metadata()["token_endpoint"]
        try:
            with self._client(pending["redirect_uri"]) as client:
                return client.fetch_token(
                    endpoint,
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=pending["verifier"],
                    timeout=self.timeout,
                )
        except AuthlibBaseError as error:  # invalid_grant: a used, expired or foreign code
            raise SsoRefused("token", f"token endpoint: {_loggable(error.error)}") from error
        except (requests.RequestException, ValueError) as error:
            raise SsoRefused("unavailable", f"token endpoint: {type(error).__name__}") from error

    def _verify(self, id_token: str, nonce: str, token: dict) -> CodeIDToken:
        if not id_token or len(id_token) > 20_000:
            raise SsoRefused("token", "no ID token")
        offered = self.metadata().get("id_token_signing_alg_values_supported")
        offered = offered if isinstance(offered, list) and offered else ["RS256"]
        registry = JWSRegistry(algorithms=[a for a in offered if a in ASYMMETRIC])
        try:
            try:
                decoded = jwt.decode(id_token, self._keys(), registry=registry)
            except InvalidKeyIdError:  # the provider may have rotated its keys
                decoded = jwt.decode(id_token, self._keys(fresh=True), registry=registry)
            essential = {"essential": True}
            claims = CodeIDToken(
                decoded.claims,
                decoded.header,
                options={
                    "iss": {"essential": True, "value": self.issuer},
                    "aud": {"essential": True, "value": self.client_id},
                    "exp": essential,
                    "iat": essential,
                    "sub": essential,
                },
                params={
                    "nonce": nonce,
                    "client_id": self.client_id,
                    "access_token": token.get("access_token"),
                },
            )
            claims.validate(leeway=LEEWAY_SECONDS)
        except (JoseError, ValueError, TypeError, KeyError) as error:
            raise SsoRefused("token", type(error).__name__) from error
        return claims

    def _identity(self, claims) -> Identity:
        """The identity the checked claims name. The email is the ``email`` claim alone, never
        ``preferred_username`` (Entra's UPN, a name that may be anyone's address)."""
        if claims.get("email_verified") is False:
            raise SsoRefused("unverified-email")
        email = claims.get("email")
        email = email.strip().lower() if isinstance(email, str) else ""
        if "@" not in email or len(email) > 254:
            email = ""
        found = claims.get(self.groups_claim)
        groups = tuple(str(g) for g in found) if isinstance(found, list) else None
        name = claims.get("name") if isinstance(claims.get("name"), str) else ""
        return Identity(
            provider=self.name,
            issuer=self.issuer,  # the token's iss, checked to be this
            subject=stable_subject(claims),
            email=email,
            name=name[:200],
            groups=groups,
        )

    def logout_url(self, post_logout_redirect_uri: str) -> str | None:
        """RP-initiated logout at the provider's end-session endpoint, if it has one.

        Named by our client id rather than an ``id_token_hint``: an ID token with many groups
        would not fit in the session cookie."""
        try:
            endpoint = self.metadata().get("end_session_endpoint")
        except SsoRefused:
            return None
        if not isinstance(endpoint, str) or not endpoint.startswith(self.origin + "/"):
            return None
        params = {"client_id": self.client_id, "post_logout_redirect_uri": post_logout_redirect_uri}
        return add_params_to_uri(endpoint, params)
