"""Issue 27: a chef checks in "Forsinket" with "til næste møde" at 390 px and sees the date of
the forum's next planned meeting, not "uden frist"; the action is then overdue the day after."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest

from tests.browser.conftest import PHONE

pytestmark = pytest.mark.browser

FORUM = "Chefforum Syd"  # a forum of its own: the other journeys use the demo's forums
TITLE = "Plan for sygefravær i hjemmeplejen"


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


@pytest.fixture
def delayed_link(live_server):
    """Torben's "Forsinket" link for an action of a forum whose next meeting is planned."""
    from tests.factories import make_forum, make_meeting
    from tracker import tokens
    from tracker.actions.services import create_action
    from tracker.deadlines import format_date, parse_deadline
    from tracker.extensions import db
    from tracker.i18n import today
    from tracker.people.matching import person_named

    with live_server.app.app_context():
        forum = make_forum(FORUM, slug="chefforum-syd")
        day = today() + timedelta(days=20)
        make_meeting(forum, day=day, status="planned", title=f"{FORUM} {day}")
        torben = person_named("Torben G. M. Benneskov")
        action = create_action(
            forum=forum,
            title=TITLE,
            owner=torben,
            deadline=parse_deadline("ultimo marts 2025", today()),  # overdue: delayed
            actor=None,
        )
        action_id = action.id
        db.session.commit()
        token = tokens.sign_checkin(torben, action_id, "delayed", secrets.token_urlsafe(8))
        db.session.remove()
    return {"url": f"{live_server.url}/e/{token}", "day": format_date(day), "id": action_id}


def test_delayed_to_the_next_meeting_shows_its_date_at_phone_width(
    new_context, delayed_link, shoot, axe_path, live_server
):
    from tests.browser.test_accessibility import assert_accessible

    phone = new_context(viewport=PHONE, bypass_csp=True).new_page()  # to inject axe-core
    phone.goto(delayed_link["url"])
    expect(phone.get_by_role("heading", level=1)).to_have_text("Forsinket")
    phone.get_by_label("Ny frist").fill("til næste møde")
    phone.get_by_role("button", name="Gem").click()
    # "Forsinket" shows what the words mean before it saves them: the meeting and its date.
    shown = phone.locator("main")
    expect(shown).to_contain_text(f"til næste møde = {FORUM} {delayed_link['day']}")
    phone.get_by_role("button", name="Gem").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Tak for din status")
    main = phone.locator("main")
    expect(main).to_contain_text(f"til næste møde = {FORUM} {delayed_link['day']}")
    expect(main).to_contain_text(f"til næste møde ({delayed_link['day']})")
    expect(main).not_to_contain_text("uden frist")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"no sideways scrolling at 390 px ({width})"
    shoot(phone, "delayed-to-next-meeting")
    assert_accessible(phone, axe_path)

    from tracker.extensions import db
    from tracker.models import Action

    with live_server.app.app_context():
        action = db.session.get(Action, delayed_link["id"])
        assert action.due_start == action.due_end and action.deadline_precision == "day"
        assert action.is_overdue(action.due_end + timedelta(days=1))
        db.session.remove()
