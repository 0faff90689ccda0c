"""The request commits once (tracker.transactions): a page or a redirect saves what the view
did, an error answer or an exception saves nothing, and only the listed modules commit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import request
from sqlalchemy import func, select
from werkzeug.exceptions import Conflict

from tests.factories import make_action, make_forum, make_meeting
from tracker import tokens
from tracker.extensions import db
from tracker.meetings import attendee_list
from tracker.meetings import services as meeting_services
from tracker.models import Action, Meeting, Person

TRACKER = Path(__file__).parents[2] / "tracker"
COMMIT = re.compile(r"\.commit\(")
# The only modules that commit: the request's end, the commands (once each), and the sweep's
# and the scheduler's transactions of their own (the outbox's claims, the lock).
COMMITTING = {"transactions.py", "delivery.py", "workers.py", "jobs.py", "lock.py"}
# The views that must save before they go on (transactions.commit_now), and how often.
COMMITTING_EARLY = {"auth/views.py": 2, "checkin/views.py": 2}


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _meeting_then(monkeypatch, failure: Exception) -> None:
    """The new-meeting view flushes its meeting, then meets ``failure``."""
    save = meeting_services.save_meeting

    def save_then_fail(meeting, data):
        save(meeting, data)
        db.session.flush()
        assert meeting.id is not None, "written to the database, not yet committed"
        raise failure

    monkeypatch.setattr(meeting_services, "save_meeting", save_then_fail)


MEETING = {"title": "Lederforum juni", "date": "2025-06-12", "status": "held"}


def test_a_view_that_raises_after_a_flush_saves_nothing(app, secretary_client, monkeypatch):
    forum = make_forum()
    _meeting_then(monkeypatch, RuntimeError("broken"))
    with pytest.raises(RuntimeError):
        secretary_client.post(f"/fora/{forum.slug}/moeder/ny", MEETING)
    assert count(Meeting) == 0
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)  # as in production
    response = secretary_client.post(f"/fora/{forum.slug}/moeder/ny", MEETING)
    assert response.status_code == 500 and "Der opstod en fejl" in response.get_data(as_text=True)
    assert count(Meeting) == 0


def test_an_error_answer_after_a_flush_saves_nothing(secretary_client, monkeypatch):
    forum = make_forum()
    _meeting_then(monkeypatch, Conflict())
    response = secretary_client.post(f"/fora/{forum.slug}/moeder/ny", MEETING)
    assert response.status_code == 409
    assert count(Meeting) == 0, "a 4xx answer rolls back what the view flushed"


def test_a_redirect_saves_what_the_view_did_without_a_commit_in_it(secretary_client):
    forum = make_forum()
    response = secretary_client.post(f"/fora/{forum.slug}/moeder/ny", MEETING)
    assert response.status_code == 302
    assert count(Meeting) == 1


def test_a_refused_form_keeps_what_was_typed_and_nothing_the_view_did(
    secretary_client, monkeypatch
):
    """The 303 of a refused form commits the kept form alone (tracker.forms_common)."""
    meeting = make_meeting()

    def add_then_refuse(rows):
        if request.method == "POST":  # the page after marks the choices again, changing nothing
            db.session.add(Person(name=rows[0].typed))
            db.session.flush()
        return False  # a choice missing: the form is refused

    monkeypatch.setattr(attendee_list, "check_list", add_then_refuse)
    url = f"/moeder/{meeting.id}/deltagere"
    people = count(Person)
    form = {"name": "Åse Nielsen", "previewed": "Åse Nielsen", "save": "Gem"}
    response = secretary_client.post(url, form)
    assert response.status_code == 303
    page = secretary_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Opret ny person »Åse Nielsen«" in page and "Åse Nielsen" in page
    assert count(Person) == people


def test_the_check_in_is_saved_before_its_page_is_drawn(app, client, member, monkeypatch):
    """The explicit opt-in (transactions.commit_now): a page that fails loses no check-in."""
    from tracker.checkin import views

    action = make_action(member)
    with app.test_request_context():
        link = "/e/" + tokens.sign_checkin(member, action.id, "on_track", "n-1")
    draw = views.render_template

    def failing_done_page(template, **context):
        if template == "checkin/done.html":
            raise RuntimeError("the page failed")
        return draw(template, **context)

    monkeypatch.setattr(views, "render_template", failing_done_page)
    with pytest.raises(RuntimeError):
        client.post(link, {}, token_from=link)
    assert db.session.get(Action, action.id).status == "in_progress"


def _calls(pattern: re.Pattern) -> dict[str, int]:
    found = {}
    for path in sorted(TRACKER.rglob("*.py")):
        calls = len(pattern.findall(path.read_text(encoding="utf-8")))
        if calls:
            found[path.relative_to(TRACKER).as_posix()] = calls
    return found


def test_no_view_service_or_helper_commits():
    """Views and services flush; the request (tracker.transactions) or the command commits."""
    stray = [
        path
        for path in _calls(COMMIT)
        if path.rpartition("/")[2] not in COMMITTING and not path.startswith("commands/")
    ]
    assert stray == [], f"commit() outside the request's end and the commands: {stray}"


def test_only_the_listed_views_commit_early():
    """The explicit opt-in stays where it is needed (see COMMITTING_EARLY)."""
    assert _calls(re.compile(r"transactions\.commit_now\(\)")) == COMMITTING_EARLY
