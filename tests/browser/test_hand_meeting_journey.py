"""Issue 26: the secretary types a meeting by hand; its decision proposes actions as an import
would, one becomes an action in one click with the sentence's owner, co-owner and deadline
(read from the meeting's date). And the status round before it is sent, with "Send nu"."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.browser.conftest import SARA, VIEWPORTS

pytestmark = pytest.mark.browser

DECISION = (
    "Charlotte Veilskov udarbejder et notat om budgettet om to uger. Morten Hoff Grønvald og "
    "Charlotte Veilskov skal præsentere planen for direktionen senest 15. januar 2027."
)


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


def forum_of_its_own(live_server, name: str, planned_in_days: int | None = None) -> str:
    from tests.factories import make_forum, make_meeting
    from tracker.actions.services import create_action
    from tracker.extensions import db
    from tracker.i18n import today
    from tracker.people.matching import person_named

    with live_server.app.app_context():
        forum = make_forum(name)
        if planned_in_days is not None:
            day = today() + timedelta(days=planned_in_days)
            make_meeting(forum, day=day, status="planned", title=f"{name} {day}")
            owner = person_named("Charlotte Veilskov")
            create_action(forum=forum, title="Plan for rekruttering", owner=owner, actor=None)
            db.session.commit()
        slug = forum.slug
        db.session.remove()
    return slug


def _new_meeting_and_item(page, slug: str) -> None:
    """A meeting of 20 November 2026 typed by hand, and its item "Budget 2027" being written."""
    page.goto(f"/fora/{slug}/moeder/ny")
    page.get_by_label("Dato").fill("2026-11-20")
    page.get_by_role("button", name="Gem mødet").click()
    page.get_by_role("link", name="Nyt punkt").click()
    page.get_by_label("Titel").fill("Budget 2027")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_a_meeting_typed_by_hand_proposes_actions(
    viewport, logged_in, live_server, shoot, axe_path
):
    from tests.browser.test_accessibility import assert_accessible

    slug = forum_of_its_own(live_server, f"Håndforum {viewport}")
    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)
    _new_meeting_and_item(page, slug)
    page.get_by_role("button", name="Gem punktet").click()
    page.get_by_role("link", name="Tilføj beslutning eller plenumpunkt").click()
    page.get_by_label("Tekst").fill(DECISION)
    page.get_by_label("Type").select_option("decision")
    page.get_by_role("button", name="Gem").click()

    proposals = page.locator(".proposals")
    expect(proposals.get_by_role("heading", name="Forslag til handlinger")).to_be_visible()
    expect(proposals).to_contain_text("Udarbejde et notat om budgettet")
    expect(proposals).to_contain_text("om to uger (4. december 2026)")
    expect(proposals).to_contain_text("Morten Hoff Grønvald, Charlotte Veilskov")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORTS[viewport]["width"], f"no sideways scrolling ({width})"
    shoot(page, "proposals")
    assert_accessible(page, axe_path)

    page.get_by_role("link", name="Opret handling – Præsentere planen for direktionen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny handling")
    expect(page.get_by_label("Titel")).to_have_value("Præsentere planen for direktionen")
    expect(page.get_by_label("Frist")).to_have_value("senest 15. januar 2027")
    # the owner and co-owner pickers (static/combobox.js) show the prefilled people as chips
    pickers = page.locator(".picker")
    expect(pickers.nth(0).locator(".chip")).to_have_text(["Morten Hoff Grønvald×"])
    expect(pickers.nth(1).locator(".chip")).to_have_text(["Charlotte Veilskov×"])
    shoot(page, "prefilled")
    assert_accessible(page, axe_path)
    page.get_by_role("button", name="Opret handling").click()

    main = page.locator("main")
    expect(main).to_contain_text("Handlingen er oprettet.")
    expect(main).to_contain_text("15. januar 2027")
    expect(main).to_contain_text("Charlotte Veilskov")
    page.get_by_role("link", name=f"Håndforum {viewport} 20. november 2026").first.click()
    expect(page.locator(".proposals")).to_contain_text("Oprettet")
    shoot(page, "made")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_a_decision_typed_in_the_items_own_field_proposes_actions(
    viewport, logged_in, live_server, shoot, axe_path
):
    from tests.browser.test_accessibility import assert_accessible

    slug = forum_of_its_own(live_server, f"Punktforum {viewport}")
    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)
    _new_meeting_and_item(page, slug)
    page.get_by_label("Beslutning").fill(DECISION)  # no decision points: the item's own field
    page.get_by_role("button", name="Gem punktet").click()

    proposals = page.locator(".proposals")
    expect(proposals.get_by_role("heading", name="Forslag til handlinger")).to_be_visible()
    expect(proposals).to_contain_text("om to uger (4. december 2026)")
    shoot(page, "item-proposals")
    assert_accessible(page, axe_path)
    page.get_by_role("link", name="Opret handling – Udarbejde et notat om budgettet").click()
    expect(page.get_by_label("Titel")).to_have_value("Udarbejde et notat om budgettet")
    expect(page.locator(".picker").nth(0).locator(".chip")).to_have_text(["Charlotte Veilskov×"])
    page.get_by_role("button", name="Opret handling").click()

    main = page.locator("main")
    expect(main).to_contain_text("Handlingen er oprettet.")
    expect(main).to_contain_text("4. december 2026")
    page.get_by_role("link", name=f"Punktforum {viewport} 20. november 2026").first.click()
    expect(page.locator(".proposals")).to_contain_text("Oprettet")
    expect(page.locator(".linked-action")).to_contain_text("Udarbejde et notat om budgettet")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_status_round_before_it_is_sent(viewport, logged_in, live_server, shoot, axe_path):
    from tests.browser.test_accessibility import assert_accessible

    slug = forum_of_its_own(live_server, f"Rundeforum {viewport}", planned_in_days=10)
    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)
    page.goto(f"/fora/{slug}/statusrunde")
    main = page.locator("main")
    expect(main).to_contain_text("Statusrunden er ikke sendt endnu.")
    expect(main).to_contain_text("Den sendes automatisk")
    expect(main.get_by_role("table")).to_contain_text("Charlotte Veilskov")
    shoot(page, "before")
    assert_accessible(page, axe_path)
    page.get_by_role("button", name="Send statusrunden nu").click()
    expect(main).to_contain_text("Statusrunden til 1 person")
    expect(main).to_contain_text("0 af 1 har svaret")
    shoot(page, "sent")
    assert_accessible(page, axe_path)
