"""Matching a typed or imported name to a person: the one home of "which person is meant" for
the import, the meeting forms, the action forms, the demo and the admin pages.

The rule (resolve): a full name, a first name or a partial name ("Torben", "Torben B.",
"T. Benneskov"; case, accents and spacing do not count, tracker.text.name_words and
tracker.rules.name_fits) names the meeting's attendee it fits, else the one person the tracker
knows that it fits; where several fit the name is "ambiguous" (the secretary chooses among
the candidates), where none fits it is "new". Nothing here creates a person as a side effect:
a person is created only on purpose (new_person, called where the secretary chose
"Opret ny person").

Services flush and never commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from tracker import rules
from tracker.extensions import db
from tracker.models import Person
from tracker.models.people import name_key
from tracker.text import clean_name, name_words

STATES = ("known", "ambiguous", "new", "empty")
# Asked where a typed name is to become a new person and may not (rules.may_be_new_name).
NOT_A_NAME = _l("»%(name)s« kan ikke oprettes som en ny person. Skriv personens navn.")


@dataclass
class Match:
    """What a typed name names: ``person`` when ``state`` is "known"; the people it may mean
    (``candidates``) when "ambiguous", or look-alikes to choose from when "new"."""

    typed: str
    person: Person | None = None
    candidates: list[Person] = field(default_factory=list)
    state: str = "new"
    # Matched among the meeting's attendees (rather than everyone the tracker knows).
    attendee: bool = False

    @property
    def known(self) -> bool:
        """True when the name names exactly one person."""
        return self.state == "known"


class _Pool:
    """People with their name's words worked out once (one query for a whole list)."""

    def __init__(self, people: Iterable[Person]):
        self.people = [(person, name_words(person.name)) for person in people]

    def exact(self, words: list[str]) -> list[Person]:
        return [person for person, theirs in self.people if theirs == words]

    def fitting(self, words: list[str], prefix: bool = False) -> list[Person]:
        return [p for p, theirs in self.people if rules.name_fits(words, theirs, prefix)]

    def sharing(self, words: list[str]) -> list[Person]:
        """People with a word of ``words`` in their name (look-alikes for a new name)."""
        wanted = {word for word in words if len(word) > 1}
        return [p for p, theirs in self.people if wanted & set(theirs)]


def _attendee_people(attendees: Iterable) -> list[Person]:
    """Attendees given as people or as attendance rows (with ``.person``), each once."""
    people: dict[int, Person] = {}  # by row: Flask-Login's UserMixin makes people "equal"
    for attendee in attendees or ():
        person = getattr(attendee, "person", attendee)
        if isinstance(person, Person):
            people.setdefault(id(person), person)
    return list(people.values())


def _known_people() -> list[Person]:
    """Everyone the tracker knows by name: all people not erased, by name."""
    return list(
        db.session.scalars(
            select(Person).where(Person.erased_at.is_(None)).order_by(Person.name_key, Person.id)
        )
    )


def _pick(typed: str, found: list[Person], attendee: bool) -> Match | None:
    if len(found) == 1:
        return Match(typed, found[0], list(found), "known", attendee)
    if found:
        return Match(typed, None, list(found), "ambiguous", attendee)
    return None


def _resolve(typed: str, attendees: _Pool, everyone: _Pool, active: _Pool, limit: int) -> Match:
    words = name_words(typed)
    if not words:
        return Match(typed, state="empty")
    for pool, is_attendee in ((attendees, True), (everyone, False)):
        # The whole name first: "Søren Hansen" is not ambiguous beside "Søren Hansen Møller".
        match = _pick(typed, pool.exact(words), is_attendee)
        match = match or _pick(
            typed, (active if pool is everyone else pool).fitting(words), is_attendee
        )
        if match:
            return match
    return Match(typed, None, active.sharing(words)[:limit], "new")


def resolve_many(names: Iterable[str], attendees: Iterable = (), limit: int = 10) -> list[Match]:
    """What each of ``names`` names (see the module's rule), in order; one query for them all."""
    names = [clean_name(name) for name in names]
    if not any(names):
        return [Match(name, state="empty") for name in names]
    known = _known_people()
    active = [person for person in known if person.active]
    pools = (_Pool(_attendee_people(attendees)), _Pool(known), _Pool(active))
    return [_resolve(name, *pools, limit=limit) for name in names]


def resolve(name: str | None, attendees: Iterable = ()) -> Match:
    """What ``name`` names: the attendee it fits, else the one person it fits, else
    "ambiguous" with the candidates, "new" (with look-alikes) or "empty"."""
    return resolve_many([name or ""], attendees)[0]


def candidates(query: str | None, attendees: Iterable = (), limit: int = 10) -> list[Person]:
    """People to suggest while ``query`` is typed ("torb" → Torben G. M. Benneskov): the
    meeting's attendees first, then the active people; the attendees alone for no query."""
    people = _attendee_people(attendees)
    words = name_words(query)
    if not words:
        return people[:limit]
    known = [person for person in _known_people() if person.active]
    found = {id(p): p for p in _Pool(people).fitting(words, prefix=True)}
    for person in _Pool(known).fitting(words, prefix=True):
        found.setdefault(id(person), person)
    return list(found.values())[:limit]


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


def new_person(name: str, email: str | None = None) -> Person:
    """A person created on purpose ("Opret ny person"), or known only by a name from the
    minutes: a member without login (not flushed)."""
    person = Person(name=" ".join(name.split()), role="member", email=email or None)
    db.session.add(person)
    return person
