"""A referat that names no meeting date is read, not refused: on a phone the review says so,
asks for the date in »Mødedato«, refuses the save without it, and saves with the date typed,
the deadline words counted from that date (issue 25)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, SARA
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_import_review_journey import SAVE, draft_titled, upload

pytestmark = pytest.mark.browser

# The only dates are other days' (the minutes approved, the next meeting); no other browser
# test imports 13 January 2025.
UNDATED = (
    "Referat\n\nBestyrelsen\n\n1. Godkendelse af referat fra mødet den 9. december 2024\n\n"
    "Godkendt.\n\nNæste møde: 10. februar 2025\n\n2. Hjemmesiden\n\n"
    "Sara Lindholm opdaterer hjemmesiden inden 14 dage.\n"
)


def test_an_undated_referat_asks_for_its_date_on_a_phone(logged_in, shoot, axe_path):
    page = logged_in(SARA, viewport=PHONE, bypass_csp=True)  # for the axe script
    upload(page, "referat.txt", "text/plain", UNDATED.encode())
    expect(page.get_by_text("Referatet nævner ingen mødedato")).to_be_visible()
    expect(page.get_by_text("9. december 2024", exact=False).first).to_be_visible()
    date_field = page.get_by_label("Mødedato")
    expect(date_field).to_have_value("")  # never a guessed date
    assert_accessible(page, axe_path)
    shoot(page, "asked")

    page.get_by_label("Forum", exact=True).select_option(label="Nyt forum …")
    page.get_by_label("Navn på det nye forum").fill("Bestyrelsen for hjemmesiden")
    page.get_by_role("button", name=SAVE).click()
    page.wait_for_url(re.compile(r"/import/\d+#fejl$"))
    expect(page.locator("#fejl")).to_contain_text("Skriv mødets dato")

    page.get_by_label("Mødedato").fill("13-01-2025")
    expect(
        draft_titled(page, "Opdatere hjemmesiden").get_by_label("Opret handlingen")
    ).to_be_checked()
    page.get_by_role("button", name=SAVE).click()
    page.wait_for_url(re.compile(r"/moeder/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("13. januar 2025")
    page.get_by_role("link", name="Opdatere hjemmesiden").first.click()
    expect(page.locator("main")).to_contain_text("27. jan")  # 14 days from 13 January
    shoot(page, "saved")
