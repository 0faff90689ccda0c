"""Single sign-on: what the callback does with answers that are not a good login (garbage, a
forged code, another issuer, a provider that is down, too many tries) and what reaches the log.
Against the real test provider (tests/oidc/provider.mjs); never a 500, always a Danish message.
"""

from __future__ import annotations

import re
import socket
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.factories import make_person
from tests.oidc.fixtures import CALLBACK, log_in_at_provider
from tests.oidc.journey import (
    BASE,
    REFUSED_STATE,
    REFUSED_TOKEN,
    assert_refused,
    flashed,
    logins,
    start,
)

# --- bad input, a provider that is down, rate limit ---------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?code=abc",
        "?state=abc",
        "?code=abc&state=abc",
        "?error=access_denied&state=x",
        "?error=server_error&error_description=%00%ff",
        "?code=%00&state=%ff%fe",
        "?code[]=1&state[]=2",
    ],
)
def test_garbage_answers_get_a_danish_message(client, sso, query):
    response = client.get(CALLBACK + query)
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    page = flashed(client)
    assert any(
        words in page
        for words in (REFUSED_STATE, "Du afbrød login", "Login hos udbyderen gik ikke igennem")
    ), page
    assert logins() == 0


def test_an_answer_with_a_started_login_but_no_code(client, sso):
    authorize = start(client)
    state = parse_qs(urlsplit(authorize).query)["state"][0]
    response = client.get(f"{CALLBACK}?state={state}")
    assert_refused(client, response, "Svaret fra login-udbyderen var ufuldstændigt")


def test_an_answer_cannot_be_posted(client, sso):
    response = client.raw.post(CALLBACK, data={"state": "x", "code": "x"})
    assert response.status_code in (302, 405) and logins() == 0  # 302: to /login, as anywhere


def test_an_answer_naming_another_issuer_is_refused(client, sso):
    """RFC 9207: the provider names itself in its answer; a mix-up with another one is refused
    before any code is redeemed."""
    make_person(name="Torben Chef", email="torben@example.org")
    back = log_in_at_provider(start(client), "torben@example.org", BASE).removeprefix(BASE)
    assert "iss=" in back
    response = client.get(re.sub(r"iss=[^&]+", "iss=https%3A%2F%2Fevil.example", back))
    assert_refused(client, response, "Svaret fra login-udbyderen var ufuldstændigt")


def test_a_forged_code_is_refused_by_the_provider(client, sso):
    make_person(name="Torben Chef", email="torben@example.org")
    authorize = start(client)
    state = parse_qs(urlsplit(authorize).query)["state"][0]
    response = client.get(f"{CALLBACK}?state={state}&code=forged-code-1234567890")
    assert_refused(client, response, REFUSED_TOKEN)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_provider_down(app, client, sso):
    app.config["OIDC_ISSUER"] = f"http://127.0.0.1:{_closed_port()}"
    app.config["OIDC_TIMEOUT"] = 2.0
    response = client.get("/login/sso/oidc")
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    assert "Vi kunne ikke få forbindelse til login-udbyderen" in flashed(client)


def test_provider_that_names_another_issuer_is_not_trusted(app, client, sso):
    app.config["OIDC_ISSUER"] = sso.issuer.replace("127.0.0.1", "localhost")
    client.get("/login/sso/oidc")
    assert "Vi kunne ikke få forbindelse til login-udbyderen" in flashed(client)


def test_failed_answers_count_against_the_address(client, sso):
    for _ in range(30):
        client.get(CALLBACK + "?state=x&code=y")
    client.get(CALLBACK + "?state=x&code=y")
    assert "For mange forsøg" in flashed(client)


# --- logs -------------------------------------------------------------------------------


def test_access_log_hides_the_code_and_state():
    from tracker.logs import redact

    line = f'"GET {CALLBACK}?code=SECRET-CODE&state=SECRET-STATE&iss=http%3A%2F%2Fx HTTP/1.1" 302'
    hidden = redact(line)
    assert "SECRET" not in hidden and "code=[skjult]&state=[skjult]&iss=" in hidden


def test_refusals_are_logged_without_token_code_or_email(app, client, sso, caplog):
    make_person(name="Morten Admin", email="morten@sonderoe.example", role="admin")
    app.config["OIDC_CLIENT_ID"] = "tracker-tampered"
    back = log_in_at_provider(start(client), "fremmed@example.org", BASE)
    with caplog.at_level("INFO"):
        client.get(back.removeprefix(BASE))
    code = parse_qs(urlsplit(back).query)["code"][0]
    text = caplog.text
    assert "afvist: token" in text
    assert code not in text and "@" not in text and "eyJ" not in text
