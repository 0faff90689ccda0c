"""Each rule has one home (tracker.rules); its SQL twin gives the same answer on the database."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tests.factories import make_forum, make_meeting
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
