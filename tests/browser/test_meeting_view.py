"""The meeting view in Chromium, by keyboard only, on a projector-sized window and at 390 px;
axe-core on it, and the focus ring's contrast (WCAG 1.4.11: at least 3:1)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import PHONE, SARA, focused, tab_to
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_status_print import SLUG, sixteen_actions  # noqa: F401  (a fixture)

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1920, "height": 1080}
NOTE = "Forum: budgettet på 250.000 € er godkendt ≥ enstemmigt"


def contrast(a: str, b: str) -> float:
    """WCAG contrast of two CSS rgb() colours."""

    def luminance(colour: str) -> float:
        channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_meeting_view_by_keyboard_on_a_projector(logged_in, shoot, sixteen_actions):  # noqa: F811
    page = logged_in(SARA, viewport=PROJECTOR)
    page.goto(f"/fora/{SLUG}/moedevisning")
    assert page.locator("h1").inner_text().startswith("Mødevisning")
    assert "Punkt 1 af" in page.locator(".slide-count").inner_text()
    size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.mv-action')).fontSize)"
    )
    assert size >= 20, f"large type on a projector ({size}px)"
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"punkt=2"))
    assert "Punkt 2 af" in page.locator(".slide-count").inner_text()
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(re.compile(r"punkt=1"))
    page.keyboard.press("PageDown")
    page.wait_for_url(re.compile(r"punkt=2"))
    heading = page.locator("#slide-heading").inner_text()
    assert "14. maj 2025" in heading and "Budget 2026" in heading
    shoot(page, "meeting-view")
    tab_to(page, lambda f: f["tag"] == "summary", "the first action's decision")
    page.keyboard.press("Enter")
    tab_to(page, lambda f: f["tag"] == "textarea", "the note field")
    page.keyboard.type(NOTE)
    page.keyboard.press("ArrowLeft")  # moves the caret, not the slide
    assert "punkt=2" in page.url
    tab_to(page, lambda f: f["type"] == "submit", "the save button")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#handling-\d+$"))
    assert "er gemt" in page.locator(".flash-success").inner_text()
    now = focused(page)
    assert now["tag"] == "article" and now["id"] == page.url.rsplit("#", 1)[1], (
        "after saving, the focus is on the action decided about"
    )
    assert NOTE in page.locator(f"#{now['id']}").inner_text()


def test_meeting_view_at_phone_width_and_accessible(logged_in, axe_path, sixteen_actions):  # noqa: F811
    for viewport in (PROJECTOR, PHONE):
        page = logged_in(SARA, viewport=viewport, bypass_csp=True)  # to inject axe-core
        page.goto(f"/fora/{SLUG}/moedevisning?punkt=2")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"no sideways scrolling at {viewport['width']} px"
        page.locator("details.decision summary").first.click()
        assert_accessible(page, axe_path)


def test_focus_ring_has_three_to_one_contrast(logged_in):
    page = logged_in(SARA)
    page.goto("/fora/lederforum")
    for selector in ("main a", "header.site a"):
        page.locator(selector).first.focus()
        style = page.evaluate(
            """(selector) => {
                const el = document.querySelector(selector);
                const cs = getComputedStyle(el);
                let bg = el, colour = 'rgba(0, 0, 0, 0)';
                while (bg && (colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent')) {
                    colour = getComputedStyle(bg).backgroundColor; bg = bg.parentElement;
                }
                return {outline: cs.outlineColor, width: parseFloat(cs.outlineWidth),
                        style: cs.outlineStyle, background: colour};
            }""",
            selector,
        )
        assert style["style"] != "none" and style["width"] >= 2, (selector, style)
        ratio = contrast(style["outline"], style["background"])
        assert ratio >= 3, f"{selector}: focus ring {style} has contrast {ratio:.2f}:1"
