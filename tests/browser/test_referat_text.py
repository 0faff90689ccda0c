"""The import review shows the referat itself (templates/importing/_referat.html): the secretary
turns two sentences into actions from the text, one click each, with the owners and deadlines
read from them, and saves; the proposal she unticked stays unticked. Desktop and 390 px."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SARA, VIEWPORTS
from tests.browser.test_accessibility import assert_accessible

pytestmark = pytest.mark.browser

REFERAT = Path(__file__).resolve().parents[1] / "data" / "referat-lederforum-2025-03-12-tekst.md"
# No other browser test imports these days (the live server's database is shared).
DAYS = {"desktop": ("05-03-2025", "5. marts 2025"), "phone": ("19-03-2025", "19. marts 2025")}
SHOTS = Path("/tmp/text-shots")
REVIEW = re.compile(r"/import/\d+(#forslag-\d+)?$")


def sentence(page, start: str):
    """The pane's sentence (its list item) that starts with ``start``."""
    return page.locator(".referat-pane li").filter(has_text=re.compile("^\\s*" + re.escape(start)))


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_two_sentences_become_actions_from_the_text(viewport, logged_in, axe_path, live_server):
    SHOTS.mkdir(exist_ok=True)
    numeric, long = DAYS[viewport]
    text = REFERAT.read_text(encoding="utf-8").replace("12-03-2025", numeric)
    text = text.replace("12. marts 2025", long)
    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)  # axe is injected
    page.goto("/import")
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(
        files=[{"name": "referat.md", "mimeType": "text/markdown", "buffer": text.encode()}]
    )
    page.get_by_role("button", name="Læs referatet").click()
    page.wait_for_url(REVIEW)
    expect(page.get_by_role("heading", name="Referatet", exact=True)).to_be_visible()
    drafts = page.locator("fieldset.draft")
    expect(drafts).to_have_count(1)
    proposed = sentence(page, "Torben G. M. Benneskov og Charlotte")
    expect(proposed.locator("mark")).to_be_visible()  # where proposal 1 came from
    expect(proposed.get_by_role("link", name="Forslag 1")).to_be_visible()
    assert_accessible(page, axe_path)
    page.screenshot(path=str(SHOTS / f"{viewport}-1-review.png"), full_page=True)

    drafts.nth(0).get_by_label("Opret handlingen").uncheck()  # the secretary's own edit
    sentence(page, "Det er vigtigt").get_by_role("button", name="Gør til handling").click()
    page.wait_for_url(re.compile(r"#forslag-2$"))
    expect(drafts).to_have_count(2)
    added = drafts.nth(1)
    expect(added.get_by_label("Opret handlingen")).to_be_checked()
    expect(added.get_by_label("Ejer", exact=True)).to_have_value("Charlotte Veilskov")
    expect(added.get_by_label("Frist")).to_have_value("senest 15. maj 2025")
    expect(drafts.nth(0).get_by_label("Opret handlingen")).not_to_be_checked()
    expect(page.locator("#forslag-2")).to_be_focused()  # the new row, not the top of the page
    page.screenshot(path=str(SHOTS / f"{viewport}-2-added.png"), full_page=False)

    sentence(page, "Der var opbakning").get_by_role("button", name="Gør til handling").click()
    page.wait_for_url(re.compile(r"#forslag-3$"))
    third = drafts.nth(2)
    expect(third.get_by_label("Ejer", exact=True)).to_have_value("Torben G. M. Benneskov")
    expect(third.get_by_label("Medejere (adskilt med komma)")).to_have_value("Charlotte Veilskov")
    expect(third.get_by_label("Frist")).to_have_value("1. juni 2025")
    third.get_by_role("link", name="Vis i referatet").click()  # to its place in the text
    expect(page.locator(".referat-pane li:target")).to_contain_text("Der var opbakning")
    expect(sentence(page, "Der var opbakning").locator("mark")).to_be_visible()
    assert_accessible(page, axe_path)
    page.screenshot(path=str(SHOTS / f"{viewport}-3-text.png"), full_page=False)
    page.screenshot(path=str(SHOTS / f"{viewport}-4-whole.png"), full_page=True)

    page.get_by_role("button", name="Gem mødet og de valgte handlinger").click()
    page.wait_for_url(re.compile(r"/moeder/\d+$"))
    expect(page.get_by_text("Referatet er importeret med 2 handlinger.")).to_be_visible()
    meeting_id = int(page.url.rsplit("/", 1)[1])
    with live_server.app.app_context():
        from sqlalchemy import select

        from tracker.extensions import db
        from tracker.models import Action

        saved = {
            a.title: (a.owner.name, [p.name for p in a.co_owners], a.due_end)
            for a in db.session.scalars(select(Action).where(Action.meeting_id == meeting_id))
        }
        db.session.remove()
    assert saved == {
        "Er vigtigt at holde fast i dialogen med medarbejderne": (
            "Charlotte Veilskov",
            [],
            date(2025, 5, 15),
        ),
        "Der var opbakning til mødekalenderen, som Torben og Charlotte Veilskov ser på": (
            "Torben G. M. Benneskov",
            ["Charlotte Veilskov"],
            date(2025, 6, 1),
        ),
    }
