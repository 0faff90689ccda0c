"""Reminder benchmark: the weekly sweep for every person against plain smtplib, same run.

    python -m bench.reminders_bench   (on the database in DATABASE_URL, filled by bench.generate)

Both send to the same local aiosmtpd server. The sweep renders each digest, records it in the
outbox (committed before it is sent) and delivers it; plain smtplib sends the same number of
ready-made messages over one connection. The outbox is emptied afterwards.
"""

from __future__ import annotations

import resource
import smtplib
import time
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from sqlalchemy import delete, func, select

from bench.loadgen import free_port
from tracker import create_app
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.reminders.jobs import sweep


class Counter:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def plain_smtplib(port: int, messages: list[EmailMessage]) -> float:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as connection:
        for message in messages:
            connection.send_message(message)
    return time.perf_counter() - started


def main() -> None:
    handler = Counter()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    app = create_app({"SCHEDULER_ENABLED": False, "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": port})
    try:
        with app.app_context():
            db.session.execute(delete(OutboxMessage))
            db.session.commit()
            monday = datetime(2026, 1, 12, 7, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
            started = time.perf_counter()
            result = sweep("weekly", monday)
            sweep_seconds = time.perf_counter() - started
            sweep_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            sent = result.delivery.get("sent", 0)
            sample = db.session.scalars(select(OutboxMessage).limit(1)).first()
            size = db.session.scalar(select(func.avg(func.length(OutboxMessage.body_html))))
            messages = []
            for n in range(sent):
                message = EmailMessage()
                message["From"], message["To"] = "tracker@localhost", f"p{n}@bench.example"
                message["Subject"] = sample.subject
                message.set_content(sample.body_text)
                message.add_alternative(sample.body_html, subtype="html")
                messages.append(message)
            plain_seconds = plain_smtplib(port, messages)
            db.session.execute(delete(OutboxMessage))
            db.session.commit()
    finally:
        controller.stop()
    sweep_rate, plain_rate = sent / sweep_seconds, sent / plain_seconds
    print(
        f"digests sent by the sweep: {sent} ({len(result.created)} made), avg HTML {size:.0f} chars"
    )
    print(f"weekly sweep:  {sweep_seconds:7.2f} s  {sweep_rate:8.1f} messages/s")
    print(f"plain smtplib: {plain_seconds:7.2f} s  {plain_rate:8.1f} messages/s")
    print(f"ratio sweep/smtplib: {sweep_rate / plain_rate:.2f}")
    print(f"peak RSS of the process after the sweep: {sweep_peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
