"""The status overview in Chromium: it renders with its chart and prints compactly on A4.

The demo plus a second imported referat (16 actions) prints on at most 3 pages: sections follow
each other, an empty section is one line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.browser.conftest import DESKTOP, SCREENSHOTS

pytestmark = pytest.mark.browser

A4_POINTS = (595, 842)
DATA = Path(__file__).resolve().parents[1] / "data"
REFERATS = ("referat-lederforum-2025-02-26.md", "referat-lederforum-2025-05-14.md")
FORUM = "Lederforum Nord"  # a forum of its own: other journeys import into Lederforum
SLUG = "lederforum-nord"


@pytest.fixture
def sixteen_actions(live_server):
    """A forum with the demo's referat and the May referat (8 + 6 proposals, all accepted) and
    two actions added by hand: 16 actions, imported once (a second call finds them)."""
    from tracker.actions.services import add_note, create_action
    from tracker.deadlines import parse_deadline
    from tracker.extensions import db
    from tracker.importing import refusals
    from tracker.importing import services as importing
    from tracker.meetings.services import get_forum_by_slug
    from tracker.models import Action
    from tracker.people.matching import person_named

    with live_server.app.app_context():
        for name in REFERATS:
            parsed = importing.read_referat((DATA / name).read_bytes(), name)
            if refusals.find_existing_meeting(FORUM, parsed.minutes) is None:
                importing.save_import(
                    parsed, importing.reviewed_from_proposals(parsed), actor=None, forum_name=FORUM
                )
        forum = get_forum_by_slug(SLUG)
        meeting = max(forum.meetings, key=lambda m: m.date)
        if db.session.query(Action).filter(Action.forum_id == forum.id).count() == 14:
            torben = person_named("Torben G. M. Benneskov")
            charlotte = person_named("Charlotte Veilskov")
            for title, words in (
                ("Studietur til Łódź: program og budget på 12.000 €", "ultimo oktober 2030"),
                ("Svarprocent ≥ 85 % i næste trivselsmåling", "1. kvartal 2031"),
            ):
                action = create_action(
                    forum=forum,
                    meeting=meeting,
                    agenda_item=meeting.agenda_items[0],
                    title=title,
                    owner=torben,
                    co_owners=[charlotte],
                    deadline=parse_deadline(words, meeting.date),
                    actor=None,
                )
                add_note(action, charlotte, "Medejerens note – aftalt med Łódź")
        db.session.commit()
        count = db.session.query(Action).filter(Action.forum_id == forum.id).count()
        db.session.remove()
    assert count == 16


def test_status_overview_renders_and_prints_on_a4(logged_in, shoot, sixteen_actions):
    page = logged_in("sekretariat@sonderoe.example", viewport=DESKTOP)
    page.goto(f"/fora/{SLUG}/status")
    assert "Status pr." in page.locator("h1").inner_text()
    assert page.locator("svg.status-chart rect").count() >= 4, "the chart's bars"
    assert page.get_by_role("heading", name="Overskredne").is_visible()
    shoot(page, "status-overview")
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible(), "no navigation on paper"
    assert not page.locator(".toolbar").is_visible()
    pdf = page.pdf(format="A4", print_background=False, prefer_css_page_size=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "status-overview-printed.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert abs(width - A4_POINTS[0]) < 2 and abs(height - A4_POINTS[1]) < 2
    texts = [p.extract_text() for p in reader.pages]
    everything = " ".join(" ".join(texts).split())
    assert "Lederforum" in texts[0] and "Status pr." in texts[0]
    assert "Overskredne" in everything and "Ændringer siden sidste møde" in everything
    assert "250.000 €" in everything and "Łódź" in everything and "≥ 85 %" in everything
    assert "Medejerens note – aftalt med Łódź" in everything, "a co-owner's note"
    assert "Log ud" not in everything and "Importér referat" not in everything
    assert len(reader.pages) <= 3, f"16 actions printed on {len(reader.pages)} A4 pages"
    assert "I gang (0) Ingen." in everything, "an empty section is one line"
