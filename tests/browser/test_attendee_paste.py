"""Issue 26: the secretary pastes a list of attendees, sees who was matched, who is new and who
is ambiguous before saving, chooses, and nobody is created by accident ("Torben" is Torben G.
M. Benneskov; "Karsten" is asked); "Kopier fra sidste møde"; desktop and 390 px, axe clean."""

from __future__ import annotations

from datetime import date

import pytest

from tests.browser.conftest import SARA, VIEWPORTS, people_named
from tests.browser.test_accessibility import assert_accessible

pytestmark = pytest.mark.browser

FORUM = "Deltagerforum"  # a forum of its own: the other journeys use the demo's forums
NEW = {"desktop": "Bente Kjær", "phone": "Bodil Kjær"}  # a new person in each run


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


@pytest.fixture
def meetings(live_server, request):
    """A meeting without attendees, after a held one of the same forum with two; a second
    Karsten beside the demo's Karsten Poulsen."""
    from tests.factories import make_forum, make_meeting
    from tracker.extensions import db
    from tracker.models import Attendance, Person
    from tracker.people.matching import person_named

    viewport = request.node.callspec.params["viewport"]
    day = {"desktop": 3, "phone": 4}[viewport]
    with live_server.app.app_context():
        forum = make_forum(FORUM, slug="deltagerforum")
        if person_named("Karsten Ibsen") is None:
            db.session.add(Person(name="Karsten Ibsen", unit="Kultur"))
        last = make_meeting(forum, day=date(2025, day, 1), status="held")
        for position, name in enumerate(["Charlotte Veilskov", "Morten Hoff Grønvald"]):
            person = person_named(name)
            db.session.add(Attendance(meeting=last, person=person, present=True, position=position))
        meeting = make_meeting(forum, day=date(2025, day, 15), status="held")
        db.session.commit()
        ids = meeting.id
        db.session.remove()
    return ids


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_a_pasted_list_is_previewed_chosen_and_saved(
    viewport, logged_in, meetings, shoot, axe_path, live_server
):
    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)  # to inject axe
    page.goto(f"/moeder/{meetings}/deltagere")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mødedeltagere")
    new = NEW[viewport]
    page.get_by_label("Deltagere").fill(
        f"Torben (Fravær)\nCharlotte Veilskov, Morten Hoff Grønvald, {new}\nKarsten"
    )
    page.get_by_role("button", name="Vis, hvem det er").click()
    main = page.locator("main")
    expect(main).to_contain_text("3 genkendt, 1 nye, 1 flertydige.")
    torben = page.get_by_role("group", name="»Torben«")
    expect(torben.get_by_role("radio", name="Torben G. M. Benneskov")).to_be_checked()
    karsten = page.get_by_role("group", name="»Karsten«")
    expect(karsten.get_by_role("radio", name="Karsten Poulsen")).not_to_be_checked()
    expect(karsten.get_by_role("radio", name="Karsten Ibsen")).not_to_be_checked()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORTS[viewport]["width"], f"no sideways scrolling ({width})"
    shoot(page, "preview")
    assert_accessible(page, axe_path)

    # Saved before choosing: refused, in Danish, the summary links to the names to choose.
    page.get_by_role("button", name="Gem deltagerne").click()
    summary = page.get_by_role("alert").filter(has_text="Deltagerlisten er ikke gemt")
    expect(summary).to_contain_text("Vælg, hvem »Karsten« er")
    expect(summary).to_contain_text(f"Vælg, hvem »{new}« er")
    shoot(page, "refused")
    assert_accessible(page, axe_path)
    assert people_named(live_server, new) == 0 and people_named(live_server, "Karsten") == 0

    karsten = page.get_by_role("group", name="»Karsten«")
    karsten.get_by_role("radio", name="Karsten Ibsen").check()
    bente = page.get_by_role("group", name=f"»{new}«")
    bente.get_by_role("radio", name=f"Opret ny person »{new}«").check()
    bente.get_by_label("E-mail til den nye person (valgfri)").fill(f"{viewport}@sonderoe.example")
    page.get_by_role("button", name="Gem deltagerne").click()
    expect(page.locator(".flash-success")).to_contain_text(
        "Deltagerlisten er gemt: 5 tilføjet, 1 oprettet som nye personer, 0 sprunget over."
    )
    table = page.locator("table.list")
    for name in ("Torben G. M. Benneskov", "Charlotte Veilskov", new, "Karsten Ibsen"):
        expect(table).to_contain_text(name)
    shoot(page, "saved")
    assert people_named(live_server, new) == 1
    assert people_named(live_server, "Torben") == people_named(live_server, "Karsten") == 0

    page.get_by_role("button", name="Fjern – Charlotte Veilskov").click()
    # the removal reloads the page: wait for it, or the next click lands on the old page
    expect(table).not_to_contain_text("Charlotte Veilskov")
    page.get_by_role("button", name="Kopier fra sidste møde").click()
    expect(page.locator(".flash-success")).to_contain_text("1 deltagere kopieret fra")
    expect(table).to_contain_text("Charlotte Veilskov")
    assert_accessible(page, axe_path)
