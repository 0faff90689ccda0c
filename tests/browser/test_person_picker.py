"""The person picker (tracker/static/combobox.js) in Chromium, under the app's own CSP: the
keyboard alone chooses an owner, co-owners and attendees ("Tor", ArrowDown, Enter → Torben),
Escape closes, chips are removed with the keyboard, the ARIA a screen reader reads is there,
a tap works at 390 px, a new person only when chosen on purpose, and axe finds nothing.

The action form is not sent (the demo's actions stay as the other journeys expect them): what it
would post is read from the form itself. Attendees go to a meeting of a forum of this test's own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.browser.conftest import PHONE, SARA, VIEWPORTS, focused, tab_to, unfold

pytestmark = pytest.mark.browser

TORBEN_NAME, CHARLOTTE_NAME, MORTEN_NAME = (
    "Torben G. M. Benneskov",
    "Charlotte Veilskov",
    "Morten Hoff Grønvald",
)
LOOK = Path("/tmp/picker-shots")  # copies of the screenshots, to be looked at


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


@pytest.fixture(scope="module")
def demo(live_server) -> dict:
    """The ids the journeys need: a decision point of the demo meeting, the demo people, and a
    meeting of a forum of this module's own for the attendees."""
    from sqlalchemy import select

    from tests.factories import make_forum, make_meeting
    from tracker.extensions import db
    from tracker.models import Point
    from tracker.people.matching import person_named

    with live_server.app.app_context():
        point = db.session.scalars(select(Point).order_by(Point.id)).first()
        meeting = make_meeting(make_forum("Pickerforum", slug="pickerforum"), title="Pickermøde")
        found = {
            "point": point.id,
            "meeting": meeting.id,
            **{name: person_named(name).id for name in (TORBEN_NAME, CHARLOTTE_NAME, MORTEN_NAME)},
        }
        db.session.remove()
    return found


def posted(page, name: str) -> list[str]:
    """What the page's form would send as ``name`` (all values)."""
    return page.evaluate(
        "(name) => new FormData(document.querySelector('main form[method=post]')).getAll(name)",
        name,
    )


def choose(page, combobox, typed: str, want: str) -> None:
    """Type into the focused combobox, ArrowDown to the first suggestion, check it is ``want``,
    Enter."""
    page.keyboard.type(typed)
    listbox = page.locator(f"#{combobox.get_attribute('aria-controls')}")
    expect(listbox).to_be_visible()
    expect(combobox).to_have_attribute("aria-expanded", "true")
    expect(listbox.get_by_role("option").first).to_contain_text(want)
    page.keyboard.press("ArrowDown")
    active = combobox.get_attribute("aria-activedescendant")
    assert active, "ArrowDown made no suggestion active"
    option = page.locator(f"#{active}")
    expect(option).to_have_attribute("role", "option")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(option.locator(".picker-name")).to_have_text(want)
    page.keyboard.press("Enter")
    expect(listbox).to_be_hidden()
    expect(combobox).to_have_attribute("aria-expanded", "false")
    expect(combobox).to_have_value("")


def keep(paths) -> None:
    LOOK.mkdir(exist_ok=True)
    for path in paths:
        shutil.copy(path, LOOK / path.name)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_owner_and_co_owners_are_chosen_with_the_keyboard_alone(viewport, logged_in, demo, shoot):
    page = logged_in(SARA, viewport=VIEWPORTS[viewport])
    page.goto(f"/beslutninger/{demo['point']}/handling/ny")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ny handling")
    owner = page.get_by_role("combobox", name="Ejer", exact=True)
    co_owners = page.get_by_role("combobox", name="Medejere")
    # No select is left for the mouse-only Ctrl-click list; nothing chosen posts "0" as before.
    expect(page.locator("select#owner_id, select#co_owner_ids")).to_have_count(0)
    assert posted(page, "owner_id") == ["0"] and posted(page, "co_owner_ids") == []

    # What a screen reader reads: the APG combobox's attributes, and the count said politely.
    for box in (owner, co_owners):
        expect(box).to_have_attribute("aria-autocomplete", "list")
        expect(box).to_have_attribute("aria-expanded", "false")
        expect(page.locator(f"#{box.get_attribute('aria-controls')}")).to_have_attribute(
            "role", "listbox"
        )

    page.get_by_label("Titel").focus()
    tab_to(page, lambda f: f["id"] == "owner_id", "the Ejer combobox", limit=3)
    page.keyboard.type("Tor")
    status = page.locator(".picker").first.get_by_role("status")
    expect(status).to_have_text("1 forslag")
    keep(shoot(page, "suggestions-open"))
    page.keyboard.press("Backspace")
    page.keyboard.press("Backspace")
    page.keyboard.press("Backspace")
    choose(page, owner, "Tor", TORBEN_NAME)
    expect(page.locator(".picker").first.locator(".chip")).to_have_text([f"{TORBEN_NAME}×"])
    assert posted(page, "owner_id") == [str(demo[TORBEN_NAME])]

    # Escape closes the suggestions without choosing; a second Escape empties the field.
    page.keyboard.type("Mor")
    expect(page.locator(f"#{owner.get_attribute('aria-controls')}")).to_be_visible()
    page.keyboard.press("Escape")
    expect(owner).to_have_attribute("aria-expanded", "false")
    expect(page.locator(f"#{owner.get_attribute('aria-controls')}")).to_be_hidden()
    page.keyboard.press("Escape")
    expect(owner).to_have_value("")
    assert posted(page, "owner_id") == [str(demo[TORBEN_NAME])]

    tab_to(page, lambda f: f["id"] == "co_owner_ids", "the Medejere combobox", limit=3)
    choose(page, co_owners, "Char", CHARLOTTE_NAME)
    choose(page, co_owners, "Mor", MORTEN_NAME)
    chips = page.locator(".picker").nth(1).locator(".chip")
    expect(chips).to_have_count(2)
    assert posted(page, "co_owner_ids") == [str(demo[CHARLOTTE_NAME]), str(demo[MORTEN_NAME])]
    keep(shoot(page, "chips"))

    # A chip's remove button is reached with Shift+Tab and pressed with Enter; focus stays
    # on the next chip's button, and the page never keeps the focus: Tab leaves the picker.
    for _ in range(2):
        page.keyboard.press("Shift+Tab")
    assert focused(page)["text"] == "×"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        f"Fjern {CHARLOTTE_NAME}"
    )
    page.keyboard.press("Enter")
    expect(chips).to_have_count(1)
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        f"Fjern {MORTEN_NAME}"
    )
    assert posted(page, "co_owner_ids") == [str(demo[MORTEN_NAME])]
    tab_to(page, lambda f: f["id"] == "co_owner_ids", "the Medejere combobox again", limit=2)
    tab_to(page, lambda f: f["name"] == "deadline", "the field after the pickers", limit=3)


def test_a_tap_chooses_at_phone_width(logged_in, demo, shoot):
    page = logged_in(SARA, viewport=PHONE, has_touch=True)
    page.goto(f"/beslutninger/{demo['point']}/handling/ny")
    owner = page.get_by_role("combobox", name="Ejer", exact=True)
    owner.tap()
    owner.type("benne")
    option = page.get_by_role("option", name=TORBEN_NAME)
    box = option.bounding_box()
    assert box and box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= 390
    option.tap()
    expect(page.locator(".picker").first.locator(".chip")).to_have_count(1)
    assert posted(page, "owner_id") == [str(demo[TORBEN_NAME])]
    remove = page.get_by_role("button", name=f"Fjern {TORBEN_NAME}")
    remove.tap()
    expect(remove).to_have_count(0)
    assert posted(page, "owner_id") == ["0"]


def test_attendees_are_found_and_a_new_name_only_on_purpose(logged_in, demo, shoot, live_server):
    """Beside the attendees' list (typed or pasted, then previewed: tracker.meetings), the
    picker adds the full name of the person chosen, and a name nobody has only when chosen."""
    from sqlalchemy import func, select

    from tracker.extensions import db
    from tracker.models import Person

    def people() -> int:
        with live_server.app.app_context():
            count = db.session.scalar(select(func.count(Person.id)))
            db.session.remove()
        return count

    before = people()
    page = logged_in(SARA)
    page.goto(f"/moeder/{demo['meeting']}/deltagere")
    names = page.get_by_role("combobox", name="Find en person og føj til listen")
    names.focus()
    choose(page, names, "Tor", TORBEN_NAME)
    choose(page, names, "charlotte v", CHARLOTTE_NAME)
    # Nobody fits: the only suggestion is to take the name as a new person, and only Enter does.
    page.keyboard.type("Quirin Zacho")
    create = page.get_by_role("option", name="Opret »Quirin Zacho« som ny person")
    expect(create).to_be_visible()
    expect(page.locator(".picker").get_by_role("status")).to_have_text(
        "Ingen forslag. Opret »Quirin Zacho« som ny person"
    )
    keep(shoot(page, "create-offered"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Deltagere", exact=True)).to_have_value(
        f"{TORBEN_NAME}\n{CHARLOTTE_NAME}\nQuirin Zacho"
    )
    assert people() == before  # choosing created nobody: the list is previewed first
    page.get_by_role("button", name="Vis, hvem det er").click()
    expect(page.locator(".attendee-preview > li")).to_have_count(3)
    expect(page.locator(".attendee-preview .state-known")).to_have_count(2)
    keep(shoot(page, "previewed"))
    assert people() == before


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_pickers_have_no_wcag_violations(viewport, logged_in, demo, axe_path):
    from tests.browser.test_accessibility import assert_accessible

    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)  # to inject axe
    page.goto(f"/beslutninger/{demo['point']}/handling/ny")
    co_owners = page.get_by_role("combobox", name="Medejere")
    co_owners.focus()
    choose(page, co_owners, "Char", CHARLOTTE_NAME)
    page.keyboard.type("T")
    expect(page.locator(f"#{co_owners.get_attribute('aria-controls')}")).to_be_visible()
    page.keyboard.press("ArrowDown")
    assert_accessible(page, axe_path)  # open, an option active, a chip shown
    page.goto(f"/moeder/{demo['meeting']}/deltagere")
    names = page.get_by_role("combobox", name="Find en person og føj til listen")
    names.focus()
    page.keyboard.type("Ingen Hedder Sådan")
    expect(
        page.get_by_role("option", name="Opret »Ingen Hedder Sådan« som ny person")
    ).to_be_visible()
    assert_accessible(page, axe_path)


def test_without_javascript_the_forms_keep_their_own_fields(logged_in, demo):
    page = logged_in(SARA, java_script_enabled=False)
    page.goto(f"/beslutninger/{demo['point']}/handling/ny")
    expect(page.locator("input[role=combobox]")).to_have_count(0)
    expect(page.locator("select#owner_id")).to_be_visible()
    expect(page.locator("select#co_owner_ids[multiple]")).to_be_visible()
    page.goto(f"/moeder/{demo['meeting']}/deltagere")
    expect(page.get_by_label("Deltagere", exact=True)).to_be_visible()
    expect(page.locator("input[role=combobox]")).to_have_count(0)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_the_import_reviews_owner_is_chosen_by_keyboard(viewport, logged_in, axe_path):
    """The review's owner field stays a name field: choosing writes the full name into it; a
    co-owner chosen is added to the co-owners' names after a comma."""
    from tests.browser.test_accessibility import assert_accessible

    sample = Path(__file__).resolve().parents[1] / "data" / "referat-lederforum-2025-02-26.md"
    text = (  # a date no other browser test reviews; nothing is saved here
        sample.read_text(encoding="utf-8")
        .replace("26-02-2025", "21-05-2025")
        .replace("26. februar 2025", "21. maj 2025")
    )
    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)  # to inject axe
    page.goto("/import")
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(
        files=[{"name": "referat.md", "mimeType": "text/markdown", "buffer": text.encode()}]
    )
    page.get_by_role("button", name="Læs referatet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gennemse referatet")
    owner = page.get_by_role("combobox", name="Ejer", exact=True).first
    expect(owner).not_to_have_attribute("list", "personer")  # no second, native popup
    owner.focus()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type("Tor")
    listbox = page.locator(f"#{owner.get_attribute('aria-controls')}")
    expect(listbox.get_by_role("option").first).to_contain_text(TORBEN_NAME)
    # Known and in the referat's attendee list (the datalist): suggested once.
    expect(listbox.get_by_role("option").filter(has_text=TORBEN_NAME)).to_have_count(1)
    assert_accessible(page, axe_path)
    page.keyboard.press("ArrowDown")
    review_shot(page, viewport)
    page.keyboard.press("Enter")
    expect(owner).to_have_value(TORBEN_NAME)
    expect(listbox).to_be_hidden()

    # The co-owners stay one field of names with commas; a search field beside it adds one.
    unfold(page.locator("fieldset.draft").first)  # folded unless the referat gave co-owners
    co_owners = page.get_by_label("Medejere (adskilt med komma)").first
    co_owners.fill("Bente Kjær, ")
    search = page.get_by_role("combobox", name="Find en person og føj til listen").first
    search.focus()
    page.keyboard.type("Tor")
    listbox = page.locator(f"#{search.get_attribute('aria-controls')}")
    expect(listbox.get_by_role("option").first).to_contain_text(TORBEN_NAME)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(co_owners).to_have_value(f"Bente Kjær, {TORBEN_NAME}")
    expect(search).to_have_value("")


def review_shot(page, viewport) -> None:
    LOOK.mkdir(exist_ok=True)
    path = LOOK / f"review-owner-{viewport}.png"
    page.screenshot(path=str(path))
