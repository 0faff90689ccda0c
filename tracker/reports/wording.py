"""The overview's words, shared by the PDF, the Word file and the spreadsheets, so each says the
same: the group's heading, the owners, the deadline, the owners' notes, each change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from flask_babel import get_locale, get_translations
from flask_babel import gettext as _

from tracker.i18n import (
    STATUS_LABELS,
    UI_LABELS,
    date_range_in,
    local_tz,
    long_date,
    long_date_in,
)
from tracker.reports.changes import Change
from tracker.workdays.days import local_day


class Words:
    """The overview's words in the current language, its translations and locale looked up
    once: a page of hundreds of rows says them hundreds of times, and each look-up through
    Flask-Babel (gettext, get_locale) costs about as much as the rest of a row."""

    def __init__(self) -> None:
        self.locale = str(get_locale())
        self._translations = get_translations()
        self._tz = local_tz()
        self.status = {key: str(text) for key, text in STATUS_LABELS.items()}
        self.ui = {key: str(text) for key, text in UI_LABELS.items()}

    def gettext(self, string: str, **variables) -> str:
        """flask_babel.gettext with this page's translations."""
        text = self._translations.ugettext(string)
        return text % variables if variables else text

    def day(self, value: date | datetime | None) -> str:
        """tracker.i18n.long_date in this page's language."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = local_day(value, self._tz)
        return long_date_in(value, self.locale)

    def date_range(self, start: date | None, end: date | None) -> str:
        """tracker.i18n.date_range in this page's language."""
        if start is None or end is None:
            return ""
        return date_range_in(start, end, self.locale)


def meeting_name(meeting, words: Words | None = None) -> str:
    """A meeting in a report of its own forum: "Mødet 26. februar 2025"."""
    if words is None:
        return _("Mødet %(date)s", date=long_date(meeting.date))
    return words.gettext("Mødet %(date)s", date=words.day(meeting.date))


def group_heading(group, words: Words | None = None) -> str:
    """Where a group's actions come from: the meeting and the agenda item with its case."""
    gettext = words.gettext if words else _  # so named, pybabel extracts the words below
    parts = [meeting_name(group.meeting, words) if group.meeting else gettext("Uden møde")]
    item = group.agenda_item
    if item is not None:
        text = gettext("Punkt %(number)d: %(title)s", number=item.number, title=item.title)
        parts.append(f"{text} ({item.case_number})" if item.case_number else text)
    return " · ".join(parts)


def owners(action) -> str:
    """The owner, then the co-owners."""
    name = action.owner.name if action.owner else _("Ingen ejer")
    others = action.other_owners
    if not others:
        return name
    return f"{name}\n" + _("Medejer: %(names)s", names=", ".join(others))


def deadline(action, date_range: Callable) -> str:
    """The minutes' words and the dates they mean: "primo marts (1.–10. marts 2025)"; what
    follows the words is the action's deadline_note (tracker.rules.deadline_note)."""
    note = action.deadline_note
    if note == "none":
        return str(UI_LABELS["no_deadline"])
    if note == "dates":
        return f"{action.deadline_text} ({date_range(action.due_start, action.due_end)})"
    if note:
        return f"{action.deadline_text} ({_('ingen slutdato')})"
    return action.deadline_text


def note_line(note, limit: int | None = None) -> str:
    """ "1. december 2026, Torben G. M. Benneskov: the text"."""
    text = note.text if limit is None or len(note.text) <= limit else note.text[:limit] + "…"
    author = note.author.name if note.author else ""
    return f"{long_date(note.created_at)}, {author}: {text}"


def notes(row, limit: int | None = None) -> str:
    """Each owner's latest note, owner first; and a word when nobody reported since last."""
    lines = [note_line(n, limit) for n in row.notes]
    if row.stale:
        lines.append(_("Ingen status siden sidste møde"))
    return "\n".join(lines)


def change_line(kind: str, entry) -> str:
    """One change: a title, or "title: from → to"."""
    if isinstance(entry, Change):
        return f"{entry.action.title}: {entry.old or '–'} → {entry.new or '–'}"
    return entry.title


def meetings_line(overview) -> str:
    """ "Sidste møde: … Næste møde: …, place."."""
    parts = []
    if overview.previous:
        parts.append(_("Sidste møde: %(date)s", date=long_date(overview.previous.date)) + ".")
    if overview.next:
        place = f", {overview.next.location}" if overview.next.location else ""
        parts.append(_("Næste møde: %(date)s", date=long_date(overview.next.date)) + place + ".")
    else:
        parts.append(_("Intet næste møde er planlagt."))
    return " ".join(parts)


def section_count(section) -> str:
    """A section's count; for the overdue section also how many are in progress / not started."""
    if section.key != "overdue" or not section.count:
        return str(section.count)
    counts = section.status_counts
    parts = [
        f"{counts[status]} {str(STATUS_LABELS[status]).lower()}"
        for status in STATUS_LABELS
        if counts.get(status)
    ]
    return f"{section.count} ({', '.join(parts)})"


def table_header() -> list[str]:
    """The columns of an action table on paper (PDF and Word)."""
    return [_("Handling"), _("Ejer"), _("Frist"), _("Status"), _("Seneste statusnote")]


def table_cells(row, date_range: Callable, note_limit: int | None = None) -> list[str]:
    """One action's cells under ``table_header``: the status with "overdue" beside it."""
    action = row.action
    status = str(STATUS_LABELS.get(action.status, action.status))
    if row.overdue:
        status += f"\n{UI_LABELS['overdue']}"
    return [
        action.title,
        owners(action),
        deadline(action, date_range),
        status,
        notes(row, note_limit),
    ]
