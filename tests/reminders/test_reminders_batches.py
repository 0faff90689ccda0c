"""The sweep works one batch of people at a time (REMINDER_BATCH): the same emails as in one
batch, each batch in a session of its own, the caller's session left alone."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, event, inspect, select

from tests.factories import make_action, make_forum, make_meeting, make_person
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.scheduler import jobs

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2025, 3, 3, 7, 0, tzinfo=CPH)


@pytest.fixture
def office(db):
    """Seven people whose digests cross batches of two: co-owners in other batches, an absent
    owner whose substitute is in another batch, a status round and deadlines due on MONDAY."""
    forum = make_forum("Chefforum")
    make_meeting(forum, day=date(2025, 3, 6), status="planned")
    people = [make_person(name=f"Chef {i}", email=f"chef{i}@example.org") for i in range(7)]
    substitute = people[6]
    absent = people[0]
    absent.substitute_id, absent.absent_until = substitute.id, date(2025, 3, 7)
    people[3].digest_enabled = False
    db.session.commit()
    make_action(absent, "Overskredet seminar", words="primo februar 2025", forum=forum)
    make_action(people[1], "Frist på onsdag", words="den 5. marts 2025", co_owners=[people[5]])
    make_action(people[2], "Frist i fredags", words="den 28. februar 2025", forum=forum)
    make_action(people[3], "Uden overblik", words="april 2025", co_owners=[people[4]])
    make_action(people[4], "Budget", words="den 20. marts 2025", forum=forum, co_owners=[people[1]])
    return people


def outbox() -> dict[str, tuple[str, str, str]]:
    return {
        row.key: (row.to_address, row.subject, row.body_text)
        for row in db.session.scalars(select(OutboxMessage))
    }


def test_batches_of_two_make_the_same_emails_as_one_batch(app, office):
    app.config["REMINDER_BATCH"] = 2
    result = jobs.sweep("all", MONDAY)
    in_twos = outbox()
    db.session.execute(delete(OutboxMessage))
    db.session.commit()
    app.config["REMINDER_BATCH"] = 500
    jobs.sweep("all", MONDAY)
    assert outbox() == in_twos and result.made == len(in_twos)
    kinds = sorted(key.split(":")[0] for key in in_twos)
    assert kinds.count("weekly") == 5, "everybody but the absent one and the one with it off"
    assert {"deadline_soon", "deadline_passed", "status_round"} <= set(kinds)
    (digest,) = [v for k, v in in_twos.items() if k.startswith(f"weekly:{office[6].id}:")]
    assert "Overskredet seminar" in digest[2], "the substitute, in another batch, sees it"
    (co_owner,) = [v for k, v in in_twos.items() if k.startswith(f"weekly:{office[5].id}:")]
    assert "Frist på onsdag" in co_owner[2]
    assert jobs.sweep("all", MONDAY + timedelta(hours=1)).made == 0, "nothing twice"


def test_each_batch_has_a_session_of_its_own_and_a_dozen_statements(app, db, caplog):
    forum = make_forum("Stort forum")
    people = [make_person(name=f"Ejer {i}", email=f"ejer{i}@example.org") for i in range(20)]
    for person in people:
        for n in range(3):
            make_action(person, f"Handling {n} for {person.name}", words="april 2025", forum=forum)
    mine = people[0]
    before = len(db.session.identity_map)
    app.config["REMINDER_BATCH"] = 4
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with caplog.at_level(logging.DEBUG, logger="tracker.scheduler.jobs"):
            result = jobs.sweep("weekly", MONDAY, dry_run=True)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(result.planned) == 20
    sizes = [r.args[1] for r in caplog.records if r.msg.startswith("reminder sweep batch")]
    assert len(sizes) == 5, "five batches of four people"
    # Each batch's session holds its four people, their twelve actions and the forum: never
    # the 81 objects of everybody, and none of them in the caller's session.
    assert sizes == [4 + 12 + 1] * 5
    assert len(db.session.identity_map) == before and not inspect(mine).detached
    assert len(statements) <= 12 * len(sizes), "a dozen statements per batch, none per person"


def test_a_person_owning_more_actions_than_a_batch_of_ids_gets_them_all(app, db):
    owner = make_person(name="Travl Chef", email="travl@example.org")
    forum = make_forum("Mange handlinger")
    for n in range(12):
        make_action(owner, f"Opgave {n:02d}", words="april 2025", forum=forum)
    app.config["REMINDER_BATCH"] = 1
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("tracker.reminders.digest.CHUNK", 5)  # notes read five actions at a time
        jobs.sweep("weekly", MONDAY)
    (row,) = db.session.scalars(select(OutboxMessage)).all()
    assert all(f"Opgave {n:02d}" in row.body_text for n in range(12))
