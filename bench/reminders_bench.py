"""Reminder benchmark: the weekly sweep for every person against plain smtplib, same run.

    python -m bench.reminders_bench   (on the database in DATABASE_URL, filled by bench.generate)

Both send to the same local aiosmtpd server, which runs in this process; the sweep and plain
smtplib each run in a process of their own, one after the other, so each one's peak RSS is its
own (``os.wait4``: the child's ``ru_maxrss``). The sweep renders each digest, records it in the
outbox (committed before it is sent) and delivers it, as ``tracker reminders run --kind weekly``
does; plain smtplib sends the same number of ready-made messages (made before the clock starts)
over one connection. The outbox is emptied before and afterwards: run it on a copy of a database
that others read.
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from sqlalchemy import delete, func, select

from bench.loadgen import free_port

MONDAY = datetime(2026, 1, 12, 7, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


class Counter:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def _app(port: int):
    from tracker import create_app

    return create_app({"SCHEDULER_ENABLED": False, "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": port})


def sweep_child(port: int, out: str) -> None:
    """In its own process: the weekly sweep, timed; its figures as JSON in ``out``."""
    from tracker.scheduler.jobs import sweep

    with _app(port).app_context():
        started = time.perf_counter()
        result = sweep("weekly", MONDAY)
        seconds = time.perf_counter() - started
    with open(out, "w") as file:
        made = result.made if hasattr(result, "made") else len(result.created)  # (before 16)
        json.dump({"seconds": seconds, "sent": result.delivery.get("sent", 0), "made": made}, file)


def smtplib_child(port: int, sample: str, out: str) -> None:
    """In its own process: ``count`` ready-made copies of the sample sent over one connection."""
    with open(sample) as file:
        data = json.load(file)
    messages = []
    for n in range(data["count"]):
        message = EmailMessage()
        message["From"], message["To"] = "tracker@localhost", f"p{n}@bench.example"
        message["Subject"] = data["subject"]
        message.set_content(data["text"])
        message.add_alternative(data["html"], subtype="html")
        messages.append(message)
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as connection:
        for message in messages:
            connection.send_message(message)
    with open(out, "w") as file:
        json.dump({"seconds": time.perf_counter() - started}, file)


def _run(*args: str) -> tuple[dict, int]:
    """Run this module as a child with ``args``; its JSON figures (with its CPU seconds) and its
    peak RSS in KiB."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as file:
        out = file.name
    process = subprocess.Popen([sys.executable, "-m", "bench.reminders_bench", *args, out])
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{args[0]} failed ({process.returncode})")
    with open(out) as file:
        figures = json.load(file)
    os.unlink(out)
    figures["cpu"] = usage.ru_utime + usage.ru_stime  # the whole process, start-up included
    return figures, usage.ru_maxrss  # KiB on Linux


def _empty_outbox(app) -> None:
    from tracker.extensions import db
    from tracker.models import OutboxMessage

    with app.app_context():
        db.session.execute(delete(OutboxMessage))
        db.session.commit()


def main() -> None:
    handler = Counter()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    app = _app(port)
    try:
        from tracker.extensions import db
        from tracker.models import OutboxMessage

        _empty_outbox(app)
        swept, sweep_peak = _run("--sweep", str(port))
        sent = swept["sent"]
        with app.app_context():
            sample_row = db.session.scalars(select(OutboxMessage).limit(1)).first()
            size = db.session.scalar(select(func.avg(func.length(OutboxMessage.body_html))))
            sample = {
                "count": sent,
                "subject": sample_row.subject,
                "text": sample_row.body_text,
                "html": sample_row.body_html,
            }
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
            json.dump(sample, file)
        plain, plain_peak = _run("--smtplib", str(port), file.name)
        os.unlink(file.name)
        _empty_outbox(app)
    finally:
        controller.stop()
    sweep_rate, plain_rate = sent / swept["seconds"], sent / plain["seconds"]
    print(f"digests sent by the sweep: {sent} ({swept['made']} made), avg HTML {size:.0f} chars")
    print(
        f"weekly sweep:  {swept['seconds']:7.2f} s  {sweep_rate:8.1f} messages/s"
        f"  (process CPU {swept['cpu']:.1f} s)"
    )
    print(
        f"plain smtplib: {plain['seconds']:7.2f} s  {plain_rate:8.1f} messages/s"
        f"  (process CPU {plain['cpu']:.1f} s, making its messages included)"
    )
    print(f"ratio sweep/smtplib: {sweep_rate / plain_rate:.2f}")
    print(f"peak RSS of the sweep process: {sweep_peak / 1024:.0f} MiB")
    print(f"peak RSS of the smtplib process (with its ready messages): {plain_peak / 1024:.0f} MiB")
    print(f"received by the server: {handler.count}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", nargs=2, metavar=("PORT", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--smtplib", nargs=3, metavar=("PORT", "SAMPLE", "OUT"), help=argparse.SUPPRESS
    )
    options = parser.parse_args()
    if options.sweep:
        sweep_child(int(options.sweep[0]), options.sweep[1])
    elif options.smtplib:
        smtplib_child(int(options.smtplib[0]), options.smtplib[1], options.smtplib[2])
    else:
        main()
