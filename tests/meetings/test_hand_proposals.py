"""A meeting recorded by hand proposes actions as an import of the same text would."""

from __future__ import annotations

import html
import re
from datetime import date

from sqlalchemy import select

from tests.factories import make_forum, make_meeting, make_person
from tracker.extensions import db
from tracker.importing.services import parse_text
from tracker.meetings import proposals
from tracker.models import Action, Meeting

DECISION = (
    "Mette Hansen udarbejder et notat om budgettet om to uger. Jonas Berg og Mette Hansen "
    "skal præsentere planen for direktionen senest 15. januar 2027."
)
MORE = " Karin Holm tager kontakt til skolerne til næste møde."


def referat(decision: str) -> str:
    return f"""# REFERAT Lederforum d. 20-11-2026

**Mødedato** Fredag d. 20. november 2026 kl. 09:00

**Mødedeltagere** Mette Hansen, Jonas Berg

# Punkt 1: Budget 2027

## Beslutning

{decision}
"""


def record_by_hand(client, decision=DECISION) -> Meeting:
    """What the secretary types: the meeting, its attendees, an item and its decision."""
    forum = make_forum()
    client.post(
        f"/fora/{forum.slug}/moeder/ny",
        {"date": "2026-11-20", "start_time": "09:00", "status": "held"},
    )
    meeting = db.session.scalar(select(Meeting))
    for name in ("Mette Hansen", "Jonas Berg"):
        client.post(f"/moeder/{meeting.id}/deltagere", {"name": name, "present": "y"})
    client.post(f"/moeder/{meeting.id}/punkter/ny", {"number": "1", "title": "Budget 2027"})
    item = meeting.agenda_items[0]
    response = client.post(
        f"/punkter/{item.id}/beslutninger/ny", {"text": decision, "kind": "decision"}
    )
    assert response.status_code == 302
    db.session.expire_all()
    return db.session.get(Meeting, meeting.id)


def shape(drafts):
    return [(d.title, d.owner_names, d.deadline_text, d.due_start, d.due_end) for d in drafts]


def proposal_links(page: str) -> list[str]:
    found = re.findall(r'<a class="button" href="([^"]*/handling/ny\?[^"]*)"', page)
    return [html.unescape(link) for link in found]


def create_from_proposal(client, link: str, owner, co_owner) -> Action:
    """Save the prefilled "Ny handling" of a proposal link as proposed; the action made."""
    response = client.post(
        link.split("?")[0],
        {
            "title": "Præsentere planen for direktionen",
            "owner_id": str(owner.id),
            "co_owner_ids": [str(co_owner.id)],
            "deadline": "senest 15. januar 2027",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    return db.session.scalar(select(Action))


def test_a_typed_decision_proposes_what_the_importer_proposes(secretary_client):
    mette = make_person(name="Mette Hansen", email="mette@example.org")
    jonas = make_person(name="Jonas Berg", email="jonas@example.org")
    make_person(name="Karin Holm", email="karin@example.org")  # known, not at the meeting
    meeting = record_by_hand(secretary_client, DECISION + MORE)
    make_meeting(meeting.forum, day=date(2026, 12, 15), status="planned")

    by_hand = proposals.drafts_of(meeting)
    imported = parse_text(referat(DECISION + MORE)).drafts
    assert shape(by_hand) == shape(imported)
    assert shape(by_hand)[2] == (
        "Tage kontakt til skolerne",
        ["Karin Holm"],
        "til næste møde",
        date(2026, 12, 15),
        date(2026, 12, 15),
    ), "the known people and the planned meetings, as the importer has them"
    assert shape(by_hand)[0] == (
        "Udarbejde et notat om budgettet",
        ["Mette Hansen"],
        "om to uger",
        date(2026, 12, 4),
        date(2026, 12, 4),
    ), "read from the meeting's date"

    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "Forslag til handlinger" in page
    assert "Udarbejde et notat om budgettet" in page and "Præsentere planen" in page
    links = proposal_links(page)
    assert len(links) == 3
    assert f"ejer={jonas.id}" in links[1] and f"medejer={mette.id}" in links[1]


def test_one_click_opens_ny_handling_prefilled_and_saves_the_meetings_dates(secretary_client):
    mette = make_person(name="Mette Hansen", email="mette@example.org")
    jonas = make_person(name="Jonas Berg", email="jonas@example.org")
    meeting = record_by_hand(secretary_client)
    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    link = proposal_links(page)[1]

    form = secretary_client.get(link).get_data(as_text=True)
    assert 'value="Præsentere planen for direktionen"' in form
    assert 'value="senest 15. januar 2027"' in form
    assert f'<option selected value="{jonas.id}">' in form  # the owner
    assert form.count(f'<option selected value="{mette.id}">') == 1  # the co-owner

    action = create_from_proposal(secretary_client, link, jonas, mette)
    assert (action.owner_id, [p.id for p in action.co_owners]) == (jonas.id, [mette.id])
    assert (action.due_start, action.due_end) == (date(2026, 11, 20), date(2027, 1, 15))

    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert len(proposal_links(page)) == 1, "the proposal made into an action says so"
    assert "Oprettet" in page


def test_the_plain_opret_handling_link_carries_the_first_proposal(secretary_client):
    make_person(name="Mette Hansen", email="mette@example.org")
    meeting = record_by_hand(secretary_client, "Mette Hansen udarbejder et notat om to uger.")
    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    plain = re.search(r'<p class="tools"><a href="([^"]+)"', page).group(1)
    form = secretary_client.get(html.unescape(plain)).get_data(as_text=True)
    assert 'value="Udarbejde et notat"' in form and 'value="om to uger"' in form


def test_members_see_no_proposals(client, secretary, member):
    make_person(name="Mette Hansen", email="mette@example.org")
    client.login(secretary)
    meeting = record_by_hand(client)
    client.login(member)
    page = client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "Forslag til handlinger" not in page and "/handling/ny" not in page


def test_a_decision_without_a_task_proposes_nothing(secretary_client):
    meeting = record_by_hand(secretary_client, "Forummet tog orienteringen til efterretning.")
    page = secretary_client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    assert "Forslag til handlinger" not in page
