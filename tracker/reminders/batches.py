"""The sweep's batches: people in id order, a few hundred at a time, each batch with the open
actions it needs, so a sweep holds one batch in memory whatever the number of people.

Every look-up takes the batch's person ids (at most ``REMINDER_BATCH`` bound values) and reaches
the actions through the owner and co-owner indexes; services flush, never commit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tracker.extensions import db
from tracker.models import Action, Person

DEFAULT_SIZE = 500


def size() -> int:
    """People per batch (``REMINDER_BATCH``)."""
    return max(1, int(current_app.config.get("REMINDER_BATCH", DEFAULT_SIZE)))


def people(*conditions, batch: int | None = None) -> Iterator[list[Person]]:
    """Everyone matching ``conditions``, in id order, ``batch`` people at a time (keyset paging
    on the primary key: each batch is one indexed read, however far the sweep has come)."""
    batch = batch or size()
    last = 0
    while True:
        found = db.session.scalars(
            select(Person).where(Person.id > last, *conditions).order_by(Person.id).limit(batch)
        ).all()
        if not found:
            return
        last = found[-1].id
        yield list(found)


def open_actions(condition) -> list[Action]:
    """The open actions matching ``condition``, with owner, co-owners and forum."""
    return list(
        db.session.scalars(
            select(Action)
            .where(Action.open_clause(), condition)
            .options(
                selectinload(Action.owner),
                selectinload(Action.co_owners),
                selectinload(Action.forum),
            )
        )
    )


def by_person(actions: list[Action], person_ids) -> dict[int, list[Action]]:
    """``actions`` under each of ``person_ids`` who owns or co-owns them."""
    wanted = set(person_ids)
    grouped: dict[int, list[Action]] = defaultdict(list)
    for action in actions:
        for person_id in {p.id for p in action.people} & wanted:
            grouped[person_id].append(action)
    return grouped
