"""``tracker scheduler`` whose reminder jobs take Tuesday 4 March 2025, 09:00 in Copenhagen as
now: mail goes out only in sending hours (a working day from the send time), so a test of real
scheduler processes sets the day rather than depending on the one it runs on (a Sunday sends
nothing). The lock keeps the real clock. ``python -m tests.clock_scheduler`` = the command."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tracker.scheduler import jobs

TUESDAY_MORNING = datetime(2025, 3, 4, 9, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))

if __name__ == "__main__":
    from tracker.cli import cli

    jobs.utcnow = lambda: TUESDAY_MORNING
    cli(["scheduler"], prog_name="tracker")
