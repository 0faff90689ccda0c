"""The shared list at scale: a count that stops, pages past it, bad page numbers, index plans."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import insert, text

from tests.factories import make_action, make_forum, make_person
from tests.snapshots import restore_or_build
from tracker.actions import queries
from tracker.actions.queries import ActionFilters, list_actions
from tracker.extensions import db
from tracker.i18n import today


def iso(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


@pytest.fixture
def many(member, monkeypatch):
    """25 open actions with a deadline each, the list counting exactly only up to 10."""
    monkeypatch.setattr(queries, "COUNT_LIMIT", 10)
    monkeypatch.setattr(queries, "PAGE_SIZE", 10)

    def build():
        for n in range(25):
            make_action(member, f"Handling nummer {n:02d}", words=iso(n))

    restore_or_build("25 open actions", build)


def test_a_long_list_says_more_than_and_pages_on(member_client, many):
    first = member_client.get("/handlinger?status=aaben").get_data(as_text=True)
    assert "Mere end 10 handlinger" in first and "Side 1<" in first
    assert "side=2" in first and 'rel="prev"' not in first
    third = member_client.get("/handlinger?status=aaben&side=3").get_data(as_text=True)
    assert "Handling nummer 24" in third and "Handling nummer 19" not in third
    assert 'rel="next"' not in third and 'rel="prev"' in third


def test_a_page_past_the_end_of_a_long_list_shows_the_last(member_client, many):
    page = member_client.get("/handlinger?status=aaben&side=99").get_data(as_text=True)
    assert "Side 3 af 3" in page and "Handling nummer 24" in page


@pytest.mark.parametrize("side", ["abc", "-1", "0", "²", "1e3", "9" * 30, ""])
def test_a_bad_page_number_gives_the_first_page(member_client, many, side):
    response = member_client.get(f"/handlinger?status=aaben&side={side}")
    assert response.status_code == 200
    assert "Handling nummer 00" in response.get_data(as_text=True)


def test_a_short_list_is_counted_exactly(member_client, member):
    for n in range(3):
        make_action(member, f"Kort {n}", words=iso(n))
    db.session.commit()
    page = member_client.get("/handlinger").get_data(as_text=True)
    assert "3 handlinger" in page and "Mere end" not in page and "Side 1" not in page


def test_owner_sort_puts_actions_without_owner_last_across_pages(app, member, monkeypatch):
    monkeypatch.setattr(queries, "PAGE_SIZE", 2)
    anna = make_person(name="Anna Andersen", email="anna@example.org")
    bo = make_person(name="bo Bech", email="bo@example.org")  # sorted without regard to case
    make_action(bo, "B1")
    make_action(None, "Uden ejer 1")
    make_action(anna, "A1")
    make_action(bo, "B2")
    make_action(None, "Uden ejer 2")
    db.session.commit()
    seen = []
    for page in (1, 2, 3):
        result = list_actions(ActionFilters(sort="ejer", page=page), today())
        seen.append([a.title for a in result.actions])
    assert seen == [["A1", "B1"], ["B2", "Uden ejer 1"], ["Uden ejer 2"]]


def test_dated_filters_keep_the_deadline_order(app, member):
    for n, days in enumerate((5, -3, 2, -10)):
        make_action(member, f"D{n}", words=iso(days))
    make_action(member, "Ingen frist", words="hurtigst muligt")
    db.session.commit()
    dated = list_actions(ActionFilters(due_from=today() - timedelta(days=20)), today())
    assert [a.title for a in dated.actions] == ["D3", "D1", "D2", "D0"]
    everything = list_actions(ActionFilters(), today())
    assert [a.title for a in everything.actions][-1] == "Ingen frist"
    overdue = list_actions(ActionFilters(overdue=True), today())
    assert [a.title for a in overdue.actions] == ["D3", "D1"]


def _plan(statement) -> str:
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
    rows = db.session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(row[-1] for row in rows)


@pytest.mark.parametrize(
    "filters,index",
    [
        # Without statistics the partial open index and the forum's index cost SQLite the
        # same, and it takes whichever the schema lists first (the models' index order
        # varies per process): either walks the deadlines in order.
        (ActionFilters(status="aaben", forum=1), "ix_action_list_(open_)?forum_due"),
        (ActionFilters(forum=1), "ix_action_list_forum_due"),
        (ActionFilters(forum=1, sort="titel"), "ix_action_list_forum_title"),
        (ActionFilters(forum=1, sort="status"), "ix_action_list_forum_status_due"),
        (ActionFilters(forum=1, sort="opdateret"), "ix_action_list_forum_updated"),
        (ActionFilters(status="done", forum=1), "ix_action_list_forum_status_due"),
        (ActionFilters(sort="titel"), "ix_action_list_title"),
        (ActionFilters(sort="opdateret"), "ix_action_list_updated"),
        (ActionFilters(), "ix_action_list_due"),
        (ActionFilters(overdue=True), "ix_action_list_(open_)?due"),
    ],
)
def test_the_list_walks_an_index_in_its_order_on_sqlite(app, filters, index):
    """The page is read in index order and stops after it: no sort of every matching row."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's plans follow its statistics: bench/list_bench.py shows them")
    make_forum()
    query = queries._filtered(filters, today())
    ordered = query.order_by(*queries._ordering(filters.sort, queries._dated(filters)))
    plan = _plan(ordered.limit(51))
    assert re.search(index, plan) and "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize(
    "filters,index",
    [
        (ActionFilters(overdue=True, sort="titel"), "ix_action_list_title"),
        (ActionFilters(overdue=True, sort="opdateret"), "ix_action_list_updated"),
        (ActionFilters(overdue=True, sort="ejer"), "ix_person_name_key"),
        (ActionFilters(status="done", forum=1, sort="ejer"), "ix_person_name_key"),
        (ActionFilters(status="aaben", forum=1, sort="titel"), "ix_action_list_forum_title"),
    ],
)
def test_broad_filters_walk_the_sort_index_on_sqlite(app, request, filters, index):
    """Overdue, a status or a forum are no reason to sort every match (statistics as a real
    database has them: 2,000 actions of 500 people in 10 forums, most of them overdue)."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("a hint to SQLite's planner")
    people = [queries.Person(name=f"P{n}", email=f"p{n}@example.org") for n in range(500)]
    db.session.add_all(people)  # in one flush: no login needed, so no password either
    db.session.flush()
    people = [person.id for person in people]  # before the commit expires (and reloads) each
    db.session.commit()
    forums = [make_forum(f"F{n}", slug=f"f{n}").id for n in range(10)]
    statuses = ("not_started", "in_progress", "done", "cancelled")
    db.session.execute(
        insert(queries.Action),
        [
            {
                "title": f"Handling {n}",
                "forum_id": forums[n % 10],
                "owner_id": people[n % 500],
                "status": statuses[n % 4],
                "due_end": date(2025, 1, 1) + timedelta(days=n % 700),
            }
            for n in range(2000)
        ],
    )
    db.session.execute(text("ANALYZE"))

    def forget_statistics():  # the other tests plan without them
        db.session.execute(text("DROP TABLE IF EXISTS sqlite_stat1"))
        db.session.commit()

    request.addfinalizer(forget_statistics)
    query = queries._filtered(filters, today(), page=True)
    if filters.sort == "ejer":
        ordered = query.join(queries.Person, queries.Person.id == queries.Action.owner_id)
        ordered = ordered.order_by(queries.Person.name_key, queries.Person.id, queries.Action.id)
    else:
        ordered = query.order_by(*queries._ordering(filters.sort, queries._dated(filters)))
    plan = _plan(ordered.limit(51))
    assert index in plan and "TEMP B-TREE" not in plan, plan
    assert "likely" not in str(queries._filtered(filters, today()).compile()), "counted plainly"


def test_the_migration_makes_every_list_index_of_the_models(tmp_path):
    """Alembic cannot compare expression indexes on SQLite: the names and columns are checked."""
    from flask_migrate import upgrade

    from tracker import create_app
    from tracker.models import Action

    app = create_app(
        {
            "INSTANCE_DIR": str(tmp_path),
            "SECRET_KEY": "k" * 40,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'migrated.db'}",
        }
    )
    wanted = {i.name for i in Action.__table__.indexes if i.name.startswith("ix_action_list_")}
    with app.app_context():
        upgrade()
        made = dict(
            db.session.execute(
                text("SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_action_list_%'")
            ).all()
        )
    assert set(made) == wanted and len(wanted) == 10
    assert "(due_end IS NULL), due_end, id" in made["ix_action_list_open_forum_due"]
    assert "WHERE status IN ('not_started', 'in_progress')" in made["ix_action_list_open_due"]
