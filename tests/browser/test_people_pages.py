"""People pages in Chromium: the secretary finds the demo owners without email and gives one an
email from the list, at phone width; the pages pass axe-core (WCAG 2.1 AA) at both widths."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import PHONE, SARA, VIEWPORTS
from tests.browser.test_accessibility import assert_accessible

pytestmark = pytest.mark.browser

MORTEN = "morten@sonderoe.example"


def test_secretary_gives_a_person_without_email_an_address_on_a_phone(logged_in, shoot):
    from playwright.sync_api import expect

    page = logged_in(SARA, viewport=PHONE)
    page.goto("/admin/personer")
    expect(page.get_by_role("heading", level=1)).to_have_text("Personer")
    shoot(page, "list")
    page.get_by_label("Kun personer uden e-mail").check()
    page.get_by_role("button", name="Vis", exact=True).click()
    page.wait_for_url(re.compile(r"uden_email=1"))
    first = page.locator("table.list tbody tr a").first
    name = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(name)
    shoot(page, "person")
    page.get_by_role("link", name="Rediger").click()
    page.get_by_label("E-mail", exact=True).fill("ny.leder@sonderoe.example")
    page.get_by_role("button", name="Gem").click()
    expect(page.locator(".flash-success")).to_contain_text(f"{name} er gemt.")
    expect(page.locator(".facts")).to_contain_text("ny.leder@sonderoe.example")
    shoot(page, "saved")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize(
    ("path", "who"),
    [
        ("/admin/personer", SARA),
        ("/admin/personer?uden_email=1", SARA),
        ("/admin/personer/1", SARA),
        ("/admin/personer/ny", SARA),
        ("/admin/personer/2/deaktiver", MORTEN),
        ("/admin/personer/import", MORTEN),
        ("/admin/personer/revisionsspor", MORTEN),
    ],
)
def test_people_pages_have_no_wcag_violations(path, who, viewport, logged_in, axe_path):
    page = logged_in(who, viewport=VIEWPORTS[viewport], bypass_csp=True)
    response = page.goto(path)
    assert response is not None and response.status == 200, (path, response and response.status)
    assert_accessible(page, axe_path)


def test_admin_sees_what_a_deactivation_hands_on(logged_in, shoot):
    from playwright.sync_api import expect

    page = logged_in(MORTEN, viewport=PHONE)
    page.goto("/admin/personer?q=torben")
    page.get_by_role("link", name="Torben G. M. Benneskov").click()
    expect(page.get_by_role("heading", level=2, name=re.compile("åbne handlinger"))).to_be_visible()
    shoot(page, "person")
    page.get_by_role("link", name="Deaktivér").click()
    expect(page.get_by_role("heading", level=2)).to_contain_text("gives videre")
    expect(page.get_by_label("Overtages af")).to_be_visible()
    shoot(page, "deactivate")
