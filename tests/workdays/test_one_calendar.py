"""One calendar: the local day and "may we mail this person now" each have one home in the pure
core (tracker.workdays); a second copy written elsewhere fails here, before it can disagree."""

from __future__ import annotations

import re
from pathlib import Path

TRACKER = Path(__file__).parents[2] / "tracker"
HOME = TRACKER / "workdays"

# The local day by hand: astimezone(...).date() or now(zone).date() (days.local_day's job).
LOCAL_DAY = re.compile(r"(astimezone|\.now)\([^()]*(\([^()]*\)[^()]*)*\)\s*\.date\(\)")
# The absence read for mail (absence.away_at / mailable's job): a date compared with it.
ABSENCE = re.compile(r"is_absent\(|away_at\(|absent_until\s*[<>]")
# Who reads the absence besides the rule: the model's display door (the action page's
# "Fraværende") and the digest's stand-in section (who is away, not whom to mail).
ABSENCE_READERS = {"models/people.py", "reminders/weekly.py", "rules.py"}


def _sources():
    for path in sorted(TRACKER.rglob("*.py")):
        if HOME not in path.parents:
            yield path.relative_to(TRACKER).as_posix(), path.read_text(encoding="utf-8")


def test_the_local_day_is_worked_out_in_one_place():
    copies = [name for name, text in _sources() if LOCAL_DAY.search(text)]
    assert copies == [], "use tracker.workdays.days.local_day (or schedule.day_of)"


def test_only_the_calendar_decides_whether_an_absence_stops_mail():
    readers = {name for name, text in _sources() if ABSENCE.search(text)}
    assert readers <= ABSENCE_READERS, "ask tracker.workdays.absence.mailable (Person.mailable)"
