"""The status overview (/fora/<slug>/status) statement by statement, and one forum in two sizes.

    python -m bench.status_bench [--slug forum-10] [--plans]      (on the database in DATABASE_URL)
    python -m bench.status_bench --copy-forum sqlite:///1x.db --forum 10 --into /tmp/10x-copy.db

The first form builds the overview of the forum in an app context (no HTTP) and lists every
statement it ran with its time and the indexes of its plan (bench.list_bench.summary);
``--plans`` prints the whole plans. The second appends a copy of one forum of a SQLite database
(its meetings, agenda items, points, attendance, actions, co-owners, notes and history; people
are referred to by id, which exist in any bench database at least as large) to another SQLite
file as the forum ``samme-forum``, then ``ANALYZE``. Copied into a 1× and a 10× database, the
same forum with the same rows in the same places of its tables sits beside ten times the rest:

    python -m bench.list_bench --side-by-side sqlite:///1x-copy.db sqlite:///10x-copy.db \\
        --path /fora/samme-forum/status
"""

from __future__ import annotations

import argparse
import sqlite3
import time

from sqlalchemy import event

from bench.list_bench import plan, summary
from tracker import create_app
from tracker.extensions import db
from tracker.i18n import local_tz, today
from tracker.meetings.services import get_forum_by_slug
from tracker.reports import services

COPIED_SLUG = "samme-forum"

# Each copied table: its id column (None: no id of its own) and the columns that refer to a
# copied table, so that every copied row gets a new id and keeps pointing at the copies.
COPIED = {
    "meeting": ("id", {"forum_id": "forum"}),
    "agenda_item": ("id", {"meeting_id": "meeting"}),
    "point": ("id", {"agenda_item_id": "agenda_item"}),
    "attendance": ("id", {"meeting_id": "meeting"}),
    "action": (
        "id",
        {
            "forum_id": "forum",
            "meeting_id": "meeting",
            "agenda_item_id": "agenda_item",
            "point_id": "point",
            "accepted_meeting_id": "meeting",
        },
    ),
    "action_co_owner": (None, {"action_id": "action"}),
    "status_note": ("id", {"action_id": "action"}),
    "action_event": ("id", {"action_id": "action"}),
}
# Which source rows belong to the forum, per table.
OF_FORUM = {
    "meeting": "forum_id = :forum",
    "agenda_item": "meeting_id IN (SELECT id FROM src.meeting WHERE forum_id = :forum)",
    "point": "agenda_item_id IN (SELECT a.id FROM src.agenda_item a JOIN src.meeting m"
    " ON m.id = a.meeting_id WHERE m.forum_id = :forum)",
    "attendance": "meeting_id IN (SELECT id FROM src.meeting WHERE forum_id = :forum)",
    "action": "forum_id = :forum",
    "action_co_owner": "action_id IN (SELECT id FROM src.action WHERE forum_id = :forum)",
    "status_note": "action_id IN (SELECT id FROM src.action WHERE forum_id = :forum)",
    "action_event": "action_id IN (SELECT id FROM src.action WHERE forum_id = :forum)",
}


def copy_forum(source: str, forum: int, target: str) -> dict[str, int]:
    """Append forum ``forum`` of the SQLite file ``source`` to ``target``; rows per table."""
    connection = sqlite3.connect(target)
    connection.execute("ATTACH DATABASE ? AS src", (source,))
    offsets = {
        table: connection.execute(f"SELECT coalesce(max(id), 0) FROM main.{table}").fetchone()[0]
        for table in ("forum", "meeting", "agenda_item", "point", "action")
    }
    new_forum = offsets["forum"] + 1
    columns = [row[1] for row in connection.execute("PRAGMA main.table_info(forum)")]
    values = [{"id": "?", "slug": "?", "name": "name || ' (kopi)'"}.get(c, c) for c in columns]
    connection.execute(
        f"INSERT INTO main.forum ({', '.join(columns)}) SELECT {', '.join(values)} "
        "FROM src.forum WHERE id = ?",
        (new_forum, COPIED_SLUG, forum),
    )
    copied = {"forum": 1}
    for table, (id_column, refers) in COPIED.items():
        columns = [row[1] for row in connection.execute(f"PRAGMA main.table_info({table})")]
        values = []
        for column in columns:
            if column == id_column:
                values.append(f"{column} + {offsets.get(table, 0)}" if table in offsets else "NULL")
            elif column in refers:
                to = refers[column]
                values.append(f"{new_forum}" if to == "forum" else f"{column} + {offsets[to]}")
            else:
                values.append(column)
        cursor = connection.execute(
            f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {', '.join(values)} "
            f"FROM src.{table} WHERE {OF_FORUM[table].replace(':forum', str(forum))} "
            f"ORDER BY {id_column or 'rowid'}"
        )
        copied[table] = cursor.rowcount
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()
    return copied


def fetched_ms(statement: str, parameters, runs: int = 5) -> float:
    """The median time of running a statement and fetching all its rows (sqlite3 steps
    through the rows as they are fetched, so the execute alone says little)."""
    raw = db.engine.raw_connection()
    try:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            raw.cursor().execute(statement, parameters).fetchall()
            times.append((time.perf_counter() - started) * 1000)
        return sorted(times)[runs // 2]
    finally:
        raw.close()


def statements(slug: str, show_plans: bool) -> None:
    """Build the overview three times; list the last build's statements, times and plans."""
    app = create_app({"SCHEDULER_ENABLED": False})
    seen: list[tuple[str, object]] = []

    def after(conn, cursor, statement, parameters, context, executemany):
        if not statement.lstrip().upper().startswith("EXPLAIN"):
            seen.append((statement, parameters))

    with app.app_context(), app.test_request_context():
        event.listen(db.engine, "after_cursor_execute", after)
        forum = get_forum_by_slug(slug)
        for _ in range(3):
            seen.clear()
            started = time.perf_counter()
            overview = services.status_overview(forum, today(), local_tz())
            services.page_context(overview)
            spent = (time.perf_counter() - started) * 1000
            db.session.expunge_all()
            forum = get_forum_by_slug(slug)
        timed = [(fetched_ms(s, p), s, p) for s, p in seen]
        print(
            f"{slug}: {len(overview.rows)} rows, {len(overview.chart)} meetings in the chart, "
            f"{overview.change_count} changes; last build {spent:.1f} ms, {len(seen)} statements,"
            f" {sum(t[0] for t in timed):.1f} ms in them (each run again and fetched, median of 5)"
        )
        for spent, statement, parameters in timed:
            lines = plan(statement, parameters)
            print(f"{spent:7.2f} ms  {' '.join(statement.split())[:110]}")
            print(f"{'':12}{summary(lines)}")
            if show_plans:
                print("            " + "\n            ".join(lines))


def main() -> None:
    """List the statements of one forum's overview, or copy a forum (``--copy-forum``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slug", default="forum-10")
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--copy-forum", metavar="SOURCE_DATABASE_URL")
    parser.add_argument("--forum", type=int, default=10)
    parser.add_argument("--into", metavar="SQLITE_FILE")
    args = parser.parse_args()
    if args.copy_forum:
        source = args.copy_forum.removeprefix("sqlite:///")
        print(copy_forum(source, args.forum, args.into))
        return
    statements(args.slug, args.plans)


if __name__ == "__main__":
    main()
