"""The demo as `make run` loads it: the sample referat moved to a recent date (whole weeks),
deadlines and notes with it, the next meeting ahead, and a living mix of done, in progress
and overdue actions."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tests import snapshots
from tracker.deadlines import parse_deadline
from tracker.demo.services import DEMO_PASSWORD, LOGINS, WRITTEN_DATE
from tracker.demo.shift import recent_shift, shift_deadline, shift_to
from tracker.extensions import db
from tracker.models import Action, Attendance, Meeting, Person, StatusNote

TODAY = date(2026, 12, 1)  # a Tuesday
OPEN = ("not_started", "in_progress")


def run_demo(app, today=TODAY):
    result = app.test_cli_runner().invoke(args=["demo", "--today", today.isoformat()])
    assert result.exit_code == 0, result.output
    return result


def copied_demo(app, today=TODAY):
    """``run_demo``'s data and output, run for real once per worker and copied back after."""
    return snapshots.restore_or_build(("demo", "--today", today), lambda: run_demo(app, today))


@pytest.fixture
def shifted(app):
    """The shifted demo's data, for the tests of what it loads."""
    return copied_demo(app)


@pytest.fixture
def shifted_run(app):
    """The command run now, for the tests of what it prints and does when run again."""
    return run_demo(app)


def held() -> Meeting:
    return db.session.scalar(select(Meeting).where(Meeting.status == "held"))


@pytest.mark.parametrize(
    "today", [TODAY, date(2026, 7, 15), date(2027, 3, 1), date(2026, 2, 28), date(2030, 1, 6)]
)
def test_meeting_on_the_same_weekday_3_to_6_weeks_back_in_whole_weeks(today):
    shift = recent_shift(WRITTEN_DATE, today)
    assert shift.shown.weekday() == WRITTEN_DATE.weekday() == 2  # a Wednesday
    assert shift.days % 7 == 0
    assert 21 <= (today - shift.shown).days < 42
    # the deadlines keep their words' kind and land after the meeting, none far overdue
    for words in ("primo marts", "den 27. marts 2025", "i april/maj 2025", "2. kvartal 2025"):
        moved = shift_deadline(parse_deadline(words, WRITTEN_DATE), shift)
        assert moved.end >= shift.shown and (today - moved.end).days < 60, (words, moved)
        assert parse_deadline(moved.text, shift.shown) == moved


def test_words_name_the_moved_dates():
    shift = shift_to(WRITTEN_DATE, date(2026, 10, 28))
    moved = {
        w: shift_deadline(parse_deadline(w, WRITTEN_DATE), shift).text
        for w in ("primo marts", "den 27. marts 2025", "uge 20 2025", "løbende 2025")
    }
    assert moved == {
        "primo marts": "primo november 2026",
        "den 27. marts 2025": "26. november 2026",  # a Thursday, as 27 March 2025
        "uge 20 2025": "uge 2 2027",
        "løbende 2025": "løbende 2026",
    }
    with pytest.raises(ValueError):
        shift_to(WRITTEN_DATE, date(2026, 10, 29))


def test_output_names_the_shift(shifted_run):
    meeting = held()
    assert meeting.date == recent_shift(WRITTEN_DATE, TODAY).shown == date(2026, 10, 28)
    output = shifted_run.output
    assert "Datoerne er flyttet: mødet fra 26. februar 2025 til 28. oktober 2026" in output
    assert "87 uger senere, samme ugedag" in output
    assert "næste møde er planlagt til 16. december 2026" in output
    assert meeting.title == "Lederforum 28. oktober 2026"
    for login in LOGINS:
        assert login.email in output


def test_same_content_as_the_referat(shifted):
    meeting = held()
    assert len(meeting.attendances) == 50
    assert sum(not a.present for a in meeting.attendances) == 5
    (item,) = meeting.agenda_items
    assert (item.title, item.case_number) == ("Ledertrivsel og reformarbejde", "S2024-702")
    assert db.session.scalar(select(func.count()).select_from(Action)) == 10


def test_next_meeting_planned_a_few_weeks_ahead(shifted):
    planned = db.session.scalars(select(Meeting).where(Meeting.status == "planned")).all()
    assert len(planned) == 1
    (nxt,) = planned
    assert 7 <= (nxt.date - TODAY).days <= 35 and nxt.date.weekday() == held().date.weekday()
    assert nxt.location == held().location and len(nxt.attendances) == 50


def test_a_living_mix_of_done_in_progress_and_overdue(shifted):
    actions = db.session.scalars(select(Action)).all()
    open_ = [a for a in actions if a.status in OPEN]
    overdue = [a for a in open_ if a.due_end and a.due_end < TODAY]
    done = [a for a in actions if a.status == "done"]
    in_progress = [a for a in actions if a.status == "in_progress"]
    assert 1 <= len(overdue) <= len(actions) // 2
    assert len(done) >= 2 and len(in_progress) >= 3
    assert all((TODAY - a.due_end).days <= 60 for a in overdue)
    assert all(
        a.due_start is None or a.due_end is None or a.due_end >= held().date for a in actions
    )
    assert any(a.due_end and a.due_end > TODAY for a in open_)


def test_notes_and_history_in_the_weeks_after_the_meeting(shifted):
    meeting = held()
    start = meeting.date
    for note in db.session.scalars(select(StatusNote)):
        day = note.created_at.date()
        assert start < day < TODAY, (note.text, day)
    for action in db.session.scalars(select(Action)):
        assert action.created_at.date() == start
        assert all(start <= e.created_at.date() < TODAY for e in action.events)
        if action.status == "done":
            assert start < action.closed_at.date() < TODAY


def test_running_twice_is_idempotent_even_days_later(app, shifted_run):
    models = (Meeting, Action, Person, Attendance, StatusNote)
    counts = [db.session.scalar(select(func.count()).select_from(m)) for m in models]
    for later in (TODAY, TODAY + timedelta(days=9)):
        again = run_demo(app, later)
        assert "findes allerede" in again.output and "flyttet" not in again.output
        assert "Lederforum 28. oktober 2026" in again.output
    assert counts == [db.session.scalar(select(func.count()).select_from(m)) for m in models]


def test_make_run_flow_status_overview_looks_alive(app, client):
    # `make run`: the schema (here from the app fixture), `tracker demo`, then the pages (what
    # the command prints is test_output_names_the_shift's)
    copied_demo(app)
    secretary = db.session.scalar(select(Person).where(Person.email == LOGINS[0].email))
    client.login(secretary, DEMO_PASSWORD)
    page = client.get("/fora/lederforum/status").get_data(as_text=True)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "28. oktober 2026" in text
    assert "Overskred" in text and "I gang" in text and "Udført" in text
    assert "primo november 2026 (1.–10. november 2026)" in text  # the seminar, overdue
    overdue = re.search(r"(\d+) dage? overskredet|overskredet (\d+) dage?", text)
    assert overdue is None or int(overdue.group(1) or overdue.group(2)) <= 60


def test_dates_as_written_keep_february_2025(app):
    result = app.test_cli_runner().invoke(args=["demo", "--dates-as-written"])
    assert result.exit_code == 0 and "flyttet" not in result.output
    assert held().date == WRITTEN_DATE
    assert db.session.scalar(select(func.count()).where(Meeting.status == "planned")) == 0


def test_a_bad_today_is_refused_in_danish(app):
    result = app.test_cli_runner().invoke(args=["demo", "--today", "tirsdag"])
    assert result.exit_code == 2 and "er ikke en dato" in result.output
