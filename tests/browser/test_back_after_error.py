"""After a refused form or a preview, Back goes to the page before without sending the form
again (PRG)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import TORBEN

pytestmark = pytest.mark.browser


def _torbens_first_action(logged_in):
    """Torben's page open at his first action from /mine; the action's address."""
    page = logged_in(TORBEN)
    page.goto("/mine")
    href = page.locator("a[href^='/handlinger/']").first.get_attribute("href")
    action = re.match(r"/handlinger/\d+", href)[0]
    page.goto(action)
    return page, action


def test_back_after_a_refused_note_sends_no_post(logged_in):
    page, action = _torbens_first_action(logged_in)
    note = "Tilbage efter en fejl sender intet igen."
    page.locator("textarea[name=text]").fill(note)
    page.get_by_role("button", name="Gem statusnote").click()
    page.wait_for_url(re.compile(re.escape(action) + "#noter$"))
    saved_at = page.url
    page.locator("textarea[name=text]").fill(note)  # the same note again: refused
    posts = []
    page.on("request", lambda request: request.method == "POST" and posts.append(request.url))
    page.get_by_role("button", name="Gem statusnote").click()
    page.wait_for_url(re.compile(re.escape(action) + "#ny-note$"))
    assert "Den samme note er lige gemt" in page.content()
    assert page.locator("textarea[name=text]").input_value() == note, "what was typed is kept"
    assert len(posts) == 1 and posts[0].endswith(action + "/note")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.go_back()
    page.wait_for_load_state()
    assert page.url == saved_at and len(posts) == 1 and dialogs == [], (page.url, posts)
    assert "Den samme note er lige gemt" not in page.content()


def test_back_after_a_deadline_preview_sends_no_post(logged_in):
    page, action = _torbens_first_action(logged_in)
    opened_at = page.url
    posts, dialogs = [], []
    page.on("request", lambda request: request.method == "POST" and posts.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.get_by_label("Ny frist").fill("uge 20 2025")
    page.get_by_role("button", name="Vis fristens datoer").click()
    page.wait_for_url(re.compile(re.escape(action) + "#ny-frist$"))  # the page's GET address
    assert "12.–18. maj 2025" in page.locator(".deadline-preview").inner_text()
    assert page.get_by_label("Ny frist").input_value() == "uge 20 2025"
    assert len(posts) == 1 and posts[0].endswith(action + "/frist")
    page.go_back()
    page.wait_for_load_state()
    assert page.url == opened_at and len(posts) == 1 and dialogs == [], (page.url, posts)
