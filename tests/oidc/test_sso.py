"""Single sign-on through a real OpenID provider (npm's oidc-provider on 127.0.0.1).

The Flask test client plays the app's side; a requests session plays the browser at the
provider (its login form, over real HTTP). The app itself fetches the provider's discovery
document and JWKS and redeems the code at its token endpoint, over real HTTP too: nothing of
the provider is mocked. Spoilt ID tokens come from clients the provider spoils on purpose
(tests/oidc/provider.mjs), signed with its published key unless the point is a bad signature.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from sqlalchemy import func, select

from tests.conftest import Client
from tests.factories import make_person
from tests.oidc.fixtures import CALLBACK, MISCHIEF, ROTATING, log_in_at_provider
from tests.oidc.journey import (
    BASE,
    REFUSED_STATE,
    REFUSED_TOKEN,
    assert_refused,
    flashed,
    logins,
    sso_login,
    start,
)
from tracker.extensions import db
from tracker.models import LoginSession, Person

# --- the login page --------------------------------------------------------------------------


def test_login_page_has_the_button_with_the_configured_label(app, client, sso):
    app.config["OIDC_LABEL"] = "Sønderø Kommune"
    page = client.get("/login?next=/handlinger").get_data(as_text=True)
    assert "Log ind med Sønderø Kommune" in page
    assert 'href="/login/sso/oidc?next=/handlinger"' in page
    assert 'name="password"' in page, "password login stays on by default"


def test_no_button_without_a_provider(client):
    page = client.get("/login").get_data(as_text=True)
    assert "Log ind med" not in page and 'name="password"' in page
    assert client.get("/login/sso/oidc").status_code == 404


def test_password_login_can_be_turned_off(app, client, sso, member):
    token = client.csrf_token("/login")  # from before: the page has no form any more
    app.config["TRACKER_PASSWORD_LOGIN"] = False
    page = client.get("/login").get_data(as_text=True)
    assert "Log ind med Microsoft" in page
    assert 'name="password"' not in page and "Glemt adgangskode" not in page
    data = {"email": member.email, "password": "correct horse battery", "csrf_token": token}
    assert client.raw.post("/login", data=data).status_code == 404
    assert client.get("/glemt-adgangskode").status_code == 404
    assert client.get("/nulstil/any-token").status_code == 404
    assert logins() == 0


# --- a full login ----------------------------------------------------------------------------


def test_full_login_through_the_provider(client, sso, db):
    person = make_person(name="Torben Chef", email="Torben@Example.org", role="member")
    authorize = start(client, "/login/sso/oidc?next=/handlinger")
    query = parse_qs(urlsplit(authorize).query)
    assert authorize.startswith(sso.issuer + "/auth?")
    assert query["response_type"] == ["code"] and query["client_id"] == ["tracker"]
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    assert len(query["state"][0]) >= 32 and len(query["nonce"][0]) >= 32
    assert query["redirect_uri"] == [BASE + CALLBACK]
    assert set(query["scope"][0].split()) == {"openid", "email", "profile"}

    back = log_in_at_provider(authorize, "torben@EXAMPLE.org", BASE)
    response = client.get(back.removeprefix(BASE))
    assert response.status_code == 302 and response.headers["Location"] == "/handlinger"
    row = db.session.scalars(select(LoginSession)).one()
    assert row.person_id == person.id and row.via == "oidc" and row.revoked_at is None
    assert client.get("/mine").status_code == 200
    assert "Torben Chef" in client.get("/indstillinger").get_data(as_text=True)


def test_preferred_username_never_logs_in_an_unlinked_person(client, sso, db):
    """The token has no email claim, and its preferred_username is an admin's address: a name
    anyone may be given at the provider, so it names nobody here."""
    person = make_person(name="Ulla Upn", email="upn.bruger@example.org", role="admin")
    response = sso_login(client, "upn.bruger@example.org")
    assert_refused(client, response, "sendte ingen e-mailadresse")
    assert person.sso_subject is None, "nothing bound"


def test_a_linked_person_logs_in_without_an_email_claim(client, sso, db):
    """Bound at an earlier login, the account is known by its subject: no email is needed."""
    person = make_person(
        name="Ulla Upn",
        email="upn.bruger@example.org",
        sso_issuer=sso.issuer,
        sso_subject="upn.bruger@example.org",
    )
    response = sso_login(client, "upn.bruger@example.org")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert db.session.scalars(select(LoginSession)).one().person_id == person.id


def test_logout_ends_the_login_and_the_provider_session(client, sso, db):
    make_person(name="Torben Chef", email="torben@example.org")
    browser = requests.Session()  # the browser at the provider, with its session cookie
    sso_login(client, "torben@example.org", browser=browser)
    response = client.logout()
    location = response.headers["Location"]
    assert location.startswith(sso.issuer + "/session/end?")
    query = parse_qs(urlsplit(location).query)
    assert query == {"client_id": ["tracker"], "post_logout_redirect_uri": [BASE + "/login"]}
    assert db.session.scalars(select(LoginSession)).one().revoked_at is not None
    assert client.get("/mine").status_code == 302
    # The provider accepts the request: it asks, and then sends the browser back to /login.
    confirm = browser.get(location, timeout=10)
    assert confirm.status_code == 200 and 'id="op.logoutForm"' in confirm.text, confirm.text
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', confirm.text))
    action = re.search(r'<form id="op.logoutForm" method="post" action="([^"]+)"', confirm.text)
    done = browser.post(
        action.group(1), data={**form, "logout": "yes"}, allow_redirects=False, timeout=10
    )
    assert done.is_redirect and done.headers["Location"] == BASE + "/login"
    assert "Du er logget ud." in flashed(client)


def test_logout_stays_here_when_the_provider_has_no_end_session_endpoint(app, client, sso):
    from tracker.auth import providers

    make_person(name="Torben Chef", email="torben@example.org")
    sso_login(client, "torben@example.org")
    provider = providers.get("oidc")  # the app's own object, with the discovery it fetched
    provider._metadata = {k: v for k, v in provider.metadata().items() if "end_session" not in k}
    assert client.logout().headers["Location"] == "/login"
    assert client.get("/mine").status_code == 302


def test_password_logout_stays_here(client, sso, member):
    client.login(member)
    assert client.logout().headers["Location"] == "/login"


def test_csp_lets_logout_continue_at_the_provider(client, sso):
    csp = client.get("/login").headers["Content-Security-Policy"]
    assert f"form-action 'self' {sso.issuer};" in csp


# --- refused -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", MISCHIEF)
def test_spoilt_id_token_is_refused(app, client, sso, kind):
    """Each spoilt token names a real person (Morten): only the check stands in the way. The
    tampered one was issued to a stranger, and then its email claim was changed to Morten's."""
    make_person(name="Morten Admin", email="morten@sonderoe.example", role="admin")
    app.config["OIDC_CLIENT_ID"] = f"tracker-{kind}"
    login = "fremmed@example.org" if kind == "tampered" else "morten@sonderoe.example"
    response = sso_login(client, login)
    assert_refused(client, response, REFUSED_TOKEN)


def test_unspoilt_token_of_the_same_person_logs_in(client, sso):
    """The counterpart of the test above: without mischief the same login works."""
    make_person(name="Morten Admin", email="morten@sonderoe.example", role="admin")
    assert sso_login(client, "morten@sonderoe.example").headers["Location"] == "/"
    assert logins() == 1


def test_a_new_signing_key_is_fetched_when_a_token_names_it(app, client, sso):
    """Key rotation: the app has the provider's keys from the first login; the second token is
    signed with a key that the JWKS publishes only since then."""
    make_person(name="Torben Chef", email="torben@example.org")
    app.config["OIDC_CLIENT_ID"] = ROTATING
    requests.post(sso.issuer + "/test/unrotate", timeout=5).raise_for_status()
    assert sso_login(client, "torben@example.org").headers["Location"] == "/"
    client.logout()
    requests.post(sso.issuer + "/test/rotate", timeout=5).raise_for_status()
    try:
        keys = requests.get(sso.issuer + "/jwks", timeout=5).json()["keys"]
        assert [key["kid"] for key in keys] == ["test-key-1", "test-key-2"]
        assert sso_login(client, "torben@example.org").headers["Location"] == "/"
    finally:
        requests.post(sso.issuer + "/test/unrotate", timeout=5).raise_for_status()
    assert logins() == 2


def test_replayed_callback_is_refused(client, sso):
    make_person(name="Torben Chef", email="torben@example.org")
    back = log_in_at_provider(start(client), "torben@example.org", BASE)
    assert client.get(back.removeprefix(BASE)).headers["Location"] == "/"
    client.logout()
    response = client.get(back.removeprefix(BASE))
    assert response.headers["Location"].endswith("/login")
    assert REFUSED_STATE in flashed(client)
    assert logins() == 1 and client.get("/mine").status_code == 302


def test_replayed_state_with_the_old_cookie_is_refused(app, client, sso):
    """A copy of the cookie from before the answer still holds the started login: the database
    remembers that its state was spent."""
    make_person(name="Torben Chef", email="torben@example.org")
    authorize = start(client)
    copy = Client(app.test_client())
    cookie = client.raw.get_cookie("session")
    copy.raw.set_cookie("session", cookie.value, domain=cookie.domain)
    back = log_in_at_provider(authorize, "torben@example.org", BASE).removeprefix(BASE)
    assert client.get(back).headers["Location"] == "/"
    response = copy.get(back)
    assert response.headers["Location"].endswith("/login")
    assert REFUSED_STATE in flashed(copy)
    assert logins() == 1 and copy.get("/mine").status_code == 302


def test_unknown_email_is_refused(client, sso):
    response = sso_login(client, "ny.leder@example.org")
    assert_refused(client, response, "ny.leder@example.org er ikke oprettet i trackeren")
    assert db.session.scalar(select(func.count()).select_from(Person)) == 0


def test_unknown_email_is_created_when_allowed(app, client, sso):
    app.config["OIDC_CREATE_PEOPLE"] = True
    assert sso_login(client, "Ny.Leder@Example.org").headers["Location"] == "/"
    person = db.session.scalars(select(Person)).one()
    assert (person.email, person.name, person.role) == (
        "ny.leder@example.org",
        "Ny.Leder",
        "member",
    )
    assert person.password_hash is None and logins() == 1


def test_deactivated_person_is_refused(client, sso):
    make_person(name="Tidligere Chef", email="tidligere@example.org", active=False)
    response = sso_login(client, "tidligere@example.org")
    assert_refused(client, response, "Din konto er deaktiveret")


def test_unverified_email_is_refused(client, sso):
    make_person(name="Uffe", email="uverificeret@example.org")
    assert_refused(client, sso_login(client, "uverificeret@example.org"), "ikke bekræftet")


def test_token_without_any_email_is_refused(client, sso):
    assert_refused(client, sso_login(client, "bare-et-navn"), "sendte ingen e-mailadresse")


def test_cancel_at_the_provider(client, sso):
    make_person(name="Torben Chef", email="torben@example.org")
    response = sso_login(client, "torben@example.org", cancel=True)
    assert_refused(client, response, "Du afbrød login")


# --- roles from groups --------------------------------------------------------------------


def test_groups_give_roles(app, client, sso, db):
    app.config["OIDC_ROLE_GROUPS"] = {"grp-admins": "admin", "grp-sekretariat": "secretary"}
    people = {
        "gruppe.admin@example.org": ("member", "admin"),
        "gruppe.sekretaer@example.org": ("member", "secretary"),
        "ingen.grupper@example.org": ("admin", "member"),  # the claim is there, and empty
        "torben@example.org": ("secretary", "secretary"),  # no group claim: left as it is
    }
    for email, (before, _) in people.items():
        make_person(name=email.split("@")[0], email=email, role=before)
    for email, (_, after) in people.items():
        visitor = Client(app.test_client())
        assert sso_login(visitor, email).headers["Location"] == "/", email
        person = db.session.scalar(select(Person).where(Person.email == email))
        assert person.role == after, email


def test_groups_are_ignored_without_a_mapping(client, sso, db):
    make_person(name="Gry", email="gruppe.admin@example.org", role="member")
    sso_login(client, "gruppe.admin@example.org")
    assert db.session.scalars(select(Person)).one().role == "member"
