"""Small factory functions for test data; each commits so HTTP requests see it."""

from __future__ import annotations

import sys
from datetime import date
from unittest import mock

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from tracker.extensions import db
from tracker.models import AgendaItem, Forum, Meeting, Person, Point

PASSWORD = "correct horse battery"
# One PBKDF2 round instead of scrypt: the app verifies any werkzeug hash, and a real hash costs
# a tenth of a second per person and again per login. The app's own hash is tested in test_auth.
CHEAP_HASH = "pbkdf2:sha256:1"


def cheap_hash(password: str, *args, **kwargs) -> str:
    """``generate_password_hash`` with one PBKDF2 round, for the app to use in tests."""
    return generate_password_hash(password, method=CHEAP_HASH)


def hashing_module():
    """The module whose ``generate_password_hash`` ``Person.set_password`` calls."""
    return sys.modules[Person.set_password.__module__]


def set_cheap_password(person: Person, password: str) -> None:
    """``Person.set_password`` (all it does) with a cheap hash; for test data only."""
    with mock.patch.object(hashing_module(), "generate_password_hash", cheap_hash):
        person.set_password(password)
    assert person.password_hash.startswith(CHEAP_HASH + "$"), "set_password hashes elsewhere now"


def make_person(name="Person", email=None, role="member", password=PASSWORD, **kwargs) -> Person:
    person = Person(name=name, email=email, role=role, **kwargs)
    if password and email:
        set_cheap_password(person, password)
    db.session.add(person)
    db.session.commit()
    return person


def make_forum(name="Lederforum", slug=None) -> Forum:
    slug = slug or name.lower().replace(" ", "-")
    existing = db.session.scalar(select(Forum).where(Forum.slug == slug))
    if existing is not None:
        return existing
    forum = Forum(name=name, slug=slug)
    db.session.add(forum)
    db.session.commit()
    return forum


def make_meeting(forum=None, day=date(2025, 2, 26), title=None, **kwargs) -> Meeting:
    forum = forum or make_forum()
    meeting = Meeting(forum=forum, date=day, title=title or f"{forum.name} {day}", **kwargs)
    db.session.add(meeting)
    db.session.commit()
    return meeting


def make_point(meeting=None, text="Direktionen skal fastlægge retningslinjer.", heading=None):
    meeting = meeting or make_meeting()
    item = meeting.agenda_items[0] if meeting.agenda_items else None
    if item is None:
        item = AgendaItem(meeting=meeting, number=1, title="Reformarbejde", case_number="S2024-1")
        db.session.add(item)
    point = Point(agenda_item=item, text=text, heading=heading, kind="plenum", position=0)
    db.session.add(point)
    db.session.commit()
    return point


def make_action(
    owner=None,
    title="Handling",
    forum=None,
    meeting=None,
    words="den 27. marts 2025",
    reference=date(2025, 2, 26),
    status="not_started",
    co_owners=(),
    description=None,
):
    from tracker.actions.services import create_action
    from tracker.deadlines import parse_deadline

    if forum is None:
        existing = db.session.scalar(select(Forum).order_by(Forum.id))
        forum = meeting.forum if meeting else (existing or make_forum())
    action = create_action(
        forum=forum,
        meeting=meeting,
        title=title,
        owner=owner,
        co_owners=list(co_owners),
        deadline=parse_deadline(words, reference) if words else None,
        status=status,
        description=description,
        actor=None,
    )
    db.session.commit()
    return action
