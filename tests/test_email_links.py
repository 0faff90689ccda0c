"""Links in emails log that one person in and land on the page; they never change data by GET."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from tests.factories import make_action, make_person
from tracker.auth.links import login_token, login_url
from tracker.extensions import db
from tracker.models import ActionEvent, OutboxMessage, StatusNote
from tracker.reminders.jobs import sweep

CPH = ZoneInfo("Europe/Copenhagen")


def links_in(text: str) -> list[str]:
    return [
        u.replace("http://tracker.test", "")
        for u in re.findall(r"http://tracker\.test/l/\S+", text)
    ]


def counts():
    return [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (ActionEvent, StatusNote, OutboxMessage)
    ]


def test_link_from_the_real_email_logs_in_and_lands_on_the_action(client, smtp, member):
    action = make_action(member, "Budgettemadag", words="den 10. marts 2025")
    sweep("deadline", datetime(2025, 3, 7, 7, 0, tzinfo=CPH))
    text = smtp.to(member.email)[0].message.get_body(("plain",)).get_content()
    links = links_in(text)
    before = counts()
    response = client.get(links[0])
    assert (
        response.status_code == 302 and response.headers["Location"] == f"/handlinger/{action.id}"
    )
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Budgettemadag" in page and member.name in page and "Log ud" in page
    assert counts() == before, "following a link changes nothing"


def test_mark_done_link_only_preselects_the_status(client, smtp, member):
    action = make_action(member, "Budgettemadag", words="den 10. marts 2025")
    sweep("deadline", datetime(2025, 3, 7, 7, 0, tzinfo=CPH))
    text = smtp.to(member.email)[0].message.get_body(("plain",)).get_content()
    done_link = [u for u in links_in(text)][-1]
    landing = client.get(done_link).headers["Location"]
    assert landing == f"/handlinger/{action.id}?status=done"
    page = client.get(landing).get_data(as_text=True)
    assert '<option selected value="done">' in page
    db.session.refresh(action)
    assert action.status == "not_started"


def test_someone_elses_link_asks_before_replacing_the_login(app, client, member):
    other = make_person(name="Anden Chef", email="anden@example.org")
    client.login(other)
    with app.test_request_context():
        link = login_url(login_token(member), "/mine").replace("http://tracker.test", "")
    question = client.get(link)
    assert question.status_code == 200
    text = question.get_data(as_text=True)
    assert "Skift bruger?" in text and "Du er logget ind som Anden Chef" in text
    assert "Anden Chef" in client.get("/mine").get_data(as_text=True), "nothing switched on GET"
    token = link.partition("?")[0]
    assert client.raw.post(token, data={"n": "/mine"}).status_code == 400, "CSRF token needed"
    switched = client.post(token, {"n": "/mine"}, token_from=link)
    assert switched.headers["Location"] == "/mine"
    page = client.get("/mine").get_data(as_text=True)
    assert member.name in page and "Anden Chef" not in page


def test_tampered_expired_or_stale_links_are_refused(app, client, member, monkeypatch):
    from tracker.auth import links

    with app.test_request_context():
        link = login_url(login_token(member), "/mine").replace("http://tracker.test", "")
    token, _, query = link.partition("?")
    response = client.get(token[:-3] + "abc?" + query)
    assert response.headers["Location"].startswith("/login")
    assert client.get("/mine").status_code == 302
    monkeypatch.setattr(links, "LINK_MAX_AGE", -1)
    assert client.get(link).headers["Location"].startswith("/login")
    monkeypatch.setattr(links, "LINK_MAX_AGE", 7 * 24 * 3600)
    member.set_password("a brand new password")
    db.session.commit()
    assert client.get(link).headers["Location"].startswith("/login"), (
        "a password change ends old links"
    )
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
        "/\n/evil.example",
        "/%09/evil.example",
        "/%2F/evil.example",
        "/%252F%252Fevil.example",
        "/%5Cevil.example",
        " //evil.example",
        "/\u200b/evil.example",
    ):
        response = client.get(f"/l/{token}", query_string={"n": target})
        assert response.headers["Location"] == "/", target
    raw = client.get(f"/l/{token}?n=/%09/evil.example")  # as the attacker sent it
    assert raw.headers["Location"] == "/"
    ordinary = client.get(f"/l/{token}?n=/handlinger%3Fside%3D2").headers["Location"]
    assert ordinary == "/handlinger?side=2", "an ordinary path still works"
