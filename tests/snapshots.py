"""Expensive test data built once per worker process and copied back for every later test.

The first test that asks for a key runs the real builder (the demo command, a loader) and
keeps, in memory, every row the builder added and what it returned. Each later test of that
worker process gets those rows inserted again into its emptied database, with the same ids,
and the same returned value, for a few milliseconds instead of a few hundred.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select

from tracker.extensions import db
from tracker.i18n import today

T = TypeVar("T")


@dataclass(frozen=True)
class Snapshot:
    """The rows a builder added (table name -> rows in primary key order) and its result."""

    added: dict[str, list[dict[str, Any]]]
    result: Any


# key -> its snapshot; None where the builder changed rows that were there before it, which an
# insert cannot put back: such a builder simply runs every time.
_SNAPSHOTS: dict[Hashable, Snapshot | None] = {}


def restore_or_build(key: Hashable, build: Callable[[], T]) -> T:
    """``build()``'s rows and result: built for real the first time, else copied back.

    ``key`` must name everything the result depends on but the database (the command's
    arguments, say). Rows a test made before (its secretary, a login) stay as they are; their
    ids are part of the key, since the builder may use them and the copied rows refer to them.
    Returned ORM objects would belong to the first test's session: return ids instead.
    """
    before = _rows()
    # The rows carry the timestamps of the day they were made (created_at, "today" parsed in
    # deadlines), so a copy is only as good as its day.
    full_key = (key, today(), tuple((name, tuple(rows)) for name, rows in before.items()))
    if full_key in _SNAPSHOTS:
        snapshot = _SNAPSHOTS[full_key]
        if snapshot is not None:
            _insert(snapshot.added)
            return snapshot.result
        return build()
    result = build()
    db.session.commit()
    after = _rows()
    # A builder that changed a row the test had made (the secretary's, say) cannot be copied
    # back by inserting rows; it keeps running for real.
    if any(after[name].get(pk) != row for name, rows in before.items() for pk, row in rows.items()):
        _SNAPSHOTS[full_key] = None
        return result
    added = {
        name: [row for pk, row in rows.items() if pk not in before[name]]
        for name, rows in after.items()
    }
    _SNAPSHOTS[full_key] = Snapshot({name: rows for name, rows in added.items() if rows}, result)
    return result


def _rows() -> dict[str, dict[tuple, dict[str, Any]]]:
    """Every row of every table: table name -> primary key -> the row's values by column."""
    rows = {}
    for table in db.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        found = db.session.execute(select(table).order_by(*key)).mappings()
        rows[table.name] = {tuple(row[c.key] for c in key): dict(row) for row in found}
    return rows


def _insert(added: dict[str, list[dict[str, Any]]]) -> None:
    """Insert the rows (parents first, one executemany per table), then fix the sequences."""
    for table in db.metadata.sorted_tables:
        if added.get(table.name):
            db.session.execute(table.insert(), added[table.name])
    if db.session.get_bind().dialect.name == "postgresql":
        # Explicit ids leave a serial column's sequence where it was (restarted at 1 by the
        # emptying): the next row the test adds would take id 1 again. SQLite needs nothing:
        # a new rowid is the largest plus one, and a table declared AUTOINCREMENT (none is
        # today) has its sqlite_sequence raised by an insert with a larger id too.
        for name in added:
            column = db.metadata.tables[name].autoincrement_column
            if column is not None:
                sequence = func.pg_get_serial_sequence(name, column.name)
                db.session.execute(
                    select(func.setval(sequence, select(func.max(column)).scalar_subquery()))
                )
    db.session.commit()
    db.session.expire_all()  # what the session had read before is read again from the copy
