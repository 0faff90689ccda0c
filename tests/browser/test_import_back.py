"""The import review is a page of its own (/import/<id>): after a refused save the browser is at
that GET address with everything typed; Back sends no form again and raises no resubmission
prompt; after the save, Back to the review says it is imported and imports nothing twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SARA

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "referat-lederforum-2025-02-26.md"
DATE, LONG_DATE = "23-04-2025", "23. april 2025"  # no other browser test imports this day
REVIEW = re.compile(r"/import/\d+(#fejl)?$")  # a refused save opens at its error summary


def test_back_after_a_refused_review_sends_no_form_and_loses_nothing(logged_in):
    page = logged_in(SARA)
    text = SAMPLE.read_text(encoding="utf-8")
    referat = text.replace("26-02-2025", DATE).replace("26. februar 2025", LONG_DATE)
    posts, dialogs = [], []
    page.on("request", lambda request: request.method == "POST" and posts.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto("/import")
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(
        files=[{"name": "referat.md", "mimeType": "text/markdown", "buffer": referat.encode()}]
    )
    page.get_by_role("button", name="Læs referatet").click()
    page.wait_for_url(REVIEW)
    review = page.url
    expect(page.get_by_role("heading", level=1)).to_have_text("Gennemse referatet")

    drafts = page.locator("fieldset.draft")
    assert drafts.count() >= 3
    first, second = drafts.nth(0), drafts.nth(1)
    first.get_by_label("Opret handlingen").check()  # no owner in the referat: unticked
    first.get_by_label("Titel").fill("Seminar om reformerne, rettet i gennemgangen")
    first.get_by_label("Ejer", exact=True).fill("Torben G. M. Benneskov")
    first.get_by_label("Frist").fill("når det passer")  # cannot be read: the save is refused
    second.get_by_label("Opret handlingen").uncheck()
    posts.clear()
    page.get_by_role("button", name="Gem mødet og de valgte handlinger").click()
    page.wait_for_url(REVIEW)
    assert page.url == review + "#fejl", "refused: back at the review's GET address"
    assert len(posts) == 1 and posts[0].endswith("/gem"), posts
    expect(page.get_by_text("kan ikke læses").first).to_be_visible()
    assert first.get_by_label("Titel").input_value() == (
        "Seminar om reformerne, rettet i gennemgangen"
    ), "what was typed is kept"
    assert first.get_by_label("Ejer", exact=True).input_value() == "Torben G. M. Benneskov"
    assert first.get_by_label("Frist").input_value() == "når det passer"
    expect(second.get_by_label("Opret handlingen")).not_to_be_checked()

    page.go_back()  # the review as it was before the save: a GET, no "Confirm Form Resubmission"
    page.wait_for_load_state()
    assert page.url == review and len(posts) == 1 and dialogs == [], (page.url, posts)
    expect(page.get_by_text("kan ikke læses")).to_have_count(0)
    assert first.get_by_label("Titel").input_value() == (
        "Seminar om reformerne, rettet i gennemgangen"
    ), "the browser keeps what was typed on the page Back returns to"
    page.go_back()  # the upload page
    page.wait_for_load_state()
    assert page.url.endswith("/import") and len(posts) == 1 and dialogs == [], (page.url, posts)
    expect(page.get_by_role("heading", level=1)).to_have_text("Importér referat")
    page.go_forward()
    page.wait_for_url(REVIEW)
    assert len(posts) == 1 and dialogs == [], posts

    # Saved now; Back to the review says so, and nothing is imported twice.
    page.goto(review)
    first = page.locator("fieldset.draft").nth(0)
    expect(first.get_by_label("Frist")).to_have_value("når det passer")  # the edits are kept
    first.get_by_label("Frist").fill("")
    first.get_by_label("Ejer", exact=True).fill("Torben G. M. Benneskov")
    first.get_by_label("Opret handlingen").check()
    for index in range(1, page.locator("fieldset.draft").count()):
        page.locator("fieldset.draft").nth(index).get_by_label("Opret handlingen").uncheck()
    page.get_by_role("button", name="Gem mødet og de valgte handlinger").click()
    page.wait_for_url(re.compile(r"/moeder/\d+$"))
    expect(page.get_by_role("status")).to_contain_text("Referatet er importeret med 1 handling.")
    saved_posts = len(posts)
    page.go_back()
    page.wait_for_load_state()
    assert page.url == review and dialogs == [] and len(posts) == saved_posts, (page.url, posts)
    expect(page.get_by_text("Referatet er allerede importeret.")).to_be_visible()
    expect(page.get_by_role("button", name="Gem mødet og de valgte handlinger")).to_have_count(0)
