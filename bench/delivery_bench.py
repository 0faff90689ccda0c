"""Delivery in parallel: ``tracker reminders deliver --workers N`` for 1, 2 and 4 workers.

    DATABASE_URL=postgresql://... python -m bench.delivery_bench [--emails 1000] [--delay-ms 20]

A local aiosmtpd server in its own process takes ``--delay-ms`` per message (a realistic relay;
it serves every connection at once). For each number of workers the outbox gets ``--emails``
fresh pending emails, the command sends them, and the run is timed from start to exit
(process start-up included). The server checks that every Message-ID arrived exactly once.
The outbox is emptied afterwards. Needs PostgreSQL (SKIP LOCKED); the tables are made if absent.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, insert, select

from bench.loadgen import free_port
from tracker import create_app
from tracker.extensions import db
from tracker.models import OutboxMessage


def _serve(port: int, delay: float, stop, results) -> None:
    from aiosmtpd.controller import Controller

    seen: list[str] = []

    class Slow:
        async def handle_DATA(self, server, session, envelope):
            await asyncio.sleep(delay)
            for line in envelope.content.split(b"\r\n"):
                if line.lower().startswith(b"message-id:"):
                    seen.append(line.split(b":", 1)[1].strip().decode())
                    break
            return "250 Message accepted"

    controller = Controller(Slow(), hostname="127.0.0.1", port=port)
    controller.start()
    stop.wait()
    controller.stop()
    results.put(seen)


def fill(n: int, round_no: int) -> None:
    """``n`` pending emails due now, with Message-IDs unique to this round."""
    db.session.execute(delete(OutboxMessage))
    now = datetime.now(UTC) - timedelta(minutes=1)
    db.session.execute(
        insert(OutboxMessage),
        [
            {
                "key": f"bench:{round_no}:{i}",
                "kind": "weekly",
                "to_address": f"person{i}@bench.example",
                "subject": "Dine handlinger",
                "body_text": "Hej\n\n" + "En handling med frist ultimo marts.\n" * 20,
                "body_html": "<p>Hej</p>" + "<p>En handling med frist ultimo marts.</p>" * 20,
                "message_id": f"<{round_no}.{i}@bench.example>",
                "state": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
            for i in range(n)
        ],
    )
    db.session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument("--delay-ms", type=float, default=20)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    app = create_app({"SCHEDULER_ENABLED": False})
    rows = []
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            sys.exit("Parallel levering kræver PostgreSQL: sæt DATABASE_URL=postgresql://...")
        db.create_all()
        for round_no, workers in enumerate(int(w) for w in args.workers.split(",")):
            port = free_port()
            stop, results = mp.Event(), mp.Queue()
            server = mp.Process(target=_serve, args=(port, args.delay_ms / 1000, stop, results))
            server.start()
            time.sleep(1)
            fill(args.emails, round_no)
            env = {**os.environ, "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(port)}
            env["SCHEDULER_ENABLED"] = "0"
            command = [sys.executable, "-m", "tracker.cli", "reminders", "deliver"]
            started = time.perf_counter()
            done = subprocess.run(
                [*command, "--workers", str(workers)], env=env, capture_output=True, text=True
            )
            seconds = time.perf_counter() - started
            stop.set()
            seen = results.get(timeout=30)
            server.join()
            db.session.expire_all()
            sent = db.session.scalar(select(func.count()).where(OutboxMessage.state == "sent"))
            twice = sum(1 for n in Counter(seen).values() if n > 1)
            rows.append((workers, seconds, sent, len(seen), twice, done.stdout.strip()))
        db.session.execute(delete(OutboxMessage))
        db.session.commit()
    print(
        f"{args.emails} emails, the server takes {args.delay_ms:g} ms per message; "
        f"{os.cpu_count()} cores"
    )
    print(
        f"{'workers':>7} {'seconds':>8} {'msg/s':>7} {'speed-up':>8} {'sent':>5} "
        f"{'received':>8} {'twice':>5}"
    )
    base = rows[0][1]
    for workers, seconds, sent, received, twice, _out in rows:
        print(
            f"{workers:7d} {seconds:8.2f} {args.emails / seconds:7.1f} {base / seconds:8.2f} "
            f"{sent:5d} {received:8d} {twice:5d}"
        )


if __name__ == "__main__":
    main()
