"""Mail at the right time: nothing on a weekend, a public holiday or a closed day, nor before the
send time; what falls then comes at the next working day's send time, password resets at once.
Against a real SMTP server (tests/smtp.py), over simulated days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.factories import make_action, make_meeting, make_person
from tracker import mail
from tracker.auth import reset
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.outbox import views as outbox_views
from tracker.scheduler import jobs
from tracker.scheduler.jobs import deliver, sweep
from tracker.scheduler.lock import SchedulerLease
from tracker.scheduler.runner import build_scheduler
from tracker.workdays.days import is_working_day

CPH = ZoneInfo("Europe/Copenhagen")
# Easter 2025: Skærtorsdag 17 April, Langfredag 18 April, 2. påskedag 21 April.
SUNDAY = datetime(2025, 4, 13, 8, 45, tzinfo=CPH)  # the scheduler starts here and catches up


def local(message_at: datetime) -> datetime:
    return message_at.astimezone(CPH)


@pytest.fixture
def week(db, secretary):
    boss = make_person(name="Mette Chef", email="mette@example.org")
    torben = make_person(name="Torben Leder", email="torben@example.org", manager_id=boss.id)
    lone = make_person(name="Lone Leder", email="lone@example.org")
    meeting = make_meeting(day=date(2025, 4, 24), status="planned")  # Thursday after Easter
    # Overdue since March: the ladder (one working day each step) is due every working day.
    late = make_action(torben, "Seminar", meeting=meeting, words="ultimo marts 2025")
    late.forum.escalation_enabled = True
    late.forum.escalation_manager_days = 1
    late.forum.escalation_secretariat_days = 1
    # Ends on Wednesday 16 April: "deadline passed" is due on the working day after, which
    # Easter moves to Tuesday 22 April.
    make_action(lone, "Temadag", meeting=meeting, words="den 16. april 2025")
    # Ends on Easter Sunday: three days before is Skærtorsdag and every day up to it is closed,
    # so "deadline soon" comes the working day before (Wednesday), not never.
    make_action(torben, "Budget", meeting=meeting, words="den 20. april 2025")
    db.session.commit()
    return {"boss": boss, "torben": torben, "lone": lone, "late": late}


def test_a_week_with_a_holiday_and_a_sunday_start_sends_nothing_on_those_days(
    app, smtp, week, monkeypatch
):
    """The scheduler starts on Sunday 08:45 (its catch-up sweep), then sweeps every hour to
    the Tuesday after Easter: every email arrives on a working day at the send time (07:00)."""
    lease = SchedulerLease(db.engine, lease_seconds=60)
    scheduler = build_scheduler(app, lease=lease)
    arrived: list[tuple[datetime, object]] = []

    def at(moment: datetime) -> None:
        seen = len(smtp.messages)
        monkeypatch.setattr(jobs, "utcnow", lambda: moment)
        scheduler.get_job("heartbeat" if moment == SUNDAY else "sweep").func()
        arrived.extend((moment, m) for m in smtp.messages[seen:])

    try:
        at(SUNDAY)
        assert not lease.take_catch_up(), "the catch-up ran (and made nothing)"
        # An assignment on Sunday and a reset asked for on Sunday: the reset goes at once.
        mail.queue_assignment_notices({week["lone"]: [week["late"]]}, SUNDAY)
        monkeypatch.setattr(reset, "utcnow", lambda: SUNDAY)
        reset.queue_reset_email(week["lone"])
        db.session.commit()
        at(SUNDAY + timedelta(minutes=1))
        assert [m.message["Subject"] for _, m in arrived] == ["Nulstil din adgangskode"]
        arrived.clear()
        moment = SUNDAY.replace(hour=0, minute=0) + timedelta(days=1)
        while moment < datetime(2025, 4, 22, 12, 0, tzinfo=CPH):
            at(moment)
            moment += timedelta(hours=1)
    finally:
        lease.release()

    for moment, message in arrived:
        day = local(moment)
        assert is_working_day(day.date()) and day.hour >= 7, (day, message.message["Subject"])
    by_day: dict[date, list[str]] = {}
    for moment, message in arrived:
        by_day.setdefault(local(moment).date(), []).append(
            f"{message.recipients[0].split('@')[0]}: {message.message['Subject']}"
        )
    assert set(by_day) == {
        date(2025, 4, 14),
        date(2025, 4, 16),
        date(2025, 4, 22),
    }, "Monday and Wednesday, then nothing until the Tuesday after Easter"
    monday = by_day[date(2025, 4, 14)]
    assert monday[0] == "lone: Nye handlinger til dig", "Sunday's assignment waited for Monday"
    assert {"lone: Dine handlinger – uge 16", "torben: Dine handlinger – uge 16"} <= set(monday)
    assert "lone: Frist snart: Temadag" in monday
    assert "mette: Overskredne handlinger uden nyt" in monday, "the ladder, on a working day"
    assert "torben: Frist snart: Budget" in by_day[date(2025, 4, 16)], "not lost to Easter"
    tuesday = by_day[date(2025, 4, 22)]
    assert "lone: Dine handlinger – uge 17" in tuesday, "the holiday Monday's digest on Tuesday"
    assert "lone: Fristen er overskredet: Temadag" in tuesday
    assert "lone: Status før Lederforum" in tuesday, "due from Skærtorsdag: sent after Easter"
    assert {local(moment).strftime("%H:%M") for moment, _ in arrived} == {"07:00"}, (
        "each at the send time, not whenever the scheduler woke"
    )


def test_a_digest_missed_on_monday_comes_on_tuesday_at_the_send_time(app, smtp, week):
    # The scheduler was down all Monday 14 April; it is back on Tuesday at 05:30.
    early = sweep("weekly", datetime(2025, 4, 15, 5, 30, tzinfo=CPH))
    assert (early.made, smtp.messages) == (0, []), "not made, nor sent, when the scheduler wakes"
    sweep("weekly", datetime(2025, 4, 15, 7, 0, tzinfo=CPH))
    assert sorted(m.recipients[0] for m in smtp.messages) == [
        "lone@example.org",
        "torben@example.org",
    ]


def test_the_closed_days_of_the_configuration_are_quiet_too(app, smtp, week):
    app.config["TRACKER_CLOSED_DAYS"] = ((4, 14),)  # the municipality closes Monday 14 April
    result = sweep("all", datetime(2025, 4, 14, 9, 0, tzinfo=CPH))
    assert smtp.messages == [] and result.made == 0
    assert result.held_until == datetime(2025, 4, 15, 7, 0, tzinfo=CPH)


def test_outside_sending_hours_only_a_password_reset_leaves(app, smtp, week, monkeypatch):
    mail.queue_assignment_notices({week["lone"]: [week["late"]]}, SUNDAY)
    monkeypatch.setattr(reset, "utcnow", lambda: SUNDAY)
    reset.queue_reset_email(week["torben"])
    db.session.commit()
    assert deliver(SUNDAY) == {"sent": 1, "retry": 0, "failed": 0}
    assert [m.recipients[0] for m in smtp.messages] == ["torben@example.org"]
    assert deliver(datetime(2025, 4, 14, 6, 59, tzinfo=CPH))["sent"] == 0, "not before 07:00"
    assert deliver(datetime(2025, 4, 14, 7, 0, tzinfo=CPH))["sent"] == 1
    assert smtp.messages[-1].recipients == ["lone@example.org"]


def test_the_command_and_the_outbox_say_when_mail_goes_out(
    app, smtp, week, secretary_client, monkeypatch
):
    result = app.test_cli_runner().invoke(
        args=["reminders", "run", "--at", "2025-04-18T09:00"]  # Langfredag
    )
    assert result.exit_code == 0, result.output
    assert "0 nye e-mails" in result.output and "først 2025-04-22 07:00" in result.output
    assert db.session.scalars(select(OutboxMessage)).all() == []
    monkeypatch.setattr(outbox_views, "utcnow", lambda: SUNDAY)
    page = secretary_client.get("/admin/udbakke").get_data(as_text=True)
    assert "Uden for sendetiden" in page and "14. april 2025 kl. 07:00" in page
    monkeypatch.setattr(outbox_views, "utcnow", lambda: datetime(2025, 4, 14, 9, 0, tzinfo=CPH))
    assert "Uden for sendetiden" not in secretary_client.get("/admin/udbakke").get_data(
        as_text=True
    )
