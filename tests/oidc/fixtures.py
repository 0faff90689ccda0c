"""The test provider: one node process for the whole test run, started by the first test that
asks for the ``oidc_provider`` fixture and stopped at the end of the run.

The tests in tests/oidc/ get it from their conftest.py; the browser journey
(tests/browser/test_sso_journey.py) imports it. pytest then knows the fixture twice, so the
process itself is kept here and shared: it starts once per run.

Without node or ``node_modules/oidc-provider`` (``make browser-deps`` installs it from the
project's package-lock.json) the tests skip with the reason, unless CI is set: then they fail.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("provider.mjs")
SECRET = "test-client-secret-0123456789"
# Clients whose ID tokens the provider spoils on purpose (provider.mjs, "mischief").
MISCHIEF = ("expired", "wrong-audience", "wrong-issuer", "wrong-nonce", "tampered", "alg-none")
ROTATING = "tracker-rotated"  # signs with a new key after POST /test/rotate
CALLBACK = "/login/sso/oidc/callback"
# What the provider says about some test accounts (keyed by the login typed at the provider);
# anyone else: email = the login typed. The sub is the login as typed (provider.mjs).
ACCOUNTS = {
    "gruppe.admin@example.org": {"groups": ["grp-alle", "grp-admins"], "name": "Gry Admin"},
    "gruppe.sekretaer@example.org": {"groups": ["grp-sekretariat"]},
    "ingen.grupper@example.org": {"groups": []},
    "upn.bruger@example.org": {"email": None, "preferred_username": "UPN.Bruger@Example.org"},
    "uverificeret@example.org": {"email_verified": False},
    # Another account at the provider with Torben's address (a reused address): another sub.
    "ny.medarbejder@example.org": {"email": "torben@example.org", "name": "Nina Ny"},
    # Like Entra ID: the object id and tenant besides the per-application sub.
    "entra.bruger@example.org": {"oid": "0f0e0d0c-aaaa-4bbb-8ccc-123456789abc", "tid": "t-1"},
}


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(reason: str) -> None:
    """Skip with the reason on a developer's machine; fail in CI."""
    if _ci():
        pytest.fail(f"{reason} (CI is set, so the OIDC tests may not be skipped)", pytrace=False)
    pytest.skip(f"{reason}; run `make browser-deps` to install it")


@dataclass
class RunningProvider:
    """The running provider: its issuer URL and the settings that point the app at it."""

    issuer: str
    process: subprocess.Popen
    folder: Path

    def settings(self, client_id: str = "tracker", **more) -> dict:
        return {
            "OIDC_ISSUER": self.issuer,
            "OIDC_CLIENT_ID": client_id,
            "OIDC_CLIENT_SECRET": SECRET,
            "OIDC_LABEL": "Microsoft",
            "OIDC_SCOPES": "openid email profile",
            "OIDC_GROUPS_CLAIM": "groups",
            "OIDC_ROLE_GROUPS": {},
            "OIDC_CREATE_PEOPLE": False,
            "OIDC_TIMEOUT": 5.0,
            **more,
        }

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


_RUNNING: RunningProvider | None = None
_LOCK = threading.Lock()


def _start() -> RunningProvider:
    node = shutil.which("node")
    if node is None:
        missing("node is not installed")
    if not (ROOT / "node_modules" / "oidc-provider" / "package.json").exists():
        missing("node_modules/oidc-provider is not installed (npm ci)")
    folder = Path(tempfile.mkdtemp(prefix="oidc-provider-"))
    clients = (
        [{"client_id": "tracker", "client_secret": SECRET}]
        + [
            {"client_id": f"tracker-{kind}", "client_secret": SECRET, "mischief": kind}
            for kind in MISCHIEF
        ]
        + [{"client_id": ROTATING, "client_secret": SECRET, "mischief": "rotated"}]
    )
    config = {
        "clients": clients,
        # Any port on 127.0.0.1 (the browser tests' server); the test client's base URL.
        "redirect_uris": [f"http://127.0.0.1{CALLBACK}", f"http://tracker.test{CALLBACK}"],
        "post_logout_redirect_uris": ["http://127.0.0.1/login", "http://tracker.test/login"],
        "accounts": ACCOUNTS,
    }
    (folder / "config.json").write_text(json.dumps(config))
    log = open(folder / "provider.log", "w")  # noqa: SIM115 - the process writes it until stopped
    process = subprocess.Popen(
        [node, str(SCRIPT), str(folder / "config.json")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=30)
    if not line or not line[0].strip():
        process.kill()
        log.close()
        raise RuntimeError(
            "the OpenID provider did not start:\n" + (folder / "provider.log").read_text()
        )
    return RunningProvider(issuer=json.loads(line[0])["issuer"], process=process, folder=folder)


def shared_provider() -> RunningProvider:
    """The one provider of this test run, started on first use."""
    global _RUNNING
    with _LOCK:
        if _RUNNING is None or _RUNNING.process.poll() is not None:
            _RUNNING = _start()
            atexit.register(_RUNNING.stop)
        return _RUNNING


@pytest.fixture(scope="session")
def oidc_provider():
    """The real OpenID provider on 127.0.0.1 (once per test run; stopped at its end)."""
    provider = shared_provider()
    yield provider
    provider.stop()


# --- a person at the provider's login page, over HTTP ---------------------------------------

FORM_ACTION = re.compile(r'<form method="post" action="([^"]+)"')


def log_in_at_provider(
    authorize_url: str, login: str, back_to: str, cancel: bool = False, browser=None
) -> str:
    """Follow the provider's redirects, type ``login`` into its form (or cancel), and stop at
    the first redirect to ``back_to`` (the app): return that URL (with code and state).
    ``browser`` (a requests session) keeps the provider's cookies for a later visit."""
    browser = browser or requests.Session()
    url = authorize_url
    for _ in range(20):
        if url.startswith(back_to):
            return url
        response = browser.get(url, allow_redirects=False, timeout=10)
        if response.is_redirect:
            url = urljoin(url, response.headers["Location"])
            continue
        form = FORM_ACTION.search(response.text)
        assert response.status_code == 200 and form, (url, response.status_code, response.text)
        if cancel:
            url = urljoin(url, form.group(1).removesuffix("/login") + "/abort")
            continue
        response = browser.post(
            urljoin(url, form.group(1)), data={"login": login}, allow_redirects=False, timeout=10
        )
        assert response.is_redirect, (response.status_code, response.text)
        url = urljoin(url, response.headers["Location"])
    raise AssertionError(f"the provider never sent the browser back to {back_to}")
