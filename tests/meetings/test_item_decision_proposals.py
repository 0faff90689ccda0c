"""A decision typed into an agenda item's own "Beslutning" field (no points under it) proposes
actions as a decision point does, and "Opret handling" makes the action on the agenda item."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tests.factories import make_forum, make_person
from tests.meetings.test_hand_proposals import DECISION, create_from_proposal, proposal_links
from tracker.extensions import db
from tracker.models import Action, Meeting


def record_item_decision(client, decision=DECISION) -> Meeting:
    """The secretary types the meeting and one item with its decision in the item's own field."""
    forum = make_forum()
    client.post(
        f"/fora/{forum.slug}/moeder/ny",
        {"date": "2026-11-20", "start_time": "09:00", "status": "held"},
    )
    meeting = db.session.scalar(select(Meeting))
    for name in ("Mette Hansen", "Jonas Berg"):
        client.post(f"/moeder/{meeting.id}/deltagere", {"name": name, "present": "y"})
    response = client.post(
        f"/moeder/{meeting.id}/punkter/ny",
        {"number": "1", "title": "Budget 2027", "decision": decision},
    )
    assert response.status_code == 302
    db.session.expire_all()
    meeting = db.session.get(Meeting, meeting.id)
    assert meeting.agenda_items[0].decision and not meeting.agenda_items[0].points
    return meeting


def people():
    mette = make_person(name="Mette Hansen", email="mette@example.org")
    jonas = make_person(name="Jonas Berg", email="jonas@example.org")
    return mette, jonas


def test_an_items_own_decision_proposes_actions(secretary_client):
    mette, jonas = people()
    meeting = record_item_decision(secretary_client)
    item = meeting.agenda_items[0]
    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "Forslag til handlinger" in page
    assert "Udarbejde et notat om budgettet" in page and "Præsentere planen" in page
    links = proposal_links(page)
    assert len(links) == 2
    assert all(link.startswith(f"/punkter/{item.id}/handling/ny?") for link in links)
    assert f"ejer={mette.id}" in links[0]
    assert f"ejer={jonas.id}" in links[1] and f"medejer={mette.id}" in links[1]


def test_the_link_opens_a_prefilled_form_and_saves_the_action_on_the_item(secretary_client):
    mette, jonas = people()
    meeting = record_item_decision(secretary_client)
    item = meeting.agenda_items[0]
    link = proposal_links(secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True))[1]

    form = secretary_client.get(link).get_data(as_text=True)
    assert 'value="Præsentere planen for direktionen"' in form
    assert 'value="senest 15. januar 2027"' in form
    assert f'<option selected value="{jonas.id}">' in form
    assert form.count(f'<option selected value="{mette.id}">') == 1
    assert "skal præsentere planen for direktionen" in form, "the decision is quoted"

    action = create_from_proposal(secretary_client, link, jonas, mette)
    assert (action.agenda_item_id, action.point_id, action.meeting_id) == (
        item.id,
        None,
        meeting.id,
    )
    assert (action.owner_id, [p.id for p in action.co_owners]) == (jonas.id, [mette.id])
    assert (action.due_start, action.due_end) == (date(2026, 11, 20), date(2027, 1, 15))

    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert len(proposal_links(page)) == 1, "the proposal made into an action says so"
    assert "Oprettet" in page and f"/handlinger/{action.id}" in page


def test_members_may_neither_see_nor_use_the_items_route(client, secretary, member):
    people()
    client.login(secretary)
    meeting = record_item_decision(client)
    item = meeting.agenda_items[0]
    client.login(member)
    page = client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "Forslag til handlinger" not in page and "/handling/ny" not in page
    assert client.get(f"/punkter/{item.id}/handling/ny").status_code == 403
    response = client.post(
        f"/punkter/{item.id}/handling/ny",
        {"title": "X", "owner_id": str(member.id), "deadline": "marts", "submit": "1"},
        token_from="/mine",
    )
    assert response.status_code == 403
    assert db.session.scalar(select(func.count()).select_from(Action)) == 0


def test_bad_input_is_refused_with_nothing_made(secretary_client):
    mette, _ = people()
    meeting = record_item_decision(secretary_client)
    item = meeting.agenda_items[0]
    url = f"/punkter/{item.id}/handling/ny"
    odd = secretary_client.get(f"{url}?ejer=abc&medejer=x&frist=%00&titel=" + "a" * 5000)
    assert odd.status_code == 200
    response = secretary_client.post(
        url, {"title": "", "owner_id": str(mette.id), "deadline": "aldrig", "submit": "1"}
    )
    assert response.status_code == 303  # refused: back at the form's address, the form kept
    again = secretary_client.get(response.headers["Location"]).get_data(as_text=True)
    assert 'class="error' in again and 'value="aldrig"' in again
    assert db.session.scalar(select(func.count()).select_from(Action)) == 0
    assert secretary_client.get("/punkter/999999/handling/ny").status_code == 404
