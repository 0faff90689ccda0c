"""The app's side of a login at the test provider: pointing the app at it, and one journey
from the button to the app's answer (test client here, the provider over real HTTP)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.conftest import Client
from tests.oidc.fixtures import log_in_at_provider
from tracker.extensions import db
from tracker.models import LoginSession

BASE = "http://tracker.test"  # the test app's TRACKER_BASE_URL: the redirect URI's start
REFUSED_TOKEN = "Svaret fra login-udbyderen kunne ikke godkendes"
REFUSED_STATE = "Login er udløbet eller allerede brugt"


@pytest.fixture
def sso(app, oidc_provider):
    """The app pointed at the test provider (the app fixture puts its config back after)."""
    app.config.update(oidc_provider.settings())
    return oidc_provider


def start(client: Client, path: str = "/login/sso/oidc") -> str:
    response = client.get(path)
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"]


def sso_login(client: Client, login: str, start_path="/login/sso/oidc", cancel=False, browser=None):
    """The whole journey: start here, log in at the provider, come back; the app's answer."""
    back = log_in_at_provider(start(client, start_path), login, BASE, cancel, browser)
    return client.get(back.removeprefix(BASE))


def flashed(client: Client) -> str:
    return client.get("/login").get_data(as_text=True)


def logins() -> int:
    return db.session.scalar(select(func.count()).select_from(LoginSession))


def assert_refused(client: Client, response, message: str) -> None:
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    assert message in flashed(client)
    assert logins() == 0, "no login row"
    assert client.get("/mine").status_code == 302, "no session"
