"""Single sign-on in Chromium: "Log ind med Microsoft" on the login page, the provider's login
form (npm's oidc-provider on 127.0.0.1, tests/oidc/provider.mjs), back to "Mine handlinger",
and "Log ud" on through the provider's end-session page back to the login page.

The browser may reach only 127.0.0.1 (the app's and the provider's ports); the app fetches the
provider's metadata and keys and redeems the code over real HTTP.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from tests.browser.conftest import PHONE, TORBEN, VIEWPORTS
from tests.browser.test_accessibility import assert_accessible
from tests.oidc.fixtures import oidc_provider  # noqa: F401
from tracker.extensions import db
from tracker.models import LoginSession, Person

pytestmark = pytest.mark.browser


@pytest.fixture
def sso_server(live_server, oidc_provider):  # noqa: F811
    """The live server pointed at the test provider for one test; as before afterwards."""
    config = live_server.app.config
    before = {key: config.get(key) for key in oidc_provider.settings()}
    config.update(oidc_provider.settings())
    try:
        yield live_server
    finally:
        config.update(before)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_login_page_with_the_button_has_no_wcag_violations(
    new_context, sso_server, axe_path, viewport
):
    page = new_context(viewport=VIEWPORTS[viewport], bypass_csp=True).new_page()  # axe is a script
    page.goto("/login")
    assert page.get_by_role("link", name="Log ind med Microsoft").is_visible()
    assert_accessible(page, axe_path)


def test_log_in_and_out_with_the_municipality_account(new_context, sso_server, shoot):
    """With the app's real CSP: "Log ud" is a form whose redirect leads to the provider."""
    page = new_context(viewport=PHONE).new_page()
    page.goto("/login")
    button = page.get_by_role("link", name="Log ind med Microsoft")
    assert button.is_visible()
    shoot(page, "login-page")

    button.click()
    page.wait_for_url(re.compile(r"/interaction/"))
    assert page.url.startswith(sso_server.app.config["OIDC_ISSUER"])
    page.get_by_label("Email address").fill(TORBEN.upper())
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/mine$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Mine handlinger"
    shoot(page, "logged-in")

    with sso_server.app.app_context():
        torben = db.session.scalar(select(Person).where(Person.email == TORBEN))
        row = db.session.scalars(
            select(LoginSession).where(LoginSession.person_id == torben.id)
        ).all()[-1]
        assert row.via == "oidc" and row.revoked_at is None
        login_id = row.id
        db.session.remove()

    page.get_by_role("button", name="Log ud").click()  # a form: CSP form-action lets it on
    page.get_by_role("button", name="Yes, sign me out").click()
    page.wait_for_url(re.compile(r"/login$"))
    assert page.get_by_text("Du er logget ud.").is_visible()
    with sso_server.app.app_context():
        assert db.session.get(LoginSession, login_id).revoked_at is not None
        db.session.remove()
    page.goto("/mine")
    page.wait_for_url(re.compile(r"/login"))


def test_unknown_person_is_told_in_danish(new_context, sso_server, shoot):
    page = new_context(viewport=PHONE).new_page()
    page.goto("/login?next=/handlinger")
    page.get_by_role("link", name="Log ind med Microsoft").click()
    page.get_by_label("Email address").fill("ukendt@sonderoe.example")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/login$"))
    assert page.get_by_text("ukendt@sonderoe.example er ikke oprettet i trackeren").is_visible()
    shoot(page, "refused")
    page.goto("/mine")
    page.wait_for_url(re.compile(r"/login"))
