"""Who the names of an import are (the one matching rule, tracker.people.matching): the
referat's attendees, and the owners and co-owners the review names. A person is created for
an owner only where the secretary ticked "Opret som ny person"; the referat's own attendee
list is the meeting's, its new names become people with the meeting.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from tracker import rules
from tracker.extensions import db
from tracker.minutes.parser import ParsedMinutes
from tracker.models import Person
from tracker.people.matching import NOT_A_NAME, Match, new_person, resolve_many
from tracker.people.services import PeopleError
from tracker.text import name_words

AMBIGUOUS = _l("»%(name)s« passer på flere: %(people)s. Skriv hele navnet.")
OUTSIDE = _l(
    "»%(name)s« står ikke på referatets deltagerliste. Er det %(person)s? Skriv hele navnet, eller"
    " sæt hak for at oprette en ny person."
)
UNKNOWN = _l(
    "»%(name)s« kendes ikke. Skriv navnet på en kendt person, eller sæt hak for at oprette en"
    " ny person."
)
GONE = _l("%(name)s er fratrådt. Vælg en anden.")


def unsure(match: Match) -> bool:
    """An attendee of the referat the import does not put on the list: a name several people
    fit, or a first name alone that nobody known has (the secretary adds them, choosing)."""
    return match.state == "ambiguous" or (match.state == "new" and len(name_words(match.typed)) < 2)


def asked_outside(matches: dict[str, Match]) -> dict[str, Match]:
    """A first name alone that fits no attendee but one other person is asked, not taken: a
    referat's "Ole" is not the municipality's one Ole Vett (the secretary writes the whole
    name); state "ambiguous" with that person as the one candidate."""
    for name, match in matches.items():
        if match.known and match.person and not match.attendee and len(name_words(name)) < 2:
            matches[name] = Match(name, None, [match.person], "ambiguous")
    return matches


def attendee_doubts(minutes: ParsedMinutes) -> list[Match]:
    """The referat's attendees left for the secretary to choose (unsure), in its order."""
    names = [attendee.name for attendee in minutes.attendees]
    return [match for match in resolve_many(names) if unsure(match)] if names else []


def review_matches(names, minutes: ParsedMinutes) -> dict[str, Match]:
    """What each owner or co-owner name of the review names (two queries for them all): the
    referat's attendees first; a name that fits one attendee not yet known is that attendee,
    who comes with the meeting (state "known", no person yet)."""
    names = [name for name in dict.fromkeys(names) if (name or "").strip()]
    attendee_names = [attendee.name for attendee in minutes.attendees]
    listed = resolve_many(attendee_names) if attendee_names else []
    people = [match.person for match in listed if match.known]
    newcomers = [m.typed for m in listed if m.state == "new" and not unsure(m)]
    matches = dict(zip(names, resolve_many(names, people), strict=True)) if names else {}
    for name, match in matches.items():
        if not match.known:
            fitting = [n for n in newcomers if rules.name_fits(name_words(name), name_words(n))]
            if len(fitting) == 1:
                matches[name] = Match(name, None, [], "known", attendee=True)
    return asked_outside(matches)


def problem(match: Match | None, create: bool) -> str | None:
    """Why the review cannot save this name yet, in Danish; None when it names one person (or
    is to be created on purpose)."""
    if match is None:
        return None
    if create and not match.known and not rules.may_be_new_name(match.typed):
        return str(NOT_A_NAME % {"name": match.typed})  # "-", or an erased person's name
    if match.state == "empty":
        return None
    if match.known:
        gone = match.person is not None and not match.person.active
        return str(GONE % {"name": match.person.name}) if gone else None
    if create:
        return None
    if match.state == "ambiguous" and len(match.candidates) == 1:
        return str(OUTSIDE % {"name": match.typed, "person": match.candidates[0].name})
    if match.state == "ambiguous":
        people = ", ".join(person.name for person in match.candidates)
        return str(AMBIGUOUS % {"name": match.typed, "people": people})
    return str(UNKNOWN % {"name": match.typed})


class Owners:
    """The owners of a saved import, matched to the meeting's attendees (one query for all),
    new people created once each, on purpose."""

    def __init__(self, names, attendees: list[Person]):
        names = [name for name in dict.fromkeys(names) if (name or "").strip()]
        self.matches = asked_outside(dict(zip(names, resolve_many(names, attendees), strict=True)))
        self.created: dict[tuple, Person] = {}

    def person(self, name: str, create: bool) -> Person:
        """The person ``name`` names; a new one where ``create`` and it names nobody known."""
        match = self.matches[name]
        if match.known and match.person.active:
            return match.person
        if not create or match.known:
            raise PeopleError(problem(match, create) or UNKNOWN % {"name": name}, "owner")
        key = tuple(name_words(name))
        if key not in self.created:
            self.created[key] = new_person(name)
            db.session.flush()
        return self.created[key]
