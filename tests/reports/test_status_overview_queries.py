"""The status overview's statements: a fixed number, and the same changes as asked one by one.

Done and cancelled since the last meeting are taken from the overview's own actions, and the
deadline and owner changes come from one statement; these tests hold them to what the page
showed when each was a query of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker import rules
from tracker.actions.services import add_note, change_deadline, edit_action
from tracker.deadlines import parse_deadline
from tracker.extensions import db
from tracker.i18n import local_tz, today
from tracker.models import Action
from tracker.reports.loading import listed_statement
from tracker.reports.services import status_overview

# previous and next meeting, the chart's counts and meetings, the actions, their co-owners,
# the owners' latest notes, the new actions, the changes and the changed actions.
STATEMENTS = 10


def at(day):
    return datetime.combine(day, time(10), tzinfo=local_tz()).astimezone(UTC)


def forum_with(n, secretary):
    t = today()
    owner = make_person(name="Ejer", email="ejer@example.org")
    other = make_person(name="Anden", email="anden@example.org")
    forum = make_forum("Lederforum")
    held = make_meeting(forum, day=t - timedelta(days=30), title="Holdt")
    make_meeting(forum, day=t + timedelta(days=10), title="Næste", status="planned")
    for i in range(n):
        status = ("not_started", "in_progress", "done", "cancelled")[i % 4]
        action = make_action(
            owner, f"H{i}", meeting=held, words=(t + timedelta(days=i - n)).isoformat()
        )
        action.status = status
        if status in ("done", "cancelled"):
            # Half closed before the last meeting (not shown), half since.
            action.closed_at = at(t - timedelta(days=60 if i % 8 < 4 else 3))
        action.co_owners = [other] if i % 3 == 0 else []
        add_note(action, other if i % 2 else owner, f"note {i}")
        if i % 5 == 0:
            change_deadline(action, secretary, parse_deadline("ultimo december 2030", t))
        if i % 7 == 0:
            edit_action(
                action, secretary, title=action.title, description=None, owner=other, co_owners=[]
            )
    db.session.commit()
    return forum


def closed_since(forum, status, since):
    return db.session.scalars(
        select(Action)
        .where(Action.forum_id == forum.id, Action.status == status, Action.closed_at >= since)
        .order_by(Action.closed_at, Action.id)
    ).all()


def test_statements_stay_the_same_and_changes_are_the_single_queries(app, secretary, query_counter):
    forum = forum_with(24, secretary)
    assert forum.name  # loaded again after the commits, before counting
    with query_counter() as statements:
        o = status_overview(forum, today(), local_tz())
    assert len(statements) == STATEMENTS
    since = rules.since(o.previous.date, local_tz())
    for status in ("done", "cancelled"):
        expected = [a.id for a in closed_since(forum, status, since)]
        assert expected and [a.id for a in o.changes[status]] == expected, status
    assert len(o.changes["deadline_moved"]) == 5 and len(o.changes["owner_changed"]) == 4
    assert o.total == 12 + 6  # the open ones and those closed since
    listed = {row.action.id: row for row in o.rows}
    for action in db.session.scalars(select(Action).where(Action.id.in_(listed))):
        row = listed[action.id]
        assert (row.action.title, row.action.status) == (action.title, action.status)
        assert row.action.owner.name == action.owner.name
        assert [p.name for p in row.action.co_owners] == [p.name for p in action.co_owners]
        latest = max(action.notes, key=lambda n: n.id)
        mine = latest.author_id in {action.owner_id, *(p.id for p in action.co_owners)}
        assert (row.note.id if row.note else None) == (latest.id if mine else None)


def test_the_page_says_its_words_once_looked_up_in_the_persons_language(
    member_client, member, secretary
):
    forum_with(8, secretary)
    member.language = "en"
    db.session.commit()
    page = member_client.get("/fora/lederforum/status").get_data(as_text=True)
    held = today() - timedelta(days=30)
    assert f"Meeting on {held.day} {held:%B} {held.year}" in page
    assert '<span class="badge status-not_started">Not started</span>' in page
    assert '<span class="badge overdue">Overdue</span>' in page
    assert 'data-label="Latest status note"' in page
    assert "Mødet" not in page and "Ikke startet" not in page


def _plan_as_run(statement, indexed_by: str = "") -> str:
    """SQLite's plan for ``statement`` with its parameters bound as when it runs (a partial
    index serves only constants, so literal binds would hide a bound status list)."""
    compiled = statement.compile(db.engine, compile_kwargs={"render_postcompile": True})
    sql = str(compiled)
    if indexed_by:
        sql = sql.replace("FROM action", f"FROM action INDEXED BY {indexed_by}", 1)
    params = tuple(
        value.isoformat() if isinstance(value, datetime) else value
        for value in (compiled.params[name] for name in compiled.positiontup)
    )
    try:
        rows = db.session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    except OperationalError as refused:  # "no query solution": the index cannot serve it
        return str(refused.orig)
    return "\n".join(row[-1] for row in rows)


def test_the_overviews_open_actions_can_be_read_from_the_partial_index(app):
    """The overview's open actions are asked as Action.open_clause(), the partial index's own
    WHERE, so the index of open actions can serve them; a bound ``status IN (?, ?)`` could not
    (SQLite refuses the index, PostgreSQL scans). Its two halves are seeks of the forum."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's EXPLAIN QUERY PLAN and INDEXED BY")
    forum = make_forum()
    statement = listed_statement(forum.id, datetime(2025, 1, 1, tzinfo=UTC))
    plan = _plan_as_run(statement)
    assert "MULTI-INDEX OR" in plan and "SCAN action" not in plan, plan
    open_half = statement.whereclause.clauses[0]  # (forum, open) OR (forum, closed since)
    forced = _plan_as_run(
        select(Action.id).where(open_half), indexed_by="ix_action_list_open_forum_due"
    )
    assert "USING INDEX ix_action_list_open_forum_due (forum_id=?)" in forced, forced
