"""Moving the demo meeting to a recent date: the meeting by whole weeks (its weekday holds),
each deadline by what its words count in (days and weeks by the same weeks, months by whole
months, quarters and seasons by whole quarters, summers and years by whole years), so the
words still name the dates they mean."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.deadlines import Deadline, parse_deadline
from tracker.deadlines.formatting import words_for
from tracker.deadlines.grammar import kind_of

# The meeting is put 3 to 6 weeks before today, on the minutes' weekday.
EARLIEST_WEEKS, LATEST_WEEKS = 3, 6
DAY_KINDS = ("day", "range", "week")
MONTH_KINDS = ("month", "primo", "medio", "ultimo", "monthrange")
QUARTER_KINDS = ("quarter", "season")


@dataclass(frozen=True)
class Shift:
    """From the minutes' own date to the demo's: ``days`` (whole weeks) and ``months``."""

    written: date
    shown: date
    months: int

    @property
    def days(self) -> int:
        return (self.shown - self.written).days


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the last day of a month stays the last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return date(year, month, last)
    return date(year, month, min(day.day, last))


def _months_and_error(written: date, shown: date) -> tuple[int, int]:
    """The whole months nearest to the shift, and by how many days they miss it."""
    rough = (shown.year - written.year) * 12 + shown.month - written.month
    options = [(m, (shown - add_months(written, m)).days) for m in (rough - 1, rough, rough + 1)]
    return min(options, key=lambda option: abs(option[1]))


def recent_shift(written: date, today: date) -> Shift:
    """The demo's meeting: the minutes' weekday 3 to 6 weeks before today, the one whose
    shift is nearest to whole months (so "primo marts" and the meeting keep their distance);
    the most recent of equals."""
    latest = today - timedelta(days=7 * EARLIEST_WEEKS)
    latest -= timedelta(days=(latest.weekday() - written.weekday()) % 7)
    candidates = [latest - timedelta(weeks=k) for k in range(LATEST_WEEKS - EARLIEST_WEEKS)]
    best = min(candidates, key=lambda d: abs(_months_and_error(written, d)[1]))
    return shift_to(written, best)


def shift_to(written: date, shown: date) -> Shift:
    """The shift from ``written`` to ``shown`` (the same weekday), with its whole months."""
    if (shown - written).days % 7:
        raise ValueError(f"{shown} is not on the weekday of {written}")
    return Shift(written, shown, _months_and_error(written, shown)[0])


def shift_deadline(deadline: Deadline | None, shift: Shift) -> Deadline | None:
    """The deadline moved with the meeting, in canonical words with the year
    ("primo marts" -> "primo november 2026"), read back from those words."""
    if deadline is None or shift.days == 0:
        return deadline
    kind = kind_of(deadline)
    start, end = deadline.start, deadline.end
    if kind in DAY_KINDS:
        start, end = start + timedelta(days=shift.days), end + timedelta(days=shift.days)
    elif kind in MONTH_KINDS or kind in QUARTER_KINDS:
        months = shift.months if kind in MONTH_KINDS else 3 * round(shift.months / 3)
        start, end = add_months(start, months), add_months(end, months)
    else:  # summers, years, "løbende": whole years, still after the meeting
        years = _years(deadline, shift)
        start = start.replace(year=start.year + years) if start else None
        end = end.replace(year=end.year + years) if end else None
    words = words_for(kind, start, end)
    return parse_deadline(words, shift.shown)


def _years(deadline: Deadline, shift: Shift) -> int:
    if deadline.end is None:  # "løbende 2025": the year of the meeting
        return shift.shown.year - shift.written.year
    offset = (deadline.end - shift.written).days

    def miss(years: int) -> int:
        end = deadline.end.replace(year=deadline.end.year + years)
        if end < shift.shown:
            return 10**6
        return abs((end - shift.shown).days - offset)

    rough = shift.shown.year - shift.written.year
    return min((rough - 1, rough, rough + 1, rough + 2), key=miss)
