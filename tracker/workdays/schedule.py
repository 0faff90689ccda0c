"""When each kind of reminder is due, and the digest's sections (pure: no Flask, no database).

Every email has a key (kind, person, period). A sweep at any moment creates the emails whose
moment has passed and whose key is new, so running late, twice or in parallel sends each once.
Mail goes out only while sending is open (:func:`sending_open`): on a working day, from the
send time; a sweep or a delivery outside it leaves the work to the next working day's send time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker import rules

from .days import (
    CLOSED_DAYS,
    is_working_day,
    local_day,
    next_working_day,
    working_day_after,
    working_day_before,
)

LATE_LIMIT_DAYS = 7  # a "deadline passed" reminder is not sent for long-forgotten deadlines


@dataclass(frozen=True)
class ReminderSettings:
    weekday: int = 0  # Monday
    send_time: time = time(7, 0)
    status_round_days: int = 7
    deadline_soon_days: int = 3
    timezone: str = "Europe/Copenhagen"
    closed_days: tuple[tuple[int, int], ...] = CLOSED_DAYS  # (month, day) besides the holidays

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def settings_from_config(config) -> ReminderSettings:
    """The reminder settings of the app's configuration (a mapping, e.g. ``app.config``)."""
    return ReminderSettings(
        weekday=config["REMINDER_WEEKDAY"],
        send_time=config["REMINDER_TIME"],
        status_round_days=config["STATUS_ROUND_DAYS"],
        deadline_soon_days=config["DEADLINE_SOON_DAYS"],
        timezone=config["TRACKER_TIMEZONE"],
        closed_days=config["TRACKER_CLOSED_DAYS"],
    )


def day_of(at: datetime, settings: ReminderSettings) -> date:
    """The day an aware ``at`` falls on in the configured zone (days.local_day)."""
    return local_day(at, settings.tz)


def moment(day: date, settings: ReminderSettings) -> datetime:
    """The send time on ``day`` in the configured zone, as an aware datetime."""
    return datetime.combine(day, settings.send_time, tzinfo=settings.tz)


def sending_open(at: datetime, settings: ReminderSettings) -> bool:
    """Whether mail may go out at ``at``: a working day (not a weekend, a public holiday or a
    closed day), from the send time on. Outside it nothing is made or sent but password resets."""
    day = day_of(at, settings)
    return is_working_day(day, settings.closed_days) and at >= moment(day, settings)


def next_sending(at: datetime, settings: ReminderSettings) -> datetime:
    """``at`` itself while sending is open, else the send time of the next working day (today's,
    before the send time of a working day)."""
    if sending_open(at, settings):
        return at
    day = day_of(at, settings)
    if is_working_day(day, settings.closed_days):
        return moment(day, settings)
    return moment(working_day_after(day, settings.closed_days), settings)


def _opens(start: date, last: date, settings: ReminderSettings) -> date:
    """The first day of a reminder's period from ``start`` to ``last``: ``start``, or, when no
    working day lies in it (Easter, Christmas), the working day before, so it is not lost."""
    if next_working_day(start, settings.closed_days) <= last:
        return start
    return working_day_before(start, settings.closed_days)


def weekly_due(day: date, settings: ReminderSettings) -> datetime:
    """When the digest of ``day``'s ISO week is due: the weekday, or the next working day."""
    monday = day - timedelta(days=day.weekday())
    return moment(
        next_working_day(monday + timedelta(days=settings.weekday), settings.closed_days), settings
    )


def current_weekly_period(at: datetime, settings: ReminderSettings) -> tuple[str, datetime] | None:
    """The latest ISO week whose digest moment has passed at ``at``: (its key part, due moment).

    Only this week and the last are candidates, so after downtime a person gets one digest.
    """
    today = day_of(at, settings)
    this_monday = today - timedelta(days=today.weekday())
    for monday in (this_monday, this_monday - timedelta(days=7)):
        due = weekly_due(monday, settings)
        if due <= at:
            year, week, _ = monday.isocalendar()
            return f"{year}-W{week:02d}", due
    return None


def status_round_opens(meeting_date: date, settings: ReminderSettings) -> datetime:
    """When the status round before a planned meeting goes out: the send time N days before it
    (moved to a working day, never later than the day before the meeting)."""
    last = meeting_date - timedelta(days=1)
    first = _opens(meeting_date - timedelta(days=settings.status_round_days), last, settings)
    return moment(first, settings)


def status_round_due(meeting_date: date, at: datetime, settings: ReminderSettings) -> bool:
    """True from N days before a planned meeting (at the send time) until the meeting day."""
    start = status_round_opens(meeting_date, settings)
    return start <= at and day_of(at, settings) < meeting_date


def deadline_soon_due(due_end: date, at: datetime, settings: ReminderSettings) -> bool:
    """True from N days before the deadline's end until that day."""
    first = _opens(due_end - timedelta(days=settings.deadline_soon_days), due_end, settings)
    start = moment(first, settings)
    return start <= at and day_of(at, settings) <= due_end


def deadline_passed_due(due_end: date, at: datetime, settings: ReminderSettings) -> bool:
    """True on the working day after the deadline's end (and for a week, if the sweep was late)."""
    first = working_day_after(due_end, settings.closed_days)
    return moment(first, settings) <= at and day_of(at, settings) <= first + timedelta(
        days=LATE_LIMIT_DAYS
    )


@dataclass(frozen=True)
class DigestItem:
    action_id: int
    due_end: date | None


def digest_sections(items, today: date) -> dict[str, list]:
    """Split open actions into overdue, due soon and other (tracker.rules), each by deadline."""
    sections: dict[str, list] = {"overdue": [], "soon": [], "other": []}
    for item in sorted(items, key=lambda i: (i.due_end is None, i.due_end or date.max)):
        sections[rules.urgency(item.due_end, today)].append(item)
    return sections


# Frequency and working days ----------------------------------------------------------------

FREQUENCIES = ("weekly", "biweekly", "monthly")


def frequency_due(frequency: str, due_day: date, last_due_day: date | None) -> bool:
    """Whether a person with ``frequency`` gets the digest due on ``due_day``, their last one
    having been due on ``last_due_day``: weekly always; every other week 14 days or more after
    the last; monthly the first of a calendar month."""
    if last_due_day is None or frequency not in FREQUENCIES[1:]:
        return True
    if frequency == "biweekly":
        return (due_day - last_due_day).days >= 14
    return (due_day.year, due_day.month) != (last_due_day.year, last_due_day.month)


def week_due_day(week_key: str, settings: ReminderSettings) -> date:
    """The day the digest of ``week_key`` ("2025-W10") was due."""
    year, week = week_key.split("-W")
    return weekly_due(date.fromisocalendar(int(year), int(week), 1), settings).date()


def working_days_after(start: date, end: date, settings: ReminderSettings) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
    count, day = 0, start + timedelta(days=1)
    while day <= end:
        if is_working_day(day, settings.closed_days):
            count += 1
        day += timedelta(days=1)
    return count
