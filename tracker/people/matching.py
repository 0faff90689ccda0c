"""Matching a typed or imported name to a person: the one home of "exactly one person of that
name" for the import, the meeting forms, the demo and the admin pages.

Services flush and never commit. A name two people share names nobody (the caller asks).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Person
from tracker.models.people import name_key


def people_by_name(names: Iterable[str]) -> dict[str, Person]:
    """The person each of ``names`` names, by its ``name_key``, where exactly one matches (a
    name two people share names nobody): one query for a whole attendee list."""
    keys = {name_key(name) for name in names if (name or "").strip()}
    found: dict[str, list[Person]] = {}
    if keys:
        for person in db.session.scalars(select(Person).where(Person.name_key.in_(keys))):
            found.setdefault(person.name_key, []).append(person)
    return {key: people[0] for key, people in found.items() if len(people) == 1}


def person_named(name: str | None) -> Person | None:
    """The one person whose name matches ``name`` (ignoring case and spacing), if exactly one."""
    if not (name or "").strip():
        return None
    return people_by_name([name]).get(name_key(name))


def new_person(name: str) -> Person:
    """A person known only by a name from the minutes: a member without login (not flushed)."""
    person = Person(name=" ".join(name.split()), role="member")
    db.session.add(person)
    return person


def get_or_create_person(name: str) -> Person:
    """Match ``name`` to a known person, or create one without login."""
    person = person_named(name)
    if person is None:
        person = new_person(name)
        db.session.flush()
    return person
