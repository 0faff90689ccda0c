"""The shared list (/handlinger) query by query: each filter and sort timed, with its query plans.

    python -m bench.list_bench [--runs 5] [--plans]   (on the database in DATABASE_URL)

Calls tracker.actions.queries.list_actions in an app context (no HTTP, no templates), the
median of ``--runs`` calls per filter and sort, and names the indexes the database used for the
statements of the first call (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE).
``--plans`` prints the whole plans. Run it on two data sizes to see what grows, or load one
page from two databases in turns in one process:

    python -m bench.list_bench --side-by-side sqlite:///1x.db sqlite:///10x.db [--path /handlinger]

(any page: ``--path /fora/<slug>/status`` for the status overview; bench.status_bench copies one
forum into two databases, so that the same forum can be measured beside 1× and 10× the rest.)
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from datetime import date

from sqlalchemy import event, func, select

from tracker import create_app
from tracker.actions.queries import SORTS, ActionFilters, list_actions
from tracker.extensions import db
from tracker.models import Action, Meeting

TODAY = date(2026, 1, 15)  # bench.generate's "now"


def cases() -> dict[str, ActionFilters]:
    """The filters measured; every one with every sort."""
    meeting = db.session.scalar(select(func.max(Meeting.id)).where(Meeting.forum_id == 1))
    return {
        "alle": ActionFilters(),
        "forum=1": ActionFilters(forum=1),
        "status=aaben": ActionFilters(status="aaben"),
        "status=aaben&forum=1": ActionFilters(status="aaben", forum=1),
        "status=aaben&forum=10": ActionFilters(status="aaben", forum=10),
        "status=done&forum=1": ActionFilters(status="done", forum=1),
        "overdue": ActionFilters(overdue=True),
        "meeting": ActionFilters(meeting=meeting),
        "owner=2": ActionFilters(owner=2),
        "fra..til (1 month)": ActionFilters(due_from=date(2025, 3, 1), due_to=date(2025, 3, 31)),
        "side=10 (forum=1)": ActionFilters(forum=1, page=10),
    }


class Statements:
    """Collects the SQL statements run while it is active."""

    def __init__(self, engine):
        self.engine, self.seen, self.active = engine, [], False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany):
        if self.active and not statement.lstrip().upper().startswith("EXPLAIN"):
            self.seen.append((statement, parameters))


def plan(statement: str, parameters) -> list[str]:
    """The database's plan of one statement, one line per step."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        if db.engine.dialect.name == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            return [row[-1] for row in cursor.fetchall()]
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
        return [row[0] for row in cursor.fetchall()]
    finally:
        raw.close()


INDEX = re.compile(r"(?:USING (?:COVERING )?INDEX|Index (?:Only )?Scan(?: Backward)? using) (\w+)")


def summary(lines: list[str]) -> str:
    """Indexes used, and whether the database sorted or scanned a whole table."""
    found = sorted({m.group(1) for line in lines for m in INDEX.finditer(line)})
    flags = []
    if any("USE TEMP B-TREE FOR ORDER BY" in line or "Sort Method" in line for line in lines):
        flags.append("SORT")
    if any(line.strip() == "SCAN action" or "Seq Scan on action" in line for line in lines):
        flags.append("SCAN-TABLE")
    return ",".join(found + flags)


def side_by_side(urls: list[str], path: str, requests: int) -> None:
    """The page through Flask's test client on each database in turn, request by request."""
    from bench.generate import BENCH_PASSWORD

    clients = []
    for url in urls:
        client = create_app(
            {"SCHEDULER_ENABLED": False, "SQLALCHEMY_DATABASE_URI": url}
        ).test_client()
        page = client.get("/login").get_data(as_text=True)
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        form = {"csrf_token": token, "email": "person2@bench.example", "password": BENCH_PASSWORD}
        client.post("/login", data=form)
        for _ in range(5):
            assert client.get(path).status_code == 200  # warm
        clients.append(client)
    times: list[list[float]] = [[] for _ in urls]
    cpu: list[list[float]] = [[] for _ in urls]  # this process's CPU: less hit by other load
    for _ in range(requests):
        for client, spent, used in zip(clients, times, cpu, strict=True):
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(path)
            spent.append((time.perf_counter() - started) * 1000)
            used.append((time.process_time() - started_cpu) * 1000)
    print(f"{path}, {requests} requests each, in turns")
    first = None
    for url, spent, used in zip(urls, times, cpu, strict=True):
        spent.sort()
        p95 = spent[int(len(spent) * 0.95) - 1]
        figures = (statistics.median(spent), p95, statistics.median(used))
        first = first or figures
        ratio = " / ".join(f"{b / a:.2f}" for a, b in zip(first, figures, strict=True))
        print(
            f"  {url}: p50 {figures[0]:.1f} ms, p95 {figures[1]:.1f} ms, "
            f"CPU p50 {figures[2]:.1f} ms (÷ the first: {ratio})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--side-by-side", nargs="+", metavar="DATABASE_URL")
    parser.add_argument("--path", default="/handlinger?status=aaben&forum=1")
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    if args.side_by_side:
        side_by_side(args.side_by_side, args.path, args.requests)
        return
    app = create_app({"SCHEDULER_ENABLED": False})
    with app.app_context(), app.test_request_context():
        actions = db.session.scalar(select(func.count(Action.id)))
        print(f"{db.engine.dialect.name}, {actions:,} actions; median of {args.runs} calls, ms")
        collector = Statements(db.engine)
        print(f"{'filter':24} {'sort':10} {'ms':>7} {'rows':>5}  count | page (indexes, SORT)")
        for name, filters in cases().items():
            for sort in SORTS:
                filters.sort = sort
                collector.seen, collector.active = [], True
                page = list_actions(filters, TODAY)
                collector.active = False
                times = []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    list_actions(filters, TODAY)
                    times.append((time.perf_counter() - started) * 1000)
                    db.session.expunge_all()
                plans = [plan(s, p) for s, p in collector.seen[:2]]
                shown = f"{page.total}{'+' if page.more else ''}"
                print(
                    f"{name:24} {sort:10} {statistics.median(times):7.1f} {shown:>5}  "
                    + " | ".join(summary(lines) for lines in plans)
                )
                if args.plans:
                    for statement_plan in plans:
                        print("    " + "\n    ".join(statement_plan))


if __name__ == "__main__":
    main()
