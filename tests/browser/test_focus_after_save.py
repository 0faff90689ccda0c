"""After saving a status note by keyboard, the focus is on the notes, not at the top."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import TORBEN, focused, tab_to

pytestmark = pytest.mark.browser


def test_focus_lands_on_the_notes_after_a_save(logged_in):
    page = logged_in(TORBEN)
    page.goto("/mine")
    link = tab_to(page, lambda f: f["href"] and re.fullmatch(r"/handlinger/\d+", f["href"]))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(link["href"] + "$"))
    tab_to(page, lambda f: f["name"] == "text")
    page.keyboard.type("Fokus efter gem.")
    tab_to(page, lambda f: f["text"] == "Gem statusnote", limit=4)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#noter$"))
    now = focused(page)
    assert (now["tag"], now["id"]) == ("h2", "noter"), now
    page.keyboard.press("Shift+Tab")  # the keyboard goes on from the notes, not from the top
    before = focused(page)
    assert before["tag"] != "body" and before["text"] != "Gå til indhold", before
