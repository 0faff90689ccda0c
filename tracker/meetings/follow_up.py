"""Carrying open actions into the next meeting, and the forum accepting actions as done."""

from __future__ import annotations

from datetime import date, tzinfo

from flask_babel import force_locale
from flask_babel import gettext as _

from tracker import rules
from tracker.actions.services import record_event
from tracker.extensions import db
from tracker.i18n import REPORT_SECTIONS, STATUS_LABELS
from tracker.meetings.queries import follow_up_actions, since_previous
from tracker.models import Action, AgendaItem, Meeting, Person, utcnow

FOLLOW_UP_TITLE = "Opfølgning på handlinger"


def follow_up_item(meeting: Meeting) -> AgendaItem | None:
    """The meeting's "Opfølgning på handlinger" item, if it has one."""
    return next((i for i in meeting.agenda_items if i.kind == "follow_up"), None)


def carry_over(meeting: Meeting, today: date, tz: tzinfo) -> AgendaItem:
    """Give ``meeting`` an item listing the forum's open actions and those done since the
    meeting before it, in the status overview's sections (tracker.rules.report_section)."""
    actions = follow_up_actions(meeting, since_previous(meeting, tz))
    by_section: dict[str, list[Action]] = {}
    for action in actions:
        key = rules.report_section(action.status, action.due_end, today, meeting.date)
        by_section.setdefault(key, []).append(action)
    with force_locale("da"):
        lines = []
        for key, title in REPORT_SECTIONS.items():
            if key == "cancelled" or not by_section.get(key):
                continue
            lines.append(f"{title}:")
            for a in by_section[key]:
                owner = a.owner.name if a.owner else _("Ingen ejer")
                deadline = f", {_('frist')} {a.deadline_text}" if a.deadline_text else ""
                lines.append(f"- {a.title} ({owner}{deadline}) – {STATUS_LABELS[a.status]}")
        summary = "\n".join(lines) or _("Ingen åbne handlinger.")
    item = follow_up_item(meeting)
    if item is None:
        number = max((i.number for i in meeting.agenda_items), default=0) + 1
        item = AgendaItem(meeting=meeting, number=number, title=FOLLOW_UP_TITLE, kind="follow_up")
        db.session.add(item)
    item.summary = summary
    db.session.flush()
    return item


def carry_over_to_new_meeting(meeting: Meeting, today: date, tz: tzinfo) -> AgendaItem | None:
    """A newly planned meeting (today or later) gets the item "Opfølgning på handlinger"."""
    if meeting.date < today:
        return None
    return carry_over(meeting, today, tz)


def accept_as_done(action: Action, meeting: Meeting, actor: Person, today: date) -> str | None:
    """Record that the forum accepted a done action at ``meeting``, a meeting held or being held
    today (tracker.rules.may_accept_at); kept in the history. Returns why not, or None."""
    if not rules.may_accept_at(meeting.status, meeting.date, today):
        return _("Handlinger godkendes på et afholdt møde eller på mødets dag, ikke før.")
    if action.status != "done" or action.accepted_at is not None:
        return _("Kun udførte handlinger kan godkendes, og kun én gang.")
    action.accepted_at = utcnow()
    action.accepted_meeting = meeting
    record_event(action, actor, "accepted", "accepted", None, meeting.title)
    db.session.flush()
    return None
