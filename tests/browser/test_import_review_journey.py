"""The secretary's import review (issue 26), at desktop and phone width: a plain e-mail
referat whose forum is corrected (a new forum only on purpose), a doubtful proposal left
unticked with its reason, a refused save with the error summary at the top and the focus on
it, a reload that keeps the edits; then a Word referat with a decision table. axe finds
nothing on the review, with and without errors."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SARA, VIEWPORTS, focused
from tests.browser.test_accessibility import assert_accessible

pytestmark = pytest.mark.browser

EMAIL = Path(__file__).resolve().parents[1] / "data" / "referat-hoved-med-2026-11-12.txt"
REVIEW = re.compile(r"/import/\d+(#fejl)?$")
SAVE = "Gem mødet og de valgte handlinger"
# Each width imports its own meetings (the server's database is shared by the session).
RUNS = {
    "desktop": {
        "forum": "Hoved-MED",
        "day": "12",
        "word_day": "19",
        "owner": "Peter Lund",
        "email": "peter.lund@example.org",
    },
    "phone": {
        "forum": "Lokal-MED Syd",
        "day": "10",
        "word_day": "17",
        "owner": "Karen Vestergaard",
        "email": "karen.vestergaard@example.org",
    },
}


def email_referat(forum: str, day: str, owner: str) -> bytes:
    text = EMAIL.read_text(encoding="utf-8").replace("Peter Lund", owner)
    text = text.replace("Hoved-MED", forum).replace("den 12. november", f"den {day}. november")
    return text.encode()


def word_referat(day: str, owner: str) -> bytes:
    """A Word referat whose decisions stand in a table: Punkt | Beslutning | Ansvarlig | Frist."""
    document = docx.Document()
    document.add_heading("Referat – Arbejdsmiljøudvalget", 0)
    document.add_paragraph(f"Mødedato: {day}. november 2026 kl. 13.00")
    document.add_paragraph("Mødested: Rådhuset, lokale 3")
    document.add_paragraph(f"Deltagere: Anne Holm, {owner}, Mette Krogh")
    rows = [
        ("Punkt", "Beslutning", "Ansvarlig", "Frist"),
        (
            "1. Sygefravær",
            "Der udarbejdes en handleplan for sygefraværet.",
            owner,
            "inden jul",
        ),
        (
            "2. Trivsel",
            "Trivselsmålingen følges op i alle afdelinger.",
            "Mette Krogh",
            "uge 5 2027",
        ),
        ("3. Næste møde", "Næste møde: 17. februar 2027", "", ""),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(page, name: str, mime: str, data: bytes) -> None:
    page.goto("/import")
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": data}]
    )
    page.get_by_role("button", name="Læs referatet").click()
    page.wait_for_url(REVIEW)
    expect(page.get_by_role("heading", level=1)).to_have_text("Gennemse referatet")


SICK_LEAVE = "Vende tilbage til sagen (Sygefravær i hjemmeplejen)"


def draft_titled(page, title: str, nth: int = 0):
    return (
        page.locator("fieldset.draft")
        .filter(has=page.locator(f'input[name$="-title"][value="{title}"]'))
        .nth(nth)
    )


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_secretary_reviews_an_email_and_a_word_referat(viewport, logged_in, axe_path, shoot):
    run = RUNS[viewport]
    page = logged_in(SARA, viewport=VIEWPORTS[viewport], bypass_csp=True)
    upload(page, "referat.txt", "text/plain", email_referat(run["forum"], run["day"], run["owner"]))
    review = page.url

    forum = page.get_by_label("Forum", exact=True)
    assert forum.input_value() == "", "»Emne: fra møde i …« is no forum of the tracker's"
    expect(page.get_by_text(f"Referatet nævner: »Emne: fra møde i {run['forum']}«")).to_be_visible()
    # "Vende tilbage til sagen" under two items: two cases, each named by its item
    again = draft_titled(page, "Vende tilbage til sagen (Trivselsmåling)")
    expect(again.get_by_label("Opret handlingen")).not_to_be_checked()
    expect(again.locator("p.doubt")).to_contain_text("ingen ansvarlig")
    expect(again.locator("p.doubt")).not_to_contain_text("samme opgave")
    plan = draft_titled(page, "Lave en handleplan")
    expect(plan.get_by_label("Opret handlingen")).to_be_checked()
    expect(plan.locator(".deadline-dates")).to_contain_text("23. dec")
    assert_accessible(page, axe_path)
    shoot(page, "review")

    # Edits, then a refused save: no forum chosen, an owner missing.
    plan.get_by_label("Ejerens e-mail").fill(run["email"])
    draft_titled(page, "Planlægge en temadag").get_by_label("Opret handlingen").uncheck()
    first_again = draft_titled(page, SICK_LEAVE)
    first_again.get_by_label("Opret handlingen").check()  # ticked, with no owner
    page.get_by_role("button", name=SAVE).click()
    page.wait_for_url(re.compile(r"/import/\d+#fejl$"))
    summary = page.get_by_role("alert").filter(has_text="Intet er gemt endnu")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("heading")).to_have_text(
        "Intet er gemt endnu. Ret det, der står her:"
    )
    assert focused(page)["id"] == "fejl", "the focus is on the summary"
    expect(summary.get_by_role("link", name=re.compile("^Forum: Vælg forummet"))).to_be_visible()
    owner_link = summary.get_by_role("link", name=re.compile(r"^Forslag 2, Ejer: Vælg en ejer"))
    expect(owner_link).to_be_visible()
    owner = first_again.get_by_label("Ejer", exact=True)
    expect(owner).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, axe_path)
    shoot(page, "refused")
    owner_link.click()
    expect(owner).to_be_focused()
    # the jump leaves the field's label in sight above it (it scrolled under the top before)
    expect(first_again.locator("label", has_text=re.compile(r"^Ejer$"))).to_be_in_viewport()

    page.reload()  # the edits stay
    page.wait_for_load_state()
    expect(
        draft_titled(page, "Planlægge en temadag").get_by_label("Opret handlingen")
    ).not_to_be_checked()
    expect(draft_titled(page, "Lave en handleplan").get_by_label("Ejerens e-mail")).to_have_value(
        run["email"]
    )
    expect(draft_titled(page, SICK_LEAVE).get_by_label("Opret handlingen")).to_be_checked()

    # The forum corrected, on purpose; the proposal without an owner unticked again.
    page.get_by_label("Forum", exact=True).select_option(label="Nyt forum …")
    page.get_by_label("Navn på det nye forum").fill(run["forum"])
    draft_titled(page, SICK_LEAVE).get_by_label("Opret handlingen").uncheck()
    page.get_by_role("button", name=SAVE).click()
    page.wait_for_url(re.compile(r"/moeder/\d+$"))
    expect(page.get_by_role("status").first).to_contain_text(
        "Referatet er importeret med 1 handling."
    )
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        f"{run['forum']} {run['day']}. november 2026"
    )
    shoot(page, "saved")

    # A Word referat with a decision table, given to the forum that now exists.
    upload(
        page,
        "referat.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        word_referat(run["word_day"], run["owner"]),
    )
    assert page.url != review
    handleplan = draft_titled(page, "Udarbejde en handleplan for sygefraværet")
    expect(handleplan.get_by_label("Ejer", exact=True)).to_have_value(run["owner"])
    expect(handleplan.locator(".deadline-dates")).to_contain_text("23. dec")
    page.get_by_label("Forum", exact=True).select_option(label=run["forum"])
    page.get_by_label("Mødested").fill("Rådhuset, lokale 4")
    assert_accessible(page, axe_path)
    shoot(page, "word")
    page.get_by_role("button", name=SAVE).click()
    page.wait_for_url(re.compile(r"/moeder/\d+$"))
    expect(page.get_by_role("status").first).to_contain_text(
        "Referatet er importeret med 2 handlinger."
    )
    expect(page.get_by_text("Rådhuset, lokale 4")).to_be_visible()
