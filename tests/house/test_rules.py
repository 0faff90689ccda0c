"""Each rule has one home (tracker.rules); its SQL twin gives the same answer on the database."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker import rules
from tracker.meetings import queries as meeting_queries
from tracker.models import Action

TODAY = date(2025, 3, 10)


def test_overdue_and_due_soon_agree_with_their_sql_twins(db):
    forum = make_forum()
    cases = []
    for status in rules.STATUSES:
        for offset in (None, -30, -1, 0, 1, rules.DUE_SOON_DAYS, rules.DUE_SOON_DAYS + 1):
            due = None if offset is None else TODAY + timedelta(days=offset)
            cases.append(
                Action(forum=forum, title=f"{status} {offset}", status=status, due_end=due)
            )
    db.session.add_all(cases)
    db.session.commit()
    in_sql = {
        name: set(db.session.scalars(select(Action.id).where(clause(TODAY))))
        for name, clause in (("overdue", Action.overdue_clause), ("soon", Action.due_soon_clause))
    }
    pure = {
        "overdue": {a.id for a in cases if rules.is_overdue(a.status, a.due_end, TODAY)},
        "soon": {a.id for a in cases if rules.is_due_soon(a.status, a.due_end, TODAY)},
    }
    assert in_sql == pure
    assert len(pure["overdue"]) == 4 and len(pure["soon"]) == 6  # two open statuses each
    assert all(a.is_overdue(TODAY) == (a.id in pure["overdue"]) for a in cases)


def test_the_next_and_previous_meeting_agree_with_their_sql_twins(db):
    forum = make_forum()
    meetings = [
        make_meeting(forum, day=TODAY - timedelta(days=40), status="held"),
        make_meeting(forum, day=TODAY - timedelta(days=10), status="held"),
        make_meeting(forum, day=TODAY - timedelta(days=3), status="planned"),  # never marked held
        make_meeting(forum, day=TODAY, status="held"),
        make_meeting(forum, day=TODAY + timedelta(days=20), status="planned"),
        make_meeting(forum, day=TODAY + timedelta(days=50), status="planned"),
    ]
    for day in (
        TODAY - timedelta(days=11),
        TODAY - timedelta(days=1),
        TODAY,
        TODAY + timedelta(60),
    ):
        pure_next = rules.next_planned(meetings, day)
        assert meeting_queries.next_planned(forum.id, day) == pure_next, day
        pure_previous = rules.previous_held(meetings, day)
        assert meeting_queries.previous_held(forum.id, day) == pure_previous, day
    assert rules.next_planned(meetings, TODAY) == meetings[4], "a past planned meeting is no next"
    assert rules.previous_held(meetings, TODAY) == meetings[3], "held today counts"
    per_forum = meeting_queries.next_planned_per_forum(TODAY)
    assert per_forum == [meetings[4]]


def test_owner_or_co_owner_agrees_with_its_sql_twins(db):
    owner, co, both, neither = (make_person(name=n) for n in ("Ejer", "Med", "Begge", "Ingen"))
    owned = make_action(owner, "Ejet")
    shared = make_action(both, "Delt")
    shared.co_owners = [co]
    nobody = make_action(None, "Uden ejer")
    nobody.co_owners = [both]
    db.session.commit()
    actions = [owned, shared, nobody]
    for person in (owner, co, both, neither):
        in_sql = set(db.session.scalars(select(Action.id).where(Action.involving(person.id))))
        assert in_sql == {a.id for a in actions if a.involves(person)}, person.name
        assert {a.id for a in actions if person in a.people} == in_sql, person.name
    pair = [owner.id, co.id]
    assert set(db.session.scalars(select(Action.id).where(Action.involving(pair)))) == {
        owned.id,
        shared.id,
    }
    people = set(db.session.scalars(Action.people_ids(Action.id.in_([shared.id, nobody.id]))))
    assert people == {both.id, co.id}  # the owner and co-owners, no None for "no owner"


def test_first_name_and_what_a_deadline_says_after_its_words():
    assert rules.first_name("  Mette   Frederiksen ") == "Mette"
    assert rules.first_name(None) == rules.first_name("") == ""  # an erased person: no "Hej ,"
    start, end = date(2025, 3, 1), date(2025, 3, 10)
    assert rules.deadline_note(None, start, end, "period") == "none"
    assert rules.deadline_note("primo marts", start, end, "period") == "dates"
    assert rules.deadline_note("hurtigst muligt", None, None, "none") == "no_period"
    assert rules.deadline_note("fra marts", start, None, "ongoing") == "ongoing"
    assert rules.deadline_note("Løbende 2025", start, None, "ongoing") == ""
