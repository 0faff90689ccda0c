"""axe-core (WCAG 2.1 A and AA rules) on the main pages, at desktop and phone width.

axe-core comes from node_modules (package.json pins it; `make browser-deps` runs npm ci) and is
injected into the page under test; nothing of it is copied into the repository.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, SARA, TORBEN, VIEWPORTS

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ANONYMOUS = None

# (path, who looks at it, the h1 the page should show)
PAGES = [
    ("/login", ANONYMOUS, "Log ind"),
    ("/mine", TORBEN, "Mine handlinger"),
    ("/handlinger", TORBEN, None),
    ("/handlinger?status=aaben", TORBEN, None),
    ("/handlinger/1", TORBEN, None),
    ("/fora", TORBEN, None),
    ("/fora/lederforum", TORBEN, "Lederforum"),
    ("/moeder/1", SARA, None),
    ("/import", SARA, "Importér referat"),
    ("/indstillinger", TORBEN, None),
    ("/admin/udbakke", SARA, "Udbakke"),
]


def run_axe(page, axe_path) -> list[dict]:
    """Inject axe-core into the page and return its WCAG 2.1 A/AA violations."""
    page.add_script_tag(path=str(axe_path))
    result = page.evaluate(
        """(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})""", WCAG_TAGS
    )
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v.get('impact')}): {v['help']} – {v['helpUrl']}")
        for node in v["nodes"]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '').strip()}")
            lines.append(f"      {node['html'][:200]}")
    return "\n".join(lines)


def assert_accessible(page, axe_path) -> None:
    violations = run_axe(page, axe_path)
    if violations:
        print(describe(violations))
    assert not violations, f"axe found violations on {page.url}:\n{describe(violations)}"


def open_page(new_context, logged_in, who, viewport):
    size = VIEWPORTS[viewport]
    if who is ANONYMOUS:
        return new_context(viewport=size, bypass_csp=True).new_page()
    return logged_in(who, viewport=size, bypass_csp=True)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize(("path", "who", "title"), PAGES, ids=[p[0] for p in PAGES])
def test_page_has_no_wcag_violations(path, who, title, viewport, new_context, logged_in, axe_path):
    from playwright.sync_api import expect

    page = open_page(new_context, logged_in, who, viewport)
    response = page.goto(path)
    assert response is not None and response.status == 200, (path, response and response.status)
    assert page.url.endswith(path), f"{path} went to {page.url}"
    h1 = page.get_by_role("heading", level=1)
    expect(h1).to_have_count(1)
    if title:
        expect(h1).to_have_text(title)
    assert_accessible(page, axe_path)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_forms_with_errors_have_no_wcag_violations(viewport, new_context, logged_in, axe_path):
    """Error states: a login without answers, and an action marked done without a note."""
    from playwright.sync_api import expect

    page = open_page(new_context, logged_in, ANONYMOUS, viewport)
    page.goto("/login")
    page.get_by_role("button", name="Log ind").click()
    expect(page.locator("p.error").first).to_be_visible()
    expect(page.get_by_label("E-mail")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page, axe_path)

    page = open_page(new_context, logged_in, TORBEN, viewport)
    page.goto("/handlinger/1")
    page.get_by_label("Ny status").select_option("done")
    page.get_by_role("button", name="Gem statusnote").click()
    expect(page.get_by_role("alert").first).to_contain_text("Formularen er ikke gemt")
    assert_accessible(page, axe_path)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_import_review_has_no_wcag_violations(viewport, new_context, logged_in, axe_path):
    """The review page after an upload (nothing is saved: the test does not press save)."""
    from pathlib import Path

    from playwright.sync_api import expect

    sample = Path(__file__).resolve().parents[1] / "data" / "referat-lederforum-2025-02-26.md"
    text = (
        sample.read_text(encoding="utf-8")
        .replace("26-02-2025", "09-04-2025")
        .replace("26. februar 2025", "9. april 2025")
    )
    page = open_page(new_context, logged_in, SARA, viewport)
    page.goto("/import")
    page.get_by_label("Referat (.docx, .pdf, .html, .md eller .txt)").set_input_files(
        files=[{"name": "referat.md", "mimeType": "text/markdown", "buffer": text.encode()}]
    )
    page.get_by_role("button", name="Læs referatet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gennemse referatet")
    assert_accessible(page, axe_path)
    page.get_by_text("Vis deltagere og dagsorden").click()
    assert_accessible(page, axe_path)


def test_the_menu_on_a_phone_is_one_row_and_every_link_in_it_can_be_reached(logged_in):
    """The secretary's eight menu entries took three rows, a fifth of a phone's screen: on a
    phone they are one row that scrolls sideways, and each, "Log ud" last, can be reached."""
    page = logged_in(SARA, viewport=PHONE)
    page.goto("/mine")
    header = page.locator("header.site")
    assert header.bounding_box()["height"] <= 100
    menu = page.get_by_role("navigation", name="Hovedmenu")
    entries = menu.locator("a, button")
    assert entries.count() == 8
    tops = {round(entries.nth(i).bounding_box()["y"]) for i in range(entries.count())}
    assert len(tops) == 1, "one row"
    log_out = menu.get_by_role("button", name="Log ud")
    log_out.scroll_into_view_if_needed()
    expect(log_out).to_be_in_viewport()
    assert log_out.bounding_box()["height"] >= 44, "a finger's height"
