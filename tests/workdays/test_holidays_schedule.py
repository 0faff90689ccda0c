"""Pure reminder rules: Danish holidays, working days, when each reminder is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from tracker.workdays.absence import mailable, unmailable
from tracker.workdays.days import (
    danish_holidays,
    easter_sunday,
    is_working_day,
    working_day_after,
    working_day_before,
)
from tracker.workdays.schedule import (
    DigestItem,
    ReminderSettings,
    current_weekly_period,
    deadline_passed_due,
    deadline_soon_due,
    digest_sections,
    next_sending,
    sending_open,
    status_round_due,
)

CPH = ZoneInfo("Europe/Copenhagen")
S = ReminderSettings()


def at(*args) -> datetime:
    return datetime(*args, tzinfo=CPH)


@pytest.mark.parametrize(
    "year,expected",
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
    ],
)
def test_easter(year, expected):
    assert easter_sunday(year) == expected


def test_holidays_2025():
    days = danish_holidays(2025)
    for d in [
        date(2025, 1, 1),
        date(2025, 4, 17),
        date(2025, 4, 18),
        date(2025, 4, 21),
        date(2025, 5, 29),
        date(2025, 6, 9),
        date(2025, 6, 5),
        date(2025, 12, 24),
        date(2025, 12, 25),
        date(2025, 12, 26),
    ]:
        assert d in days, d
    assert date(2025, 5, 16) not in days, "Store bededag is abolished from 2024"
    assert date(2023, 5, 5) in danish_holidays(2023)


def test_working_days():
    assert is_working_day(date(2025, 3, 3))
    assert not is_working_day(date(2025, 3, 1))  # Saturday
    assert working_day_after(date(2025, 4, 17)) == date(2025, 4, 22)  # after Easter
    assert working_day_after(date(2025, 3, 7)) == date(2025, 3, 10)  # Friday -> Monday


def test_weekly_due_monday_0700_not_before():
    assert current_weekly_period(at(2025, 3, 3, 6, 59), S)[0] == "2025-W09"
    key, due = current_weekly_period(at(2025, 3, 3, 7, 0), S)
    assert key == "2025-W10" and due == at(2025, 3, 3, 7, 0)
    assert current_weekly_period(at(2025, 3, 9, 23, 0), S)[0] == "2025-W10"


def test_weekly_due_moves_past_a_monday_holiday():
    # 21 April 2025 is 2. påskedag: the digest goes out on Tuesday.
    assert current_weekly_period(at(2025, 4, 21, 12, 0), S)[0] == "2025-W16"
    key, due = current_weekly_period(at(2025, 4, 22, 7, 0), S)
    assert key == "2025-W17" and due == at(2025, 4, 22, 7, 0)


def test_configured_weekday_and_time():
    friday = ReminderSettings(weekday=4, send_time=time(9, 30))
    assert current_weekly_period(at(2025, 3, 7, 9, 29), friday)[0] == "2025-W09"
    assert current_weekly_period(at(2025, 3, 7, 9, 30), friday)[0] == "2025-W10"


@pytest.mark.parametrize("monday", [date(2025, 3, 31), date(2025, 10, 27)])
def test_daylight_saving_weeks_have_one_due_moment_at_local_time(monday):
    key, due = current_weekly_period(datetime.combine(monday, time(7, 0), CPH), S)
    assert due.astimezone(CPH).time() == time(7, 0)
    assert current_weekly_period(datetime.combine(monday, time(6, 59), CPH), S)[0] != key


def test_status_round_window():
    meeting = date(2025, 3, 12)
    assert not status_round_due(meeting, at(2025, 3, 5, 6, 59), S)
    assert status_round_due(meeting, at(2025, 3, 5, 7, 0), S)
    assert status_round_due(meeting, at(2025, 3, 11, 23, 0), S)
    assert not status_round_due(meeting, at(2025, 3, 12, 8, 0), S)


def test_deadline_windows():
    end = date(2025, 3, 27)  # Thursday
    assert not deadline_soon_due(end, at(2025, 3, 24, 6, 0), S)
    assert deadline_soon_due(end, at(2025, 3, 24, 7, 0), S)
    assert not deadline_soon_due(end, at(2025, 3, 28, 7, 0), S)
    assert not deadline_passed_due(end, at(2025, 3, 27, 23, 0), S)
    assert deadline_passed_due(end, at(2025, 3, 28, 7, 0), S)
    friday = date(2025, 3, 28)
    assert not deadline_passed_due(friday, at(2025, 3, 29, 9, 0), S), "Saturday is no working day"
    assert deadline_passed_due(friday, at(2025, 3, 31, 7, 0), S)
    assert not deadline_passed_due(end, at(2025, 5, 1, 7, 0), S), (
        "long-forgotten deadlines stay quiet"
    )


def test_mail_goes_out_on_working_days_from_the_send_time():
    assert sending_open(at(2025, 3, 3, 7, 0), S) and sending_open(at(2025, 3, 3, 23, 0), S)
    assert not sending_open(at(2025, 3, 3, 6, 59), S), "before the send time"
    assert not sending_open(at(2025, 3, 2, 8, 45), S), "a Sunday"
    assert not sending_open(at(2025, 4, 21, 9, 0), S), "2. påskedag"
    assert not sending_open(at(2025, 12, 24, 9, 0), S), "a closed day"
    assert sending_open(at(2025, 12, 24, 9, 0), ReminderSettings(closed_days=()))
    assert next_sending(at(2025, 3, 2, 8, 45), S) == at(2025, 3, 3, 7, 0)
    assert next_sending(at(2025, 3, 4, 5, 30), S) == at(2025, 3, 4, 7, 0), "today, at 07:00"
    assert next_sending(at(2025, 4, 17, 10, 0), S) == at(2025, 4, 22, 7, 0), "after Easter"
    assert next_sending(at(2025, 3, 4, 9, 0), S) == at(2025, 3, 4, 9, 0)
    assert working_day_before(date(2025, 4, 22)) == date(2025, 4, 16)


def test_a_reminder_whose_days_are_all_closed_comes_the_working_day_before():
    # Ends on Easter Sunday: three days before is Skærtorsdag, and every day up to it is closed.
    easter = date(2025, 4, 20)
    assert deadline_soon_due(easter, at(2025, 4, 16, 7, 0), S)
    assert not deadline_soon_due(easter, at(2025, 4, 16, 6, 59), S)
    assert not deadline_soon_due(date(2025, 4, 23), at(2025, 4, 16, 7, 0), S), "otherwise as before"
    one_day = ReminderSettings(status_round_days=1)
    assert status_round_due(date(2025, 4, 21), at(2025, 4, 16, 7, 0), one_day)
    assert not status_round_due(date(2025, 3, 12), at(2025, 3, 10, 7, 0), one_day)


def test_digest_sections():
    today = date(2025, 3, 3)
    items = [
        DigestItem(1, date(2025, 3, 1)),
        DigestItem(2, date(2025, 3, 17)),
        DigestItem(3, date(2025, 3, 18)),
        DigestItem(4, None),
        DigestItem(5, date(2025, 3, 3)),
    ]
    sections = digest_sections(items, today)
    assert [i.action_id for i in sections["overdue"]] == [1]
    assert [i.action_id for i in sections["soon"]] == [5, 2]
    assert [i.action_id for i in sections["other"]] == [3, 4]


def test_store_bededag_is_a_working_day_from_2024_and_a_holiday_in_2023():
    assert not is_working_day(date(2023, 5, 5)), "Store bededag 2023 (Friday)"
    assert is_working_day(date(2024, 4, 26)), "abolished: the Friday four weeks after Easter 2024"
    assert is_working_day(date(2025, 5, 16))
    assert working_day_after(date(2023, 5, 4)) == date(2023, 5, 8)


def test_the_municipality_closed_days_are_configuration():
    # 24 and 31 December 2025 and Grundlovsdag 2025 are weekdays, closed by default only.
    for day in (date(2025, 12, 24), date(2025, 12, 31), date(2025, 6, 5)):
        assert not is_working_day(day), day
        assert is_working_day(day, closed=()), day
    assert is_working_day(date(2025, 12, 24), closed=((6, 5),))
    assert not is_working_day(date(2025, 12, 29), closed=((12, 29),))
    deadline = date(2025, 12, 23)  # Tuesday
    assert deadline_passed_due(deadline, at(2025, 12, 29, 7, 0), S), "24th closed: after jul"
    assert not deadline_passed_due(deadline, at(2025, 12, 24, 7, 0), S)
    open_on_the_24th = ReminderSettings(closed_days=())
    assert deadline_passed_due(deadline, at(2025, 12, 24, 7, 0), open_on_the_24th)


def test_closed_days_are_read_from_tracker_closed_days(monkeypatch, tmp_path):
    from config import ConfigError, load_config

    monkeypatch.setenv("TRACKER_INSTANCE_DIR", str(tmp_path))
    monkeypatch.delenv("TRACKER_CLOSED_DAYS", raising=False)
    assert load_config({"SECRET_KEY": "x"})["TRACKER_CLOSED_DAYS"] == ((12, 24), (12, 31), (6, 5))
    monkeypatch.setenv("TRACKER_CLOSED_DAYS", " 12-24 , 02-29,")
    assert load_config({"SECRET_KEY": "x"})["TRACKER_CLOSED_DAYS"] == ((12, 24), (2, 29))
    monkeypatch.setenv("TRACKER_CLOSED_DAYS", "")
    assert load_config({"SECRET_KEY": "x"})["TRACKER_CLOSED_DAYS"] == ()
    for wrong in ("24/12", "12-32", "02-30"):
        monkeypatch.setenv("TRACKER_CLOSED_DAYS", f"12-24,{wrong}")
        with pytest.raises(ConfigError, match="MM-DD"):
            load_config({"SECRET_KEY": "x"})
    assert danish_holidays(2025, ((2, 29),)) == danish_holidays(2025, ())
    assert date(2028, 2, 29) in danish_holidays(2028, ((2, 29),))


def test_starting_the_app_does_not_load_the_holiday_calendars(tmp_path):
    """The holidays package loads every country (0.2-0.4 s): only the first sweep pays that."""
    import subprocess
    import sys

    code = (
        "import sys; from tracker import create_app; "
        f"create_app({{'INSTANCE_DIR': {str(tmp_path)!r}, 'SECRET_KEY': 'k' * 40}}); "
        "sys.exit(1 if 'holidays' in sys.modules else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]


@dataclass
class Someone:
    email: str | None = "a@example.org"
    active: bool = True
    absent_until: date | None = None


@pytest.mark.parametrize(
    "person,moment,settings,why",
    [
        (Someone(), at(2025, 3, 15, 10, 0), S, None),  # not away: the rule, not the hours
        (None, at(2025, 3, 17, 9, 0), S, "no_email"),  # a manager nobody is
        (Someone(email=None), at(2025, 3, 17, 9, 0), S, "no_email"),
        (Someone(email=""), at(2025, 3, 17, 9, 0), S, "no_email"),
        (Someone(active=False), at(2025, 3, 17, 9, 0), S, "no_email"),  # left
        (Someone(active=False, absent_until=date(2025, 3, 14)), at(2025, 3, 14, 9), S, "no_email"),
        (Someone(absent_until=date(2025, 3, 14)), at(2025, 3, 14, 9, 0), S, "away"),
        (Someone(absent_until=date(2025, 3, 14)), at(2025, 3, 15, 10, 0), S, "away"),  # Saturday
        (Someone(absent_until=date(2025, 3, 14)), at(2025, 3, 17, 6, 59), S, "away"),
        (Someone(absent_until=date(2025, 3, 14)), at(2025, 3, 17, 7, 0), S, None),
        (Someone(absent_until=date(2025, 3, 14)), at(2025, 3, 10, 9, 0), S, "away"),  # before
        (Someone(absent_until=date(2025, 4, 17)), at(2025, 4, 21, 9, 0), S, "away"),  # Easter
        (Someone(absent_until=date(2025, 4, 17)), at(2025, 4, 22, 7, 0), S, None),
        (Someone(absent_until=date(2025, 12, 23)), at(2025, 12, 24, 9, 0), S, "away"),  # closed
        (
            Someone(absent_until=date(2025, 12, 23)),
            at(2025, 12, 24, 9, 0),
            ReminderSettings(closed_days=()),
            None,
        ),
        (
            Someone(absent_until=date(2025, 3, 14)),
            at(2025, 3, 17, 7, 0),
            ReminderSettings(send_time=time(8, 0)),
            "away",  # back at the configured send time
        ),
    ],
)
def test_who_may_be_mailed_now(person, moment, settings, why):
    assert unmailable(person, moment, settings) == why
    assert mailable(person, moment, settings) is (why is None)
