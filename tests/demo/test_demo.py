"""The demo: the Lederforum meeting of 26 February 2025, as the README promises."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from tests import snapshots
from tracker.demo.services import DEMO_PASSWORD, LOGINS
from tracker.extensions import db
from tracker.models import Action, Attendance, Meeting, Person


def _run_demo(app):
    result = app.test_cli_runner().invoke(args=["demo", "--dates-as-written"])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def demo(app):
    """The demo the command loads, run for real once per worker and copied back after."""
    return snapshots.restore_or_build(("demo", "--dates-as-written"), lambda: _run_demo(app))


@pytest.fixture
def demo_run(app):
    """The command run now, for the tests of what it prints and does when run again."""
    return _run_demo(app)


def test_demo_prints_the_logins(demo_run):
    for login in LOGINS:
        assert login.email in demo_run.output
    assert DEMO_PASSWORD in demo_run.output


def test_demo_meeting_has_date_time_place_and_attendees(demo):
    meeting = db.session.scalar(select(Meeting))
    assert meeting.forum.name == "Lederforum"
    assert meeting.date == date(2025, 2, 26)
    assert meeting.start_time == time(8, 30)
    assert meeting.location == "Sønderø Rådhus, Tingstedet 1+2"
    attendances = meeting.attendances
    assert len(attendances) == 50
    absent = sorted(a.person.name for a in attendances if not a.present)
    assert absent == sorted(
        [
            "Christine Meinhardt Wille",
            "Line Hansen",
            "Hans Rasmussen",
            "Mads Korsgaard",
            "Morten Schneider Schlægelberger",
        ]
    )


def test_demo_agenda_item_with_case_number_summary_and_sections(demo):
    meeting = db.session.scalar(select(Meeting))
    (item,) = meeting.agenda_items
    assert (item.number, item.title, item.case_number) == (
        1,
        "Ledertrivsel og reformarbejde",
        "S2024-702",
    )
    assert "fokus på ledertrivsel og reformarbejde" in item.summary
    headings = {p.heading for p in item.points}
    assert {"Ledertrivsel", "Reformimplementering - faglig ledelse"} <= headings
    plenum = [p.text for p in item.points if p.heading == "Ledertrivsel" and p.kind == "plenum"]
    assert any("mødefri fredag" in text for text in plenum)


@pytest.mark.parametrize(
    "needle,words,start,end",
    [
        ("Seminar for Strategisk Chefforum", "primo marts", date(2025, 3, 1), date(2025, 3, 10)),
        ("Budgettemadag", "den 27. marts 2025", date(2025, 3, 27), date(2025, 3, 27)),
        ("Implementeringsstrategi", "i april/maj 2025", date(2025, 4, 1), date(2025, 5, 31)),
    ],
)
def test_demo_actions_have_the_minutes_deadlines(demo, needle, words, start, end):
    action = db.session.scalar(select(Action).where(Action.title.contains(needle)))
    assert action.deadline_text == words
    assert (action.due_start, action.due_end) == (start, end)
    assert action.owner is not None
    assert action.point is not None and action.agenda_item.case_number == "S2024-702"


def test_demo_has_at_least_eight_owned_actions_with_deadlines(demo):
    actions = db.session.scalars(select(Action)).all()
    assert len(actions) >= 8
    assert all(a.owner_id and a.deadline_text for a in actions)
    titles = " ".join(a.title for a in actions)
    assert "personalepolitik" in titles and "onboarding" in titles
    assert all(a.events and a.events[-1].kind == "created" for a in actions)


def test_demo_logins_work_and_chefs_own_actions(demo, client):
    chefs = [login for login in LOGINS if login.role == "member"]
    assert len(chefs) >= 2
    for login in chefs:
        person = db.session.scalar(select(Person).where(Person.email == login.email))
        assert person.check_password(DEMO_PASSWORD)
        owned = db.session.scalar(select(func.count()).where(Action.owner_id == person.id))
        assert owned >= 1, login.name


def test_demo_is_idempotent(app, demo_run):
    counts = [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (Meeting, Action, Person, Attendance)
    ]
    again = app.test_cli_runner().invoke(args=["demo", "--dates-as-written"])
    assert again.exit_code == 0 and "findes allerede" in again.output
    assert counts == [
        db.session.scalar(select(func.count()).select_from(m))
        for m in (Meeting, Action, Person, Attendance)
    ]


def test_demo_meeting_page_shows_everything(demo, client):
    chef = db.session.scalar(select(Person).where(Person.email == LOGINS[1].email))
    client.login(chef, DEMO_PASSWORD)
    meeting = db.session.scalar(select(Meeting))
    page = client.get(f"/moeder/{meeting.id}").get_data(as_text=True)
    for text in [
        "26. februar 2025",
        "08:30",
        "Sønderø Rådhus, Tingstedet 1+2",
        "50 på listen: 45 til stede, 5 fraværende",
        "Fravær",
        "Punkt 1: Ledertrivsel og reformarbejde",
        "S2024-702",
        "Sagens kerne",
        "Reformimplementering - faglig ledelse",
        "primo marts",
        "1.–10. marts 2025",
        "april/maj 2025",
        "Christine Meinhardt Wille",
    ]:
        assert text in page, text
