"""The status round before it is sent: who it will ask and why not, when it goes out, and
"Send statusrunden nu" (once each, secretary only)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.reminders import views
from tracker.scheduler.jobs import sweep

CPH = ZoneInfo("Europe/Copenhagen")
FRIDAY = datetime(2025, 2, 28, 9, 0, tzinfo=CPH)  # ten days before the meeting, sending open
SATURDAY = datetime(2025, 3, 1, 9, 0, tzinfo=CPH)
PAGE = "/fora/lederforum/statusrunde"
SEND = "/fora/lederforum/statusrunde/send"


def clock(monkeypatch, at: datetime) -> None:
    monkeypatch.setattr(views, "utcnow", lambda: at)
    monkeypatch.setattr(views, "today", lambda: at.date())


@pytest.fixture
def forum_ahead(app, member, monkeypatch):
    """A meeting on Monday 10 March 2025; its round goes out Monday 3 March at 07:00."""
    meeting = make_meeting(day=date(2025, 3, 10), status="planned")
    helper = make_person(name="Anne Medejer", email="anne@example.org")
    nomail = make_person(name="Uden Mail", email=None)
    away = make_person(name="Bo Borte", email="bo@example.org", absent_until=date(2025, 3, 5))
    gone = make_person(name="Fie Fratrådt", email="fie@example.org", active=False)
    done = make_person(name="Ida Færdig", email="ida@example.org")
    make_action(member, "Seminar", meeting=meeting, words="2030", co_owners=[helper])
    make_action(nomail, "Temadag", meeting=meeting, words="2030")
    make_action(away, "Budget", meeting=meeting, words="2030")
    make_action(gone, "Arkiv", meeting=meeting, words="2030")
    make_action(done, "Lukket", meeting=meeting, words="2030", status="done")
    make_action(make_person(name="Andet Forum", email="a@example.org"), forum=make_forum("HR"))
    app.config["MAIL_SERVER"] = ""
    clock(monkeypatch, FRIDAY)
    return {"meeting": meeting, "member": member, "helper": helper}


def rounds():
    return db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.kind == "status_round").order_by(OutboxMessage.id)
    ).all()


def rows(page: str) -> dict[str, str]:
    import re

    found = re.findall(r"<td[^>]*>([^<]+)</td>\s*<td[^>]*>\d+</td>\s*<td[^>]*>(.*?)</td>", page)
    return {name: re.sub(r"<[^>]+>", "", status) for name, status in found}


def test_the_page_shows_who_will_be_asked_and_why_not(secretary_client, forum_ahead):
    page = secretary_client.get(PAGE).get_data(as_text=True)
    assert "Statusrunden er ikke sendt endnu." in page
    assert "Den sendes automatisk" in page and "3. marts 2025" in page
    assert rows(page) == {
        "Anne Medejer": "Spørges",
        "Bo Borte": "Spørges ikke: fraværende til og med 5. marts 2025",
        "Fie Fratrådt": "Spørges ikke: fratrådt",
        "Torben Chef": "Spørges",
        "Uden Mail": "Spørges ikke: ingen e-mail",
    }, "owners and co-owners of the forum's open actions only"
    assert "Hvem bliver spurgt" in page and "(2 personer)" in page
    assert "Send statusrunden nu" in page


def test_send_now_queues_the_round_once_through_the_outbox(secretary_client, forum_ahead, app):
    response = secretary_client.post(SEND, token_from=PAGE)
    assert response.status_code == 302
    asked = {r.person_id for r in rounds()}
    assert asked == {forum_ahead["member"].id, forum_ahead["helper"].id}
    page = secretary_client.get(PAGE).get_data(as_text=True)
    assert "Statusrunden til 2 personer sendes nu." in page
    assert "0 af 2 har svaret" in page, "the page now follows the answers"

    assert secretary_client.post(SEND, token_from=PAGE).status_code == 302
    sweep("status-round", datetime(2025, 3, 3, 8, 0, tzinfo=CPH))
    assert len(rounds()) == 2, "a second click and the sweep on the day send none again"


def test_send_now_outside_sending_hours_says_when_it_leaves(
    secretary_client, forum_ahead, monkeypatch
):
    clock(monkeypatch, SATURDAY)
    secretary_client.post(SEND, token_from=PAGE)
    assert len(rounds()) == 2
    page = secretary_client.get(PAGE).get_data(as_text=True)
    assert "venter og sendes" in page and "3. marts 2025" in page


def test_only_a_secretary_sends_it_and_only_with_csrf(client, member, secretary, forum_ahead):
    client.login(member)
    assert client.get(PAGE).status_code == 403
    assert client.post(SEND, token_from="/mine").status_code == 403
    client.login(secretary)
    assert client.raw.post(SEND, data={}).status_code == 400, "no CSRF token"
    assert rounds() == []


def test_bad_input_gives_no_error_page(secretary_client, app, monkeypatch):
    make_forum()
    clock(monkeypatch, FRIDAY)
    assert (
        secretary_client.post("/fora/findes-ikke/statusrunde/send", token_from="/fora").status_code
        == 404
    )
    response = secretary_client.post(SEND, token_from="/fora")
    assert response.status_code == 302, "no planned meeting: said, not a 500"
    page = secretary_client.get(PAGE).get_data(as_text=True)
    assert "Der er intet kommende møde" in page and rounds() == []
