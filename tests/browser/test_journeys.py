"""User journeys in a real browser: what a chef and the secretary see and do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import PHONE, SARA, TORBEN, focused, log_in, tab_to

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = DATA / "referat-lederforum-2025-02-26.md"
TORBEN_NAME = "Torben G. M. Benneskov"
CHARLOTTE_NAME = "Charlotte Veilskov"
COUNTS = re.compile(r"(\d+) overskredne?, (\d+) inden for 14 dage, (\d+) i alt")


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


def heading(page):
    return page.get_by_role("heading", level=1)


def open_counts(page) -> tuple[int, int, int]:
    """The counts line on Mine handlinger: overdue, due within 14 days, total."""
    match = COUNTS.search(page.locator("p.counts").inner_text())
    assert match, page.locator("p.counts").inner_text()
    overdue, soon, total = (int(n) for n in match.groups())
    return overdue, soon, total


def test_chef_writes_a_status_note_and_marks_the_action_done(page, shoot):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login"))
    expect(heading(page)).to_have_text("Log ind")
    shoot(page, "login")
    page.get_by_label("E-mail").fill(TORBEN)
    page.get_by_label("Adgangskode").fill("forkert adgangskode")
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("alert")).to_have_text("Forkert e-mail eller adgangskode.")
    shoot(page, "login-wrong-password")

    log_in(page, TORBEN)
    expect(heading(page)).to_have_text("Mine handlinger")
    header = page.locator("header.site")
    expect(header.get_by_role("link", name=TORBEN_NAME)).to_be_visible()
    overdue, soon, total = open_counts(page)
    cards = page.locator("ul.action-cards > li.card")
    expect(cards).to_have_count(total)
    assert total >= 3 and overdue + soon <= total
    # The counts match the cards: overdue cards are marked, and each shows its deadline.
    expect(cards.and_(page.locator(".is-overdue"))).to_have_count(overdue)
    expect(cards.first).to_contain_text("Frist:")
    expect(page.get_by_role("link", name="Budgettemadag", exact=False).first).to_be_visible()
    shoot(page, "mine")

    own = cards.filter(has_not_text="(medejer)").first
    title = own.get_by_role("heading", level=2).inner_text().strip()
    own.get_by_role("link", name=title).click()
    expect(heading(page)).to_have_text(title)
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text(TORBEN_NAME)
    expect(facts).not_to_contain_text("Udført")
    shoot(page, "action")

    first_note = "Programmet er sendt til høring i direktionen; svar ventes i næste uge."
    page.get_by_label("Statusnote", exact=True).fill(first_note)
    page.get_by_role("button", name="Gem statusnote").click()
    expect(page.get_by_role("status").filter(has_text="Statusnoten er gemt.")).to_be_visible()
    notes = page.locator("section[aria-labelledby=noter]")
    history = page.locator("section[aria-labelledby=historik]")
    expect(notes).to_contain_text(first_note)
    expect(notes).to_contain_text(TORBEN_NAME)
    expect(history).to_contain_text("skrev en statusnote: »Programmet er sendt til høring")
    shoot(page, "note-saved")

    # Done needs a note: without one the form says so and keeps the choice.
    page.get_by_label("Ny status").select_option(label="Udført")
    page.get_by_role("button", name="Gem statusnote").click()
    expect(page.get_by_role("alert").first).to_contain_text("Formularen er ikke gemt")
    expect(page.locator("#text-error")).to_contain_text("Skriv en statusnote")
    expect(page.get_by_label("Ny status")).to_have_value("done")
    shoot(page, "done-without-note")

    done_note = "Afholdt og evalueret; opsamlingen er sendt til alle deltagere."
    page.get_by_label("Statusnote", exact=True).fill(done_note)
    page.get_by_label("Ny status").select_option(label="Udført")
    page.get_by_role("button", name="Gem statusnote").click()
    expect(page.get_by_role("status").filter(has_text="Statusnoten er gemt.")).to_be_visible()
    expect(facts.locator("dd").first).to_have_text("Udført")
    expect(notes).to_contain_text(done_note)
    expect(notes).to_contain_text(re.compile(r"→ Udført"))
    expect(history).to_contain_text(re.compile(r"ændrede status fra »[^«]+« til »Udført«"))
    expect(history).to_contain_text("skrev en statusnote: »Afholdt og evalueret")
    shoot(page, "done")

    page.get_by_role("navigation", name="Hovedmenu").get_by_role(
        "link", name="Mine handlinger"
    ).click()
    expect(heading(page)).to_have_text("Mine handlinger")
    assert open_counts(page)[2] == total - 1
    expect(
        page.locator("ul.action-cards").get_by_role("link", name=title, exact=True)
    ).to_have_count(0)
    page.get_by_role("link", name="Udførte og annullerede").click()
    closed = page.locator("ul.action-cards")
    expect(closed.get_by_role("link", name=title, exact=True)).to_be_visible()
    expect(closed).to_contain_text(done_note[:40])
    shoot(page, "closed-tab")


def test_keyboard_only_login_and_open_an_action(page, shoot):
    page.goto("/login")
    first = tab_to(page, lambda f: True, limit=1)
    assert first["text"] == "Gå til indhold" and first["href"] == "#indhold"
    expect(page.get_by_role("link", name="Gå til indhold")).to_be_visible()
    shoot(page, "skip-link")

    tab_to(page, lambda f: f["name"] == "email")
    page.keyboard.type(TORBEN)
    assert focused(page)["name"] == "email"
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "password"
    page.keyboard.type("lederforum2025")
    tab_to(page, lambda f: f["tag"] in ("button", "input") and f["text"] == "Log ind", limit=3)
    shoot(page, "login-filled")
    page.keyboard.press("Enter")
    expect(heading(page)).to_have_text("Mine handlinger")
    expect(page.locator("header.site")).to_contain_text(TORBEN_NAME)
    shoot(page, "mine")

    # Onwards with the keyboard: the skip link, then the first action on the list.
    link = tab_to(page, lambda f: f["href"] and re.fullmatch(r"/handlinger/\d+", f["href"]))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(link["href"] + "$"))
    expect(heading(page)).to_have_text(link["text"])
    # The note form works without a mouse too: Statusnote, type, on to the button, Enter.
    tab_to(page, lambda f: f["name"] == "text")
    page.keyboard.type("Skrevet uden mus.")
    tab_to(page, lambda f: f["text"] == "Gem statusnote", limit=4)
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="Statusnoten er gemt.")).to_be_visible()
    expect(page.locator("section[aria-labelledby=noter]")).to_contain_text("Skrevet uden mus.")
    shoot(page, "note-by-keyboard")


def test_secretary_imports_a_referat_and_picks_two_actions(logged_in, shoot, tmp_path):
    page = logged_in(SARA)
    page.goto("/mine")
    page.get_by_role("navigation", name="Hovedmenu").get_by_role(
        "link", name="Importér referat"
    ).click()
    expect(page).to_have_url(re.compile(r"/import$"))
    expect(heading(page)).to_have_text("Importér referat")
    shoot(page, "upload")

    # The demo holds this very meeting already: a second import is refused, with the reason.
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(SAMPLE)
    page.get_by_role("button", name="Læs referatet").click()
    expect(heading(page)).to_have_text("Importér referat")
    expect(page.locator("p.error")).to_contain_text("Referatet er allerede importeret")
    expect(page.locator("p.error")).to_contain_text("26-02-2025")
    shoot(page, "duplicate-refused")

    # The same forum two weeks later: a new meeting.
    later = tmp_path / "referat-lederforum-2025-03-12.md"
    text = SAMPLE.read_text(encoding="utf-8")
    later.write_text(
        text.replace("26-02-2025", "12-03-2025").replace("26. februar 2025", "12. marts 2025"),
        encoding="utf-8",
    )
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(later)
    page.get_by_role("button", name="Læs referatet").click()
    expect(heading(page)).to_have_text("Gennemse referatet")
    expect(page.get_by_label("Mødedato", exact=True)).to_have_value("12-03-2025")
    drafts = page.locator("fieldset.draft")
    count = drafts.count()
    assert count >= 3, f"the sample should propose several actions, not {count}"
    shoot(page, "review")

    chosen = []
    for index in range(count):
        draft = drafts.nth(index)
        accept = draft.get_by_label("Opret handlingen")
        if index >= 2:
            accept.uncheck()
            expect(accept).not_to_be_checked()
            continue
        accept.check()  # no owner in the referat: unticked until one is given
        owner = (TORBEN_NAME, CHARLOTTE_NAME)[index]
        draft.get_by_label("Ejer", exact=True).fill(owner)
        chosen.append((draft.get_by_label("Titel").input_value(), owner))
    assert all(title for title, _ in chosen)
    shoot(page, "review-filled")
    page.get_by_role("button", name="Gem mødet og de valgte handlinger").click()

    expect(page).to_have_url(re.compile(r"/moeder/\d+$"))
    expect(page.get_by_role("status")).to_contain_text("Referatet er importeret med 2 handlinger.")
    expect(heading(page)).to_have_text("Lederforum 12. marts 2025")  # forum and date
    expect(page.locator("dl.facts")).to_contain_text("12. marts 2025")
    actions = page.locator("section[aria-labelledby=handlinger]")
    expect(actions.get_by_role("heading", level=2)).to_contain_text("(2)")
    rows = actions.locator("tbody tr")
    expect(rows).to_have_count(2)
    for title, owner in chosen:
        row = rows.filter(has=page.get_by_role("link", name=title, exact=True))
        expect(row).to_have_count(1)
        expect(row.locator("td").nth(1)).to_have_text(owner)
    shoot(page, "meeting")

    page.set_viewport_size(PHONE)
    expect(rows.first).to_be_visible()
