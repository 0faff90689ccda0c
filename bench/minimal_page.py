"""The honest limit of this stack: the same /mine HTML from plain sqlite3 and Jinja2.

    python -m bench.minimal_page [--seconds 10] [--clients 2]   (SQLite in TRACKER_INSTANCE_DIR
    or DATABASE_URL=sqlite:///..., filled by python -m bench.generate)

``application`` is a bare WSGI app: no Flask, no ORM, no forms, no login. For ``/mine?person=ID``
it runs three SQL statements (the person; their open actions, owned or co-owned, overdue first,
with forum and meeting; each one's newest note) and renders the app's own templates
(templates/actions/mine.html with base.html and _macros.html) with a plain Jinja2 environment,
Danish, the same filters. ``main`` serves it and the app with gunicorn (2 sync workers each) side
by side, checks the two pages are the same HTML for the same person, then loads the app's
/mine, an action page and the minimal page in turns, twice, and prints each as a ratio of the
minimal page.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sqlite3
import subprocess
import sys
import urllib.request
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape

from bench.generate import BENCH_PASSWORD
from bench.loadgen import free_port, login, run, wait_for
from tracker import rules  # pure: the page's rules without Flask or SQLAlchemy
from tracker.deadlines import format_date

ROOT = Path(__file__).resolve().parent.parent
ZONE = ZoneInfo(os.environ.get("TRACKER_TIMEZONE", "Europe/Copenhagen"))
STATUS = {
    "not_started": "Ikke startet",
    "in_progress": "I gang",
    "done": "Udført",
    "cancelled": "Annulleret",
}
UI = {"overdue": "Overskredet", "ongoing": "løbende, ingen slutdato", "no_deadline": "Ingen frist"}
ROUTES = {
    "main.index": "/",
    "actions.mine": "/mine",
    "actions.index": "/handlinger",
    "meetings.forums": "/fora",
    "auth.settings": "/indstillinger",
    "auth.logout": "/logout",
}
ACTIONS = """
SELECT a.id, a.title, a.owner_id, a.deadline_text, a.due_start, a.due_end, a.status,
       f.name, m.id, m.title
FROM action a JOIN forum f ON f.id = a.forum_id LEFT JOIN meeting m ON m.id = a.meeting_id
WHERE a.id IN (SELECT id FROM action WHERE owner_id = :p
               UNION SELECT action_id FROM action_co_owner WHERE person_id = :p)
  AND a.status IN ('not_started', 'in_progress')
ORDER BY CASE WHEN a.due_end < :today THEN 0 WHEN a.due_end <= :soon THEN 1 ELSE 2 END,
         a.due_end IS NULL, a.due_end, a.id
"""
NOTES = """
SELECT action_id, created_at, text FROM status_note WHERE id IN (
  SELECT max(id) FROM status_note WHERE action_id IN ({}) GROUP BY action_id)
"""


def database_path() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        if not url.startswith("sqlite:///"):
            sys.exit("Den minimale side læser kun SQLite (sqlite:///...).")
        return url.removeprefix("sqlite:///")
    return str(Path(os.environ.get("TRACKER_INSTANCE_DIR", ROOT / "instance")) / "tracker.db")


def url_for(endpoint: str, **values) -> str:
    if endpoint == "static":
        return f"/static/{values['filename']}"
    if endpoint == "actions.action":
        return f"/handlinger/{values['action_id']}"
    if endpoint == "meetings.meeting":
        return f"/moeder/{values['meeting_id']}"
    path = ROUTES[endpoint]
    return path + ("?fane=" + values["fane"] if "fane" in values else "")


def long_date(value) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        # SQLite keeps the app's UTC moments without their zone: a note written at 23:30 UTC
        # is the next day in Copenhagen, as the app shows it.
        value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(ZONE).date()
    return format_date(value, "da")  # tracker.deadlines: the one Danish date formatter


def _environment() -> Environment:
    from tracker.deadlines import format_range  # a pure function of two dates and Babel

    env = Environment(
        loader=FileSystemLoader(ROOT / "templates"),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
    )
    env.install_null_translations(newstyle=True)  # Danish is the templates' own language
    env.filters.update(
        long_date=long_date,
        status_label=lambda key: STATUS.get(key, key),
        ui_label=lambda key: UI.get(key, key),
    )
    env.globals.update(
        url_for=url_for,
        csrf_token=lambda: "",
        get_flashed_messages=lambda with_categories=False: [],
        current_locale="da",
        date_range=lambda start, end: format_range(start, end, "da") if start and end else "",
    )
    return env


class Row(SimpleNamespace):
    def is_overdue(self, today: date) -> bool:
        return self.due_end is not None and self.due_end < today

    def days_over(self, today: date) -> int:
        return rules.days_overdue(self.due_end, today) if self.is_overdue(today) else 0

    @property
    def deadline_note(self) -> str:
        # The statement reads no precision, as before: words naming no period read "ongoing".
        return rules.deadline_note(self.deadline_text, self.due_start, self.due_end, None)


def _day(value):
    return date.fromisoformat(value) if value else None


def mine(connection: sqlite3.Connection, env: Environment, person_id: int) -> str:
    today = datetime.now(ZONE).date()
    person = connection.execute("SELECT id, name FROM person WHERE id = ?", (person_id,)).fetchone()
    soon = date.fromordinal(today.toordinal() + 14)
    rows = connection.execute(
        ACTIONS, {"p": person_id, "today": today.isoformat(), "soon": soon.isoformat()}
    ).fetchall()
    actions = [
        Row(
            id=r[0],
            title=r[1],
            owner_id=r[2],
            deadline_text=r[3],
            due_start=_day(r[4]),
            due_end=_day(r[5]),
            status=r[6],
            forum=SimpleNamespace(name=r[7]),
            meeting=SimpleNamespace(id=r[8], title=r[9]) if r[8] else None,
        )
        for r in rows
    ]
    notes = {}
    if actions:
        marks = ",".join("?" * len(actions))
        for action_id, created_at, text in connection.execute(
            NOTES.format(marks), [a.id for a in actions]
        ):
            notes[action_id] = SimpleNamespace(created_at=created_at, text=text)
    overdue = sum(1 for a in actions if a.is_overdue(today))
    soon_count = sum(1 for a in actions if a.due_end and today <= a.due_end <= soon)
    user = SimpleNamespace(id=person[0], name=person[1], is_authenticated=True, is_secretary=False)
    data = SimpleNamespace(
        actions=actions, notes=notes, overdue=overdue, soon=soon_count, total=len(actions)
    )
    template = env.get_template("actions/mine.html")
    paths = {"action": "/handlinger/", "meeting": "/moeder/"}
    return template.render(data=data, closed=False, current_user=user, today=today, paths=paths)


_state: dict = {}


def application(environ, start_response):
    """WSGI: GET /mine?person=ID."""
    if "connection" not in _state:  # one per worker process, opened after gunicorn's fork
        _state["connection"] = sqlite3.connect(database_path(), check_same_thread=False)
        _state["env"] = _environment()
    query = parse_qs(environ.get("QUERY_STRING", ""))
    if environ.get("PATH_INFO") != "/mine" or not query.get("person", [""])[0].isdigit():
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    body = mine(_state["connection"], _state["env"], int(query["person"][0])).encode()
    start_response(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]


def _gunicorn(app: str, port: int, env: dict) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}"]
    command += ["--config", "python:tracker.gunicorn_conf"]  # both as served (gc frozen)
    return subprocess.Popen([*command, "--log-level", "warning", app], env=env, cwd=ROOT)


def _get(port: int, path: str, cookie: str = "") -> str:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Cookie": cookie})
    return urllib.request.urlopen(request, timeout=30).read().decode()


def _normal(html: str) -> str:
    html = re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token" value=""', html)
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--person", type=int, default=2)
    args = parser.parse_args()
    env = {**os.environ, "SCHEDULER_ENABLED": "0"}
    app_port, minimal_port = free_port(), free_port()
    servers = [
        _gunicorn("tracker:create_app()", app_port, env),
        _gunicorn("bench.minimal_page:application", minimal_port, env),
    ]
    try:
        wait_for(app_port, "/healthz")
        wait_for(minimal_port, f"/mine?person={args.person}")
        cookie = login(app_port, f"person{args.person}@bench.example", BENCH_PASSWORD)
        app_html = _normal(_get(app_port, "/mine", cookie))
        minimal_html = _normal(_get(minimal_port, f"/mine?person={args.person}"))
        same = difflib.SequenceMatcher(None, app_html, minimal_html).ratio()
        action = re.search(r'href="(/handlinger/\d+)"', app_html).group(1)
        cards = app_html.count('class="card')
        print(
            f"/mine for person {args.person}: app {len(app_html):,} characters, minimal "
            f"{len(minimal_html):,}, {'identical' if app_html == minimal_html else 'similar'} "
            f"({same:.3f}); {cards} cards"
        )
        pages = {
            "minimal": (minimal_port, f"/mine?person={args.person}", [""]),
            "app /mine": (app_port, "/mine", [cookie]),
            "app action": (app_port, action, [cookie]),
        }
        for port, path, cookies in pages.values():
            run(port, path, cookies, 1, args.clients)  # warm up
        rounds = {name: [] for name in pages}
        for _ in range(2):
            for name, (port, path, cookies) in pages.items():
                rounds[name].append(run(port, path, cookies, args.seconds / 2, args.clients))
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
    base = sum(r["rps"] for r in rounds["minimal"]) / 2
    print(f"{'page':12} {'req/s':>8} {'÷ minimal':>9} {'p50 ms':>7} {'p95 ms':>7}  (2 rounds)")
    for name, results in rounds.items():
        rps = sum(r["rps"] for r in results) / 2
        p50 = sum(r["p50_ms"] for r in results) / 2
        p95 = sum(r["p95_ms"] for r in results) / 2
        print(f"{name:12} {rps:8.1f} {rps / base:9.2f} {p50:7.1f} {p95:7.1f}")


if __name__ == "__main__":
    main()
