"""Issue 26: in the import review the secretary types "Torben" and "Karsten" as owners and a new
co-owner: the first two are the referat's attendees, the new one is refused until "Opret ... som
nye personer" is ticked; nobody is created by accident. Desktop and 390 px, axe clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import SARA, VIEWPORTS, people_named, unfold
from tests.browser.test_accessibility import assert_accessible

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "referat-lederforum-2025-02-26.md"
# No other browser test imports these days; a new co-owner of each run's own.
DAYS = {"desktop": ("07-05-2025", "7. maj 2025"), "phone": ("08-05-2025", "8. maj 2025")}
NEW = {"desktop": "Gert Nyborg", "phone": "Gry Nyborg"}
REVIEW = re.compile(r"/import/\d+(#\w+)?$")  # a refused save returns at #fejl


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


def _owners(live_server, day):
    from sqlalchemy import select

    from tracker.extensions import db
    from tracker.models import Action, Meeting

    with live_server.app.app_context():
        actions = db.session.scalars(
            select(Action).join(Meeting, Action.meeting_id == Meeting.id).where(Meeting.date == day)
        ).all()
        found = sorted((a.owner.name, tuple(p.name for p in a.co_owners)) for a in actions)
        db.session.remove()
    return found


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_owners_typed_in_the_review_are_the_right_people(
    viewport, logged_in, shoot, axe_path, live_server
):
    from datetime import datetime

    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)  # to inject axe
    short, long = DAYS[viewport]
    new = NEW[viewport]
    referat = SAMPLE.read_text(encoding="utf-8").replace("26-02-2025", short)
    referat = referat.replace("26. februar 2025", long)
    page.goto("/import")
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(
        files=[{"name": "referat.md", "mimeType": "text/markdown", "buffer": referat.encode()}]
    )
    page.get_by_role("button", name="Læs referatet").click()
    page.wait_for_url(REVIEW)
    drafts = page.locator("fieldset.draft")
    for index in range(2, drafts.count()):
        drafts.nth(index).get_by_label("Opret handlingen").uncheck()
    first, second = drafts.nth(0), drafts.nth(1)
    for draft in (first, second):  # no owner in the referat: unticked until one is given
        draft.get_by_label("Opret handlingen").check()
    first.get_by_label("Ejer", exact=True).fill("Torben")
    unfold(first)
    first.get_by_label("Medejere (adskilt med komma)").fill("")
    second.get_by_label("Ejer", exact=True).fill("Karsten")
    unfold(second)
    second.get_by_label("Medejere (adskilt med komma)").fill(new)
    page.get_by_role("button", name="Gem mødet og de valgte handlinger").click()
    page.wait_for_url(REVIEW)
    second = page.locator("fieldset.draft").nth(1)
    expect(second).to_contain_text(f"»{new}« kendes ikke")
    expect(page.locator("fieldset.draft").nth(0)).to_contain_text(
        "»Torben« er Torben G. M. Benneskov."
    )
    assert people_named(live_server, new) == 0 and people_named(live_server, "Torben") == 0
    shoot(page, "refused")
    assert_accessible(page, axe_path)

    second.get_by_label("Opret de ukendte medejere som nye personer").check()
    page.get_by_role("button", name="Gem mødet og de valgte handlinger").click()
    expect(page.locator(".flash-success")).to_contain_text("Referatet er importeret")
    shoot(page, "saved")
    day = datetime.strptime(short, "%d-%m-%Y").date()
    assert _owners(live_server, day) == sorted(
        [("Torben G. M. Benneskov", ()), ("Karsten Poulsen", (new,))]
    )
    assert people_named(live_server, new) == 1
    assert people_named(live_server, "Torben") == people_named(live_server, "Karsten") == 0
