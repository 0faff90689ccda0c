"""Generate ten years of forums, seeded and deterministic, straight into the database.

    python -m bench.generate [--scale 1.0] [--seed 2025]   (uses DATABASE_URL like the app)

At scale 1: 10 forums, 1,000 meetings, 5,000 people, 100,000 actions, 300,000 status notes,
and their history (one "created" row per action, one "note" row per status note, and the
status changes). Bench logins get the password in BENCH_PASSWORD.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, text

from tracker import create_app
from tracker.extensions import db
from tracker.models import (
    Action,
    ActionEvent,
    AgendaItem,
    Attendance,
    Forum,
    Meeting,
    Person,
    Point,
    StatusNote,
    action_co_owner,
)
from tracker.models.people import name_key

BENCH_PASSWORD = "bench-password-2025"
FORUMS = (
    "Lederforum",
    "Strategisk Chefforum",
    "Direktionen",
    "Kommunalbestyrelsen",
    "Økonomiudvalget",
    "Børne- og Ungeudvalget",
    "Social- og Sundhedsudvalget",
    "Teknik- og Miljøudvalget",
    "Hovedudvalget",
    "Beskæftigelsesudvalget",
)
FIRST = (
    "Anne",
    "Søren",
    "Mette",
    "Lars",
    "Helle",
    "Jens",
    "Karina",
    "Torben",
    "Charlotte",
    "Morten",
    "Line",
    "Åse",
    "Ole",
    "Gitte",
    "Mads",
    "Lone",
    "Peter",
    "Rikke",
    "Jan",
    "Dorthe",
)
LAST = (
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Grønvald",
)
TOPICS = (
    "budget",
    "ledertrivsel",
    "reformarbejde",
    "onboarding",
    "personalepolitik",
    "digitalisering",
    "klimaplan",
    "rekruttering",
    "arbejdsmiljø",
    "borgerinddragelse",
)
WORDS = (
    "primo marts",
    "ultimo april",
    "uge 20",
    "2. kvartal",
    "efteråret",
    "inden sommerferien",
    "april/maj",
    "medio juni",
    "løbende",
)
STATUSES = ("not_started", "in_progress", "done", "cancelled")
START = date(2016, 1, 1)


def _chunks(rows, size=5000):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _bulk(table, rows) -> None:
    for chunk in _chunks(rows):
        db.session.execute(insert(table), chunk)


def generate(scale: float = 1.0, seed: int = 2025) -> dict:
    """Fill an empty database; returns the counts."""
    rng = random.Random(seed)
    n_people, n_meetings = int(5000 * scale), max(10, int(1000 * scale))
    n_actions, n_notes = int(100_000 * scale), int(300_000 * scale)
    now = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
    from werkzeug.security import generate_password_hash

    password_hash = generate_password_hash(BENCH_PASSWORD)
    _bulk(
        Forum.__table__,
        [
            {"id": i + 1, "name": n, "slug": f"forum-{i + 1}", "created_at": now}
            for i, n in enumerate(FORUMS)
        ],
    )
    people = []
    for i in range(n_people):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1}"
        people.append(
            {
                "id": i + 1,
                "name": name,
                "name_key": name_key(name),
                "email": f"person{i + 1}@bench.example",
                "role": "secretary" if i == 0 else "member",
                "active": True,
                "language": "da",
                "password_hash": password_hash if i < 50 else None,
                "auth_version": 1,
                "digest_enabled": True,
                "deadline_reminders_enabled": True,
                "created_at": now,
            }
        )
    _bulk(Person.__table__, people)
    meetings, items, points, attendance = [], [], [], []
    span = (date(2025, 12, 31) - START).days
    for m in range(n_meetings):
        forum = m % len(FORUMS) + 1
        day = START + timedelta(days=int(span * m / n_meetings))
        meetings.append(
            {
                "id": m + 1,
                "forum_id": forum,
                "title": f"{FORUMS[forum - 1]} {day:%d-%m-%Y}",
                "date": day,
                "start_time": None,
                "location": "Rådhuset",
                "status": "held",
                "created_at": now,
            }
        )
        for number in (1, 2):
            item_id = m * 2 + number
            items.append(
                {
                    "id": item_id,
                    "meeting_id": m + 1,
                    "number": number,
                    "kind": "normal",
                    "title": f"{rng.choice(TOPICS).capitalize()} og opfølgning",
                    "case_number": f"S{day.year}-{item_id}",
                    "summary": "Sagens kerne. " * 5,
                    "decision": "Beslutning. " * 5,
                }
            )
            for p in range(3):
                points.append(
                    {
                        "id": item_id * 3 + p,
                        "agenda_item_id": item_id,
                        "heading": None,
                        "text": f"Lederforum fremhævede punkt {p + 1} om {rng.choice(TOPICS)}.",
                        "kind": "plenum",
                        "position": p,
                    }
                )
        for position, person in enumerate(rng.sample(range(1, n_people + 1), 12)):
            attendance.append(
                {
                    "meeting_id": m + 1,
                    "person_id": person,
                    "present": rng.random() > 0.1,
                    "position": position,
                }
            )
    _bulk(Meeting.__table__, meetings)
    _bulk(AgendaItem.__table__, items)
    _bulk(Point.__table__, points)
    _bulk(Attendance.__table__, attendance)
    actions, co_owners, events = [], [], []
    by_forum = {f: [m for m in meetings if m["forum_id"] == f] for f in range(1, len(FORUMS) + 1)}
    for a in range(n_actions):
        # The last forum is the small one: 1 % of the actions (1,000 at scale 1).
        forum = len(FORUMS) if a % 100 == 0 else a % (len(FORUMS) - 1) + 1
        pool = by_forum[forum]
        meeting = pool[(a * len(pool)) // n_actions]
        item_id = (meeting["id"] - 1) * 2 + 1 + a % 2
        due_start = meeting["date"] + timedelta(days=rng.randint(10, 200))
        due_end = due_start + timedelta(days=rng.choice((0, 6, 9, 30, 60, 90)))
        age = (date(2025, 12, 31) - meeting["date"]).days
        status = rng.choices(STATUSES, weights=(1, 1, 6, 1) if age > 400 else (4, 4, 2, 1))[0]
        created = datetime.combine(meeting["date"], datetime.min.time(), tzinfo=UTC) + timedelta(
            hours=12
        )
        actions.append(
            {
                "id": a + 1,
                "title": f"{rng.choice(TOPICS).capitalize()}: handling {a + 1}",
                "description": None,
                "forum_id": meeting["forum_id"],
                "meeting_id": meeting["id"],
                "agenda_item_id": item_id,
                "point_id": item_id * 3 + a % 3,
                "owner_id": rng.randint(1, n_people),
                "deadline_text": rng.choice(WORDS),
                "due_start": due_start,
                "due_end": due_end,
                "deadline_precision": "period",
                "status": status,
                "closed_at": created + timedelta(days=rng.randint(5, 300))
                if status in ("done", "cancelled")
                else None,
                "created_at": created,
                "updated_at": created,
                "version": 1,
                "created_by_id": 1,
                "updated_by_id": 1,
            }
        )
        if rng.random() < 0.2:
            co_owners.append({"action_id": a + 1, "person_id": rng.randint(1, n_people)})
        events.append(
            {
                "action_id": a + 1,
                "actor_id": 1,
                "created_at": created,
                "kind": "created",
                "field": None,
                "old_value": None,
                "new_value": actions[-1]["title"],
            }
        )
        if status != "not_started":
            events.append(
                {
                    "action_id": a + 1,
                    "actor_id": actions[-1]["owner_id"],
                    "created_at": created,
                    "kind": "changed",
                    "field": "status",
                    "old_value": "not_started",
                    "new_value": status,
                }
            )
    co_owners = list(
        {
            (r["action_id"], r["person_id"]): r
            for r in co_owners
            if r["person_id"] != actions[r["action_id"] - 1]["owner_id"]
        }.values()
    )
    _bulk(Action.__table__, actions)
    _bulk(action_co_owner, co_owners)
    notes = []
    for n in range(n_notes):
        action = actions[rng.randrange(n_actions)]
        at = action["created_at"] + timedelta(days=rng.randint(1, 200))
        notes.append(
            {
                "action_id": action["id"],
                "author_id": action["owner_id"],
                "created_at": at,
                "text": f"Status {n + 1}: arbejdet skrider frem, næste skridt er aftalt.",
                "status_from": None,
                "status_to": None,
            }
        )
        events.append(
            {
                "action_id": action["id"],
                "actor_id": action["owner_id"],
                "created_at": at,
                "kind": "note",
                "field": None,
                "old_value": None,
                "new_value": notes[-1]["text"],
            }
        )
    _bulk(StatusNote.__table__, notes)
    _bulk(ActionEvent.__table__, events)
    db.session.commit()
    if db.engine.dialect.name == "postgresql":  # ids were given explicitly: move the sequences on
        for table in ("forum", "person", "meeting", "agenda_item", "point", "action"):
            db.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            )
        db.session.execute(text("ANALYZE"))
    else:
        db.session.execute(text("ANALYZE"))
    db.session.commit()
    return {
        "forums": len(FORUMS),
        "meetings": n_meetings,
        "people": n_people,
        "actions": n_actions,
        "status_notes": n_notes,
        "history": len(events),
        "co_owners": len(co_owners),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    app = create_app({"SCHEDULER_ENABLED": False})
    with app.app_context():
        db.drop_all()
        db.create_all()
        started = time.perf_counter()
        counts = generate(args.scale, args.seed)
        # Statistics for the planner, as PostgreSQL's autovacuum keeps them and as a SQLite
        # installation gets them from ANALYZE or PRAGMA optimize (bench/README.md, shared list).
        db.session.execute(text("ANALYZE"))
        db.session.commit()
        print(f"{counts} in {time.perf_counter() - started:.1f} s on {db.engine.dialect.name}")


if __name__ == "__main__":
    main()
