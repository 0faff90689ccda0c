"""The meeting view: one agenda item's actions at a time, and the forum's decisions recorded
live, kept in the history as decided at that meeting and listed on the meeting page."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tests.prg import post_with_error
from tracker.actions.services import set_status
from tracker.extensions import db
from tracker.i18n import today
from tracker.models import ActionEvent, AgendaItem


@pytest.fixture
def forum_meeting(app):
    t = today()
    forum = make_forum("Lederforum")
    earlier = make_meeting(forum, day=t - timedelta(days=60), title="Lederforum forår")
    items = []
    for number, title in ((1, "Ledertrivsel"), (2, "Budget 2026")):
        item = AgendaItem(meeting=earlier, number=number, title=title, case_number=f"S-{number}")
        db.session.add(item)
        items.append(item)
    db.session.commit()
    owner = make_person(name="Torben Benneskov", email="tb@lf.example")
    other = make_person(name="Charlotte Veilskov", email="cv@lf.example")
    seminar = make_action(owner, "Seminar om reformerne", meeting=earlier, words="primo marts")
    seminar.agenda_item = items[0]
    budget = make_action(other, "Budgetnotat med 250.000 €", meeting=earlier, words="ultimo maj")
    budget.agenda_item = items[1]
    done = make_action(owner, "Onboarding udført", meeting=earlier, words="ultimo maj")
    done.agenda_item = items[1]
    set_status(done, owner, "done")
    cancelled = make_action(owner, "Aflyst tema", meeting=earlier, words="ultimo maj")
    cancelled.agenda_item = items[1]
    set_status(cancelled, owner, "cancelled")
    meeting = make_meeting(forum, day=t, title="Lederforum i dag", status="planned")
    db.session.commit()
    return {
        "meeting": meeting,
        "seminar": seminar,
        "budget": budget,
        "done": done,
        "other": other,
    }


def test_one_agenda_item_at_a_time_with_links_to_the_next(member_client, forum_meeting):
    page = member_client.get("/fora/lederforum/moedevisning").get_data(as_text=True)
    assert "Mødevisning: Lederforum i dag" in page
    assert "Punkt 1 af 2" in page and "Punkt 1: Ledertrivsel (S-1)" in page
    assert "Seminar om reformerne" in page and "Budgetnotat" not in page
    assert 'id="naeste" rel="next"' in page and 'id="forrige"' not in page
    assert "meeting-view.js" in page
    assert "Forummets beslutning" not in page, "members see, only secretaries record"
    second = member_client.get("/fora/lederforum/moedevisning?punkt=2").get_data(as_text=True)
    assert "Punkt 2 af 2" in second and "Budgetnotat med 250.000 €" in second
    assert "Onboarding udført" in second, "recently done actions are shown too"
    assert "Aflyst tema" not in second, "cancelled actions are not"
    for bad in ("punkt=99", "punkt=-3", "punkt=x", "moede=999999", "moede=abc"):
        response = member_client.get(f"/fora/lederforum/moedevisning?{bad}")
        assert response.status_code == 200, bad


def test_the_secretary_records_decisions_as_the_forums(secretary_client, forum_meeting):
    meeting, budget, done = (forum_meeting[k] for k in ("meeting", "budget", "done"))
    url = f"/moeder/{meeting.id}/moedevisning/{budget.id}?punkt=2"
    prefix = f"a{budget.id}-"
    response = secretary_client.post(
        url,
        {
            prefix + "deadline": "ultimo september",
            prefix + "owner_id": "0",
            prefix + "note": "Forum: notatet udskydes til budgetseminaret",
        },
        token_from="/fora/lederforum/moedevisning?punkt=2",
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"#handling-{budget.id}")
    db.session.refresh(budget)
    assert budget.deadline_text == "ultimo september"
    kinds = {e.kind for e in budget.events if e.field in ("deadline", "note")}
    assert kinds == {f"forum:{meeting.id}"}, "history: decided by the forum at this meeting"
    prefix = f"a{done.id}-"
    secretary_client.post(
        f"/moeder/{meeting.id}/moedevisning/{done.id}?punkt=2",
        {prefix + "accept": "y", prefix + "owner_id": str(forum_meeting["other"].id)},
        token_from="/fora/lederforum/moedevisning?punkt=2",
    )
    db.session.refresh(done)
    assert done.accepted_meeting_id == meeting.id and done.owner.name == "Charlotte Veilskov"
    history = secretary_client.get(f"/handlinger/{budget.id}").get_data(as_text=True)
    assert "Besluttet af forum" in history and f'href="/moeder/{meeting.id}"' in history
    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    section = page.split("Forummets beslutninger om tidligere handlinger")[1]
    assert "Budgetnotat med 250.000 €" in section and "Onboarding udført" in section
    assert "Godkendt som udført" in section and "ultimo september" in section


def test_bad_decisions_get_danish_errors_and_change_nothing(secretary_client, forum_meeting):
    meeting, budget = forum_meeting["meeting"], forum_meeting["budget"]
    url = f"/moeder/{meeting.id}/moedevisning/{budget.id}?punkt=2"
    prefix = f"a{budget.id}-"
    before = db.session.scalar(select(ActionEvent.id).order_by(ActionEvent.id.desc()).limit(1))
    token = "/fora/lederforum/moedevisning?punkt=2"
    for data, message in (
        ({prefix + "deadline": "en dag engang", prefix + "owner_id": "0"}, "kan ikke læses"),
        ({prefix + "owner_id": "999999"}, "Vælg en person på listen"),
        ({prefix + "owner_id": "0"}, "Vælg mindst én beslutning"),
    ):
        page = post_with_error(secretary_client, url, data, token_from=token, page=token)
        assert re.search(message, page, re.IGNORECASE), (message, data)
    after = db.session.scalar(select(ActionEvent.id).order_by(ActionEvent.id.desc()).limit(1))
    assert before == after
    elsewhere = make_action(forum_meeting["other"], "Andet forum", forum=make_forum("Direktionen"))
    response = secretary_client.post(
        f"/moeder/{meeting.id}/moedevisning/{elsewhere.id}", {}, token_from=token
    )
    assert response.status_code == 404


def test_no_decisions_before_the_meeting_day(secretary_client, forum_meeting):
    meeting, budget = forum_meeting["meeting"], forum_meeting["budget"]
    meeting.date = today() + timedelta(days=7)
    db.session.commit()
    page = secretary_client.get("/fora/lederforum/moedevisning").get_data(as_text=True)
    assert "Forummets beslutninger kan registreres på mødets dag." in page
    prefix = f"a{budget.id}-"
    response = secretary_client.post(
        f"/moeder/{meeting.id}/moedevisning/{budget.id}",
        {prefix + "note": "For tidligt", prefix + "owner_id": "0"},
        token_from="/fora/lederforum/moedevisning",
        follow_redirects=True,
    )
    assert "registreres på mødets dag eller et afholdt møde" in response.get_data(as_text=True)
    db.session.refresh(budget)
    assert not budget.notes


def test_members_cannot_record_decisions(member_client, forum_meeting):
    meeting, budget = forum_meeting["meeting"], forum_meeting["budget"]
    response = member_client.post(
        f"/moeder/{meeting.id}/moedevisning/{budget.id}", {}, token_from="/fora"
    )
    assert response.status_code == 403
