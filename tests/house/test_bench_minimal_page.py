"""The benchmark's minimal page is the same /mine HTML as the app's, so its ratio is honest."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from bench.minimal_page import _environment, _normal, mine
from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker.actions.services import add_note
from tracker.extensions import db
from tracker.i18n import today


def test_the_minimal_page_renders_the_apps_mine_html(app, member_client, member):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the minimal page reads SQLite")
    other = make_person(name="Charlotte Chef", email="charlotte@example.org")
    meeting = make_meeting(make_forum("Lederforum"), title="LF februar")
    words = [(today() + timedelta(days=d)).isoformat() for d in (-5, 3, 40)]
    make_action(member, "Overskredet <b>handling</b>", meeting=meeting, words=words[0])
    soon = make_action(other, "Snart", words=words[1], co_owners=[member], status="in_progress")
    make_action(member, "Senere", meeting=meeting, words=words[2])
    make_action(member, "Løbende opgave", words="løbende")
    make_action(member, "Udført", words=words[0], status="done")
    add_note(soon, other, "Venter på økonomi & løn")
    db.session.commit()
    app_html = _normal(member_client.get("/mine").get_data(as_text=True))
    path = db.engine.url.database
    minimal_html = _normal(mine(sqlite3.connect(path), _environment(), member.id))
    assert "Venter på økonomi &amp; løn" in minimal_html and "&lt;b&gt;" in minimal_html
    assert minimal_html == app_html
