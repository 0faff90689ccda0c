"""Links in emails never log in: check-in buttons open one action
(tests/checkin/test_checkin.py), other links need a normal login; a login link from an older
email leads to the login page only."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from tests.factories import make_action
from tracker.auth.links import login_token, login_url
from tracker.extensions import db
from tracker.models import ActionEvent, LoginSession, OutboxMessage, StatusNote
from tracker.scheduler.jobs import sweep

CPH = ZoneInfo("Europe/Copenhagen")


def counts():
    return [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (ActionEvent, StatusNote, OutboxMessage, LoginSession)
    ]


def test_the_action_link_in_the_real_email_needs_a_normal_login(client, smtp, member):
    action = make_action(member, "Budgettemadag", words="den 10. marts 2025")
    sweep("deadline", datetime(2025, 3, 7, 7, 0, tzinfo=CPH))
    html = smtp.to(member.email)[0].message.get_body(("html",)).get_content()
    link = re.search(rf'href="http://tracker\.test(/handlinger/{action.id})"', html)[1]
    before = counts()
    response = client.get(link)
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    assert counts() == before, "following a link changes nothing and logs nobody in"
    client.post("/login?next=" + link, {"email": member.email, "password": "correct horse battery"})
    assert "Budgettemadag" in client.get(link).get_data(as_text=True)


def test_an_older_login_link_logs_nobody_in_any_more(app, client, member):
    with app.test_request_context():
        link = login_url(login_token(member), "/mine").replace("http://tracker.test", "")
    before = counts()
    response = client.get(link)
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=/mine"
    assert "Links i e-mails logger ikke ind" in client.get("/login").get_data(as_text=True)
    assert client.get("/mine").status_code == 302, "not logged in"
    assert counts() == before
    client.raw.post(link)  # it used to switch logins on POST
    assert client.get("/mine").status_code == 302 and counts() == before


def test_tampered_expired_or_stale_links_are_refused(app, client, member, monkeypatch):
    from tracker.auth import links

    with app.test_request_context():
        link = login_url(login_token(member), "/mine").replace("http://tracker.test", "")
    token, _, query = link.partition("?")
    response = client.get(token[:-3] + "abc?" + query)
    assert response.headers["Location"] == "/login"
    monkeypatch.setattr(links, "LINK_MAX_AGE", -1)
    assert client.get(link).headers["Location"] == "/login"
    page = client.get("/login").get_data(as_text=True)
    assert "Linket er udløbet eller ugyldigt" in page


def test_a_link_only_leads_within_this_site(app, client, member):
    with app.test_request_context():
        token = login_token(member)
    for target in (
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "/\t/evil.example",
        "/%09/evil.example",
        "/%2F/evil.example",
        "/%252F%252Fevil.example",
        " //evil.example",
        "/\u200b/evil.example",
    ):
        response = client.get(f"/l/{token}", query_string={"n": target})
        assert response.headers["Location"] == "/login?next=/", target
    ordinary = client.get(f"/l/{token}?n=/handlinger%3Fside%3D2").headers["Location"]
    assert ordinary.startswith("/login?next=/handlinger"), "an ordinary path still works"
