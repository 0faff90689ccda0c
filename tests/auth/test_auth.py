"""Login, logout, sessions, and the rule that every page needs login."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.conftest import set_cookies
from tests.factories import PASSWORD, make_person, set_cheap_password
from tracker import tokens
from tracker.auth.links import login_token, login_url
from tracker.extensions import db
from tracker.models import OutboxMessage, Person

PUBLIC = {
    "auth.login",
    "auth.sso_start",
    "auth.sso_callback",
    "auth.email_login",
    "checkin.checkin",
    "auth.forgot_password",
    "auth.reset_password",
    "main.healthz",
    "static",
    "actions.calendar_feed",
}


def _url_for_rule(rule) -> str:
    url = rule.rule
    for arg in rule.arguments:
        url = re.sub(rf"<(?:[a-z]+:)?{arg}>", "1" if "id" in arg else "x", url)
    return url


def test_every_route_needs_login(app, client):
    rules = [r for r in app.url_map.iter_rules() if r.endpoint not in PUBLIC]
    assert len(rules) > 10
    token = client.csrf_token()
    for rule in rules:
        url = _url_for_rule(rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            data = None if method == "GET" else {"csrf_token": token}
            response = client.raw.open(url, method=method, data=data)
            assert response.status_code == 302, (rule.endpoint, method)
            assert "/login" in response.headers["Location"], (rule.endpoint, method)


def test_login_with_right_password_lands_on_the_app(client, member):
    response = client.post("/login", {"email": "TORBEN@example.org", "password": PASSWORD})
    assert response.status_code == 302
    page = client.get("/fora", follow_redirects=True).get_data(as_text=True)
    assert "Torben Chef" in page and "Log ud" in page


@pytest.mark.parametrize(
    "email,password",
    [("torben@example.org", "wrong password"), ("nobody@example.org", PASSWORD)],
)
def test_wrong_login_gives_one_danish_message_for_both_cases(client, member, email, password):
    response = client.post("/login", {"email": email, "password": password})
    assert response.status_code == 200
    assert "Forkert e-mail eller adgangskode." in response.get_data(as_text=True)
    assert client.get("/fora").status_code == 302


def test_empty_login_form_explains_in_danish(client):
    page = client.post("/login", {"email": "", "password": ""}).get_data(as_text=True)
    assert "Skriv din e-mailadresse." in page and "Skriv din adgangskode." in page


def _flashes(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<div class="flash flash-(\w+)"[^>]*>(.*?)</div>', page)


def _outbox_count() -> int:
    return db.session.scalar(select(func.count()).select_from(OutboxMessage))


def test_inactive_person_cannot_log_in(app, client, member):
    """Not by password, nor by a login (session or "Husk mig" cookie) from before, nor by a
    link emailed earlier; each refusal is the Danish answer a stranger gets, naming no account."""
    from tests.conftest import Client

    session_cookie = app.config["SESSION_COOKIE_NAME"]
    remembered = Client(app.test_client())
    remembered.post("/login", {"email": member.email, "password": PASSWORD, "remember": "y"})
    remembered.raw.delete_cookie(session_cookie)  # the browser was closed: "Husk mig" alone
    assert remembered.get("/fora").status_code == 200, "the cookie logs in while active"
    with app.test_request_context():
        login_link = login_url(login_token(member), "/mine").replace("http://tracker.test", "")
        reset_link = f"/nulstil/{tokens.sign_reset(member)}"
    member.active = False  # the logins and links above are not revoked: only active decides
    db.session.commit()

    response = client.post("/login", {"email": member.email, "password": PASSWORD})
    assert response.status_code == 200
    stranger = client.post("/login", {"email": "nobody@example.org", "password": PASSWORD})
    assert _flashes(response.get_data(as_text=True)) == [
        ("error", "Forkert e-mail eller adgangskode.")
    ]
    assert _flashes(response.get_data(as_text=True)) == _flashes(stranger.get_data(as_text=True))
    assert client.get("/fora").status_code == 302

    session_login = remembered.get("/fora")
    assert session_login.status_code == 302 and "/login" in session_login.headers["Location"]
    remembered.raw.delete_cookie(session_cookie)
    cookie_login = remembered.get("/fora")
    assert cookie_login.status_code == 302 and "/login" in cookie_login.headers["Location"]

    # An old login link answers as a tampered one does (an active person's says "Log ind").
    assert client.get(login_link).headers["Location"] == "/login"
    assert _flashes(client.get("/login").get_data(as_text=True)) == [
        ("error", "Linket er udløbet eller ugyldigt. Log ind for at fortsætte.")
    ]
    assert client.get(reset_link).headers["Location"] == "/glemt-adgangskode"
    assert _flashes(client.get("/glemt-adgangskode").get_data(as_text=True)) == [
        ("error", "Linket er udløbet eller allerede brugt. Bed om et nyt.")
    ]
    before = _outbox_count()
    asked = client.post("/glemt-adgangskode", {"email": member.email}, follow_redirects=True)
    assert "Hvis adressen hører til en bruger" in asked.get_data(as_text=True)
    assert _outbox_count() == before, "no new reset link for an inactive person"
    assert client.get("/fora").status_code == 302
    assert db.session.get(Person, member.id).active is False


def test_logout_ends_the_session(client, member):
    client.login(member)
    assert client.get("/fora").status_code == 200
    assert client.logout().status_code == 302
    assert client.get("/fora").status_code == 302


def test_logout_by_get_is_not_possible(client, member):
    client.login(member)
    assert client.get("/logout").status_code == 405
    assert client.get("/fora").status_code == 200


def test_a_button_address_opened_directly_says_so_in_danish(client, member):
    """After a login that ended while a form was open, the next login leads to the form's
    button address: a Danish page saying nothing changed, with the methods the address
    takes."""
    client.login(member)
    response = client.get("/indstillinger/kalender")
    page = response.get_data(as_text=True)
    assert response.status_code == 405 and response.headers["Allow"] == "OPTIONS, POST"
    assert "Siden kan ikke åbnes sådan" in page and "Intet er ændret." in page
    assert "Method Not Allowed" not in page


def test_next_only_redirects_within_the_site(client, member):
    token = client.csrf_token()
    for target, expected in [
        ("/moeder/1", "/moeder/1"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
    ]:
        response = client.raw.post(
            "/login",
            query_string={"next": target},
            data={"csrf_token": token, "email": member.email, "password": PASSWORD},
        )
        assert response.headers["Location"] == expected, target
        client.raw.post("/logout", data={"csrf_token": client.csrf_token("/fora")})
        token = client.csrf_token()


def assert_expires_in(cookie, lifetime: timedelta, sent_between: tuple[datetime, datetime]):
    start, end = sent_between
    slack = timedelta(seconds=5)  # the header's clock has whole seconds
    assert "expires" in cookie, f"no Expires: the cookie outlives the login ({cookie})"
    assert start + lifetime - slack <= cookie["expires"] <= end + lifetime + slack, cookie


def test_login_cookies_end_with_the_login_and_stay_out_of_scripts(app, client, member):
    """What the browser is told (development: plain http, so no Secure; production: test_app)."""
    lifetime = app.config["PERMANENT_SESSION_LIFETIME"]
    assert lifetime <= timedelta(hours=12)
    before = datetime.now(UTC)
    response = client.post("/login", {"email": member.email, "password": PASSWORD})
    sent = (before, datetime.now(UTC))
    cookies = set_cookies(response)
    session = cookies[app.config["SESSION_COOKIE_NAME"]]
    assert_expires_in(session, lifetime, sent)
    assert session.get("httponly") is True and session.get("samesite") == "Lax"
    assert "secure" not in session
    assert "remember_token" not in cookies, "no long login without Husk mig"

    client.logout()
    before = datetime.now(UTC)
    response = client.post("/login", {"email": member.email, "password": PASSWORD, "remember": "y"})
    sent = (before, datetime.now(UTC))
    remember = set_cookies(response)[app.config.get("REMEMBER_COOKIE_NAME", "remember_token")]
    assert_expires_in(remember, timedelta(days=14), sent)
    assert remember.get("httponly") is True and remember.get("samesite") == "Lax"
    assert "secure" not in remember


def test_password_change_ends_other_sessions(app, member):
    from tests.conftest import Client

    first, second = Client(app.test_client()), Client(app.test_client())
    first.login(member)
    second.login(member)
    response = first.post(
        "/indstillinger",
        {"pw-current": PASSWORD, "pw-new": "a new long password", "pw-submit": "1"},
        token_from="/indstillinger",
    )
    assert response.status_code == 302
    assert first.get("/fora").status_code == 200, "the person who changed it stays in"
    assert second.get("/fora").status_code == 302, "other sessions end"
    assert db.session.get(Person, member.id).check_password("a new long password")


def test_language_setting_switches_the_interface_to_english(client, member):
    client.login(member)
    client.post("/indstillinger", {"language": "en", "submit": "1"})
    assert db.session.get(Person, member.id).language == "en"
    page = client.get("/fora").get_data(as_text=True)
    assert "Forums" in page and "Log out" in page


@pytest.mark.real_password_hash
def test_password_hash_is_modern_and_salted():
    """The app's own hash (Person.set_password); the test factories use a cheap one."""
    first, second = Person(name="A"), Person(name="B")
    first.set_password(PASSWORD)
    second.set_password(PASSWORD)
    method, salt, digest = first.password_hash.split("$")
    name, *cost = method.split(":")
    if name == "scrypt":
        assert int(cost[0]) >= 2**15, method
    else:
        assert name == "pbkdf2" and int(cost[1]) >= 600_000, method
    assert len(salt) >= 16 and PASSWORD not in first.password_hash
    assert first.password_hash != second.password_hash, "a salt of its own"
    assert first.check_password(PASSWORD) and not first.check_password(PASSWORD + "x")


def test_person_without_password_cannot_log_in(client):
    person = make_person(name="Uden Login", email="uden@example.org", password=None)
    for password in (PASSWORD, "x"):  # filled in, so the form lets it through to the check
        response = client.post("/login", {"email": "uden@example.org", "password": password})
        assert response.status_code == 200, password
        assert "Forkert e-mail eller adgangskode." in response.get_data(as_text=True), password
        assert client.get("/fora").status_code == 302, password
    empty = client.post("/login", {"email": "uden@example.org", "password": ""})
    assert "Skriv din adgangskode." in empty.get_data(as_text=True)
    set_cheap_password(person, PASSWORD)  # the same address with a password gets in
    db.session.commit()
    client.login(person)
