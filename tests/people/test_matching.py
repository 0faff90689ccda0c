"""The one matching rule: a typed name names an attendee, else the one person it fits; never a
person created by typing (tracker.people.matching)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.factories import make_person
from tracker import rules
from tracker.extensions import db
from tracker.models import Person
from tracker.people import matching
from tracker.text import name_words


def _fits(typed, name, prefix=False):
    return rules.name_fits(name_words(typed), name_words(name), prefix)


@pytest.mark.parametrize(
    "typed",
    [
        "Torben",
        "torben",
        "Torben B.",
        "T. Benneskov",
        "Benneskov",
        "TORBEN  G. M. BENNESKOV",
        "Torben Gert Benneskov",
        "torben-benneskov",
    ],
)
def test_a_first_or_partial_name_fits_the_full_name(typed):
    assert _fits(typed, "Torben G. M. Benneskov")


@pytest.mark.parametrize("typed", ["Torben Hansen", "Torsten", "B. Torben", "Torb", ""])
def test_other_names_do_not_fit(typed):
    assert not _fits(typed, "Torben G. M. Benneskov")


@pytest.mark.parametrize("typed", ["Morten", "Gert", "Mathias"])
def test_a_first_name_is_never_a_middle_initial(typed):
    # A club's "Morten" or "Mathias" in a referat is not Torben G. M. Benneskov (seen in a walk
    # with real minutes: first names went to the chefs whose middle initial they shared).
    assert not _fits(typed, "Torben G. M. Benneskov")
    assert not _fits("Vagn", "Morten V. Pedersen")


def test_a_first_name_is_not_a_middle_initial_when_matched(db):
    chef = make_person(name="Morten V. Pedersen")
    match = matching.resolve("Vagn")
    assert match.state == "new" and match.person is None
    assert matching.resolve("Morten").person == chef


def test_accents_and_danish_letters_do_not_count():
    assert _fits("Soren Kjaer", "Søren Kjær")
    assert _fits("Søren", "Soeren Kjaer")
    assert _fits("rene", "René Ørsted")
    assert _fits("Torb", "Torben Benneskov", prefix=True)
    # a letter no accent-stripping takes apart, typed on a Danish keyboard
    assert _fits("Lukasz Zolc", "Łukasz Żółć") and _fits("Ł. Żółć", "Łukasz Żółć")


def _count():
    return db.session.scalar(select(func.count(Person.id)))


def test_a_first_name_names_the_only_person_who_has_it(db):
    torben = make_person(name="Torben G. M. Benneskov")
    make_person(name="Karsten Holm")
    before = _count()
    match = matching.resolve("Torben")
    assert (match.state, match.person) == ("known", torben)
    assert matching.resolve("t. benneskov").person == torben
    assert _count() == before  # typing created nobody


def test_two_people_of_that_first_name_are_ambiguous_unless_one_attends(db):
    karsten = make_person(name="Karsten Holm")
    other = make_person(name="Karsten Vinding")
    match = matching.resolve("Karsten")
    assert match.state == "ambiguous" and match.person is None
    assert set(match.candidates) == {karsten, other}
    at_meeting = matching.resolve("Karsten", attendees=[other])
    assert (at_meeting.state, at_meeting.person, at_meeting.attendee) == ("known", other, True)
    # The whole name is never ambiguous beside a longer one.
    assert matching.resolve("karsten holm").person == karsten


def test_the_whole_name_wins_over_a_partial_fit(db):
    short = make_person(name="Søren Hansen")
    make_person(name="Søren Hansen Møller")
    assert matching.resolve("Soren Hansen").person == short


def test_a_new_name_is_new_with_look_alikes_and_creates_nobody(db):
    bente = make_person(name="Bente Kjær")
    before = _count()
    match = matching.resolve("Bente Jensen")
    assert match.state == "new" and match.person is None
    assert match.candidates == [bente]
    assert matching.resolve("   ").state == "empty"
    assert _count() == before


def test_resolve_many_keeps_the_order_in_one_query(db, query_counter):
    charlotte = make_person(name="Charlotte Veilskov")
    morten = make_person(name="Morten Hoff Grønvald")
    names = ["Morten Hoff Grønvald", "Charlotte Veilskov", "Bente Kjær"]
    with query_counter() as counted:
        matches = matching.resolve_many(names)
    assert [m.person for m in matches] == [morten, charlotte, None]
    assert [m.state for m in matches] == ["known", "known", "new"]
    assert len(counted) == 1


def test_a_person_who_left_is_matched_only_by_the_whole_name(db):
    gone = make_person(name="Torben Gammel", active=False)
    assert matching.resolve("Torben").state == "new"
    assert matching.resolve("Torben Gammel").person == gone


def test_candidates_suggest_attendees_first_while_typing(db):
    make_person(name="Torben Andersen")
    torben = make_person(name="Torben G. M. Benneskov")
    make_person(name="Anna Berg")
    suggested = matching.candidates("torb", attendees=[torben])
    assert [p.name for p in suggested] == ["Torben G. M. Benneskov", "Torben Andersen"]
    assert {p.name for p in matching.candidates("torb")} == {
        "Torben Andersen",
        "Torben G. M. Benneskov",
    }
    assert matching.candidates("", attendees=[torben]) == [torben]
    assert len(matching.candidates("torb", limit=1)) == 1
