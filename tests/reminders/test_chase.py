"""The secretary chases before the forum: who answered, who did not, "Send påmindelse nu" (at
most one a day each, in the outbox with its own key); the admin sets the escalation ladder."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.factories import make_action, make_meeting, make_person
from tracker.actions.services import add_note
from tracker.extensions import db
from tracker.models import Forum, OutboxMessage
from tracker.reminders import chase, views
from tracker.scheduler.jobs import deliver, sweep
from tracker.workdays.schedule import settings_from_config

CPH = ZoneInfo("Europe/Copenhagen")
ROUND = datetime(2025, 3, 4, 8, 0, tzinfo=CPH)  # Tuesday: the status round goes out
WEDNESDAY = datetime(2025, 3, 5, 9, 0, tzinfo=CPH)


def clock(monkeypatch, at: datetime) -> None:
    """The pages' "now" (and "today"): sending hours depend on the day, so tests name it."""
    monkeypatch.setattr(views, "utcnow", lambda: at)
    monkeypatch.setattr(views, "today", lambda: at.date())


@pytest.fixture
def round_sent(app, member, monkeypatch):
    meeting = make_meeting(day=date(2025, 3, 10), status="planned")
    quiet = make_person(name="Tavs Chef", email="tavs@example.org")
    make_action(member, "Seminar", meeting=meeting, words="2030")
    make_action(quiet, "Temadag", meeting=meeting, words="2030")
    make_person(name="Uden Mail", email=None)
    app.config["MAIL_SERVER"] = ""
    sweep("status-round", ROUND)
    add_note(member_action(member), member, "På vej.")
    db.session.commit()
    clock(monkeypatch, WEDNESDAY)
    return {"meeting": meeting, "quiet": quiet, "now": WEDNESDAY}


def member_action(person):
    from tracker.models import Action

    return db.session.scalar(select(Action).where(Action.owner_id == person.id))


def chases():
    return db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.kind == "chase").order_by(OutboxMessage.id)
    ).all()


def test_send_reminder_now_to_those_who_did_not_answer_once_a_day(
    app, secretary_client, round_sent, member
):
    page = secretary_client.get("/fora/lederforum/statusrunde").get_data(as_text=True)
    assert "1 af 2 har svaret" in page and "Mangler svar" in page and "Tavs Chef" in page
    assert "Statusrunden lukker" in page
    done = secretary_client.post(
        "/fora/lederforum/statusrunde/paamind", token_from="/fora/lederforum/statusrunde"
    )
    assert done.status_code == 302
    (row,) = chases()
    assert row.person_id == round_sent["quiet"].id and "Temadag" in row.body_text
    assert "/e/@@checkin:" in row.body_text, "check-in buttons, as placeholders"
    assert "påmindet i dag" in secretary_client.get("/fora/lederforum/statusrunde").get_data(
        as_text=True
    )
    again = secretary_client.post(
        "/fora/lederforum/statusrunde/paamind", token_from="/fora/lederforum/statusrunde"
    )
    assert again.status_code == 302 and len(chases()) == 1, "at most once a day per person"
    settings = settings_from_config(app.config)
    assert chase.chase(round_sent["meeting"], round_sent["now"] + timedelta(days=1), settings) == 1
    db.session.commit()
    assert len({r.key for r in chases()}) == 2


def test_a_member_may_not_chase(client, member, round_sent):
    client.login(member)
    response = client.post("/fora/lederforum/statusrunde/paamind", token_from="/mine")
    assert response.status_code == 403 and chases() == []


def test_the_admin_sets_the_escalation_ladder(client, admin, secretary):
    make_meeting()
    client.login(admin)
    url = "/fora/lederforum/eskalering"
    assert "Brug eskalering" in client.get(url).get_data(as_text=True)
    bad = client.post(
        url,
        {
            "escalation_enabled": "y",
            "escalation_manager_days": "0",
            "escalation_secretariat_days": "x",
        },
    )
    assert bad.status_code == 200 and "mellem 1 og 60" in bad.get_data(as_text=True)
    assert not db.session.scalar(select(Forum)).escalation_enabled
    saved = client.post(
        url,
        {
            "escalation_enabled": "y",
            "escalation_manager_days": "5",
            "escalation_secretariat_days": "7",
        },
    )
    assert saved.status_code == 302
    forum = db.session.scalar(select(Forum))
    assert (forum.escalation_enabled, forum.escalation_manager_days) == (True, 5)
    assert forum.escalation_secretariat_days == 7
    client.logout()
    client.login(secretary)
    assert client.get(url).status_code == 403


def test_the_secretarys_start_page_shows_the_next_forum(secretary_client, round_sent, member):
    meeting = round_sent["meeting"]
    make_action(round_sent["quiet"], "Gammel uden nyt", meeting=meeting, words="ultimo januar 2025")
    checked_in = make_action(member, "Gammel med nyt", meeting=meeting, words="ultimo januar 2025")
    add_note(checked_in, member, "Meldt via e-mail.", via="email")
    db.session.commit()
    page = secretary_client.get("/mine").get_data(as_text=True)
    assert "Næste fora" in page and "1 af 2 har svaret" in page
    assert "1 overskredet uden nyt" in page, "the action checked in this week is news"


def test_one_email_a_morning_no_reminder_right_after_the_status_round(
    secretary_client, round_sent, monkeypatch
):
    """The status round went out at 08:00; "Send påmindelse nu" at 08:10 sends nothing."""
    clock(monkeypatch, ROUND + timedelta(minutes=10))
    page = secretary_client.get("/fora/lederforum/statusrunde").get_data(as_text=True)
    assert 'Tavs Chef · <span class="muted">fik statusrunden i dag</span>' in page
    done = secretary_client.post(
        "/fora/lederforum/statusrunde/paamind",
        token_from="/fora/lederforum/statusrunde",
        follow_redirects=True,
    )
    assert "fik statusrunden i dag" in done.get_data(as_text=True) and chases() == []


def test_a_reminder_asked_for_on_a_saturday_goes_on_monday_morning(
    app, smtp, secretary_client, round_sent, monkeypatch
):
    app.config["MAIL_SERVER"] = "127.0.0.1"  # the round was kept in the outbox; this is sent
    saturday = datetime(2025, 3, 8, 10, 0, tzinfo=CPH)
    monday = datetime(2025, 3, 10, 7, 0, tzinfo=CPH)
    clock(monkeypatch, saturday)
    done = secretary_client.post(
        "/fora/lederforum/statusrunde/paamind",
        token_from="/fora/lederforum/statusrunde",
        follow_redirects=True,
    )
    assert "1 påmindelse venter og sendes 10. marts 2025 kl. 07:00" in done.get_data(as_text=True)
    (row,) = chases()
    assert row.key.endswith(":2025-03-10"), "it counts as Monday's reminder"
    assert deliver(saturday) == {"sent": 0, "retry": 0, "failed": 0}, "nothing on a Saturday"
    deliver(monday)
    subjects = [str(m.message["Subject"]) for m in smtp.to("tavs@example.org")]
    assert "Påmindelse: status før Lederforum" in subjects
    clock(monkeypatch, monday + timedelta(hours=1))
    secretary_client.post(
        "/fora/lederforum/statusrunde/paamind", token_from="/fora/lederforum/statusrunde"
    )
    assert len(chases()) == 1, "one a morning: Monday's went already"
