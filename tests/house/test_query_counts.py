"""SQL statements per page stay the same whatever the amount of data (no N+1 queries)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker.actions.services import add_note, change_deadline
from tracker.deadlines import parse_deadline
from tracker.extensions import db
from tracker.i18n import today
from tracker.models import Action


def grow(owner, meeting, n, other):
    for i in range(n):
        words = (today() + timedelta(days=i - n // 2)).isoformat()
        action = make_action(
            owner, f"Handling {i}", meeting=meeting, words=words, co_owners=[other]
        )
        add_note(action, owner, f"note {i}")
        if i % 3 == 0:
            change_deadline(action, owner, parse_deadline("ultimo december 2030", today()))
    db.session.commit()


def count(client, query_counter, url) -> int:
    with query_counter() as statements:
        assert client.get(url).status_code == 200, url
    return len(statements)


def test_pages_do_not_grow_with_the_data(secretary_client, secretary, query_counter):
    other = make_person(name="Medejer", email="med@example.org")
    forum = make_forum()
    old = make_meeting(forum, day=today() - timedelta(days=60), title="Forrige")
    make_meeting(forum, day=today() + timedelta(days=14), title="Næste", status="planned")
    pages = [
        "/mine",
        "/handlinger?status=aaben",
        "/fora/lederforum/status",
        "/fora/lederforum",
        f"/moeder/{old.id}",
        "/fora",
    ]
    grow(secretary, old, 5, other)
    small = {url: count(secretary_client, query_counter, url) for url in pages}
    first = db.session.scalar(select(func.min(Action.id)))
    small["action"] = count(secretary_client, query_counter, f"/handlinger/{first}")
    grow(secretary, old, 45, other)  # ten times the actions: a statement per row adds 45
    for _ in range(40):
        add_note(db.session.get(Action, first), other, "mere")
    db.session.commit()
    large = {url: count(secretary_client, query_counter, url) for url in pages}
    large["action"] = count(secretary_client, query_counter, f"/handlinger/{first}")
    assert small == large
