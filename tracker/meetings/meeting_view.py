"""The meeting view ("mødevisning"): at the forum's meeting, the open and recently done actions
one agenda item at a time, and what the forum decides about them, recorded live.

Each decision is made with the actions' own services (status, note, deadline, owner: the same
history rows as anywhere), and those rows are then marked as the forum's at this meeting: their
kind is ``forum:<meeting id>`` (``decision_kind``). The action's history says so, and the
meeting page lists them afterwards. Services flush, never commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.actions.services import add_note, change_deadline, edit_action, set_status
from tracker.extensions import db
from tracker.meetings import follow_up
from tracker.meetings.queries import follow_up_actions, next_planned, previous_held, since_previous
from tracker.models import Action, ActionEvent, AgendaItem, Forum, Meeting, Person


def decision_kind(meeting: Meeting) -> str:
    """The history kind of a change the forum decided at ``meeting``."""
    return f"forum:{meeting.id}"


def meeting_of(kind: str | None) -> int | None:
    """The meeting id in a forum decision's kind, else None."""
    if kind and kind.startswith("forum:") and kind[6:].isdigit():
        return int(kind[6:])
    return None


def meeting_for_view(forum: Forum, today: date, meeting_id: int | None = None) -> Meeting | None:
    """The meeting the view is for: the one asked for (of this forum), else the forum's meeting
    today, else its next planned one, else the last one held."""
    if meeting_id is not None:
        meeting = db.session.get(Meeting, meeting_id)
        return meeting if meeting is not None and meeting.forum_id == forum.id else None
    todays = db.session.scalar(
        select(Meeting)
        .where(Meeting.forum_id == forum.id, Meeting.date == today)
        .order_by(Meeting.id)
        .limit(1)
    )
    return todays or next_planned(forum.id, today) or previous_held(forum.id, today)


@dataclass
class Slide:
    """One agenda item the actions came from, with its actions."""

    meeting: Meeting | None
    agenda_item: AgendaItem | None
    actions: list[Action] = field(default_factory=list)


def slides(meeting: Meeting, tz: tzinfo) -> list[Slide]:
    """The forum's open actions and those done since the meeting before, per agenda item they
    came from, oldest meeting first."""
    ids = [a.id for a in follow_up_actions(meeting, since_previous(meeting, tz))]
    actions = db.session.scalars(
        select(Action)
        .where(Action.id.in_(ids))
        .options(
            selectinload(Action.owner),
            selectinload(Action.co_owners),
            selectinload(Action.meeting),
            selectinload(Action.agenda_item),
            selectinload(Action.notes),
        )
    ).all()
    groups: dict[tuple, Slide] = {}
    for action in actions:
        key = (
            action.meeting.date if action.meeting else date.min,
            action.meeting_id or 0,
            action.agenda_item.number if action.agenda_item else 0,
        )
        groups.setdefault(key, Slide(action.meeting, action.agenda_item)).actions.append(action)
    ordered = [groups[k] for k in sorted(groups)]
    for slide in ordered:
        slide.actions.sort(key=lambda a: (a.status == "done", a.due_end or date.max, a.id))
    return ordered


def may_decide(meeting: Meeting, today: date) -> bool:
    """Decisions are recorded at a meeting held, or being held today (as accepting as done)."""
    return rules.may_accept_at(meeting.status, meeting.date, today)


def decide(
    meeting: Meeting,
    action: Action,
    actor: Person,
    today: date,
    *,
    note: str | None = None,
    deadline=None,
    owner: Person | None = None,
    accept: bool = False,
) -> list[ActionEvent]:
    """Record what the forum decided about ``action`` at ``meeting``; the new history rows."""
    before = action.last_event_id
    note = (note or "").strip()
    if accept and action.status != "done":
        if note:
            add_note(action, actor, note, "done")
            note = ""
        else:
            set_status(action, actor, "done")
    elif note:
        add_note(action, actor, note)
    if deadline is not None:
        change_deadline(action, actor, deadline)
    if owner is not None and owner is not action.owner:
        edit_action(
            action,
            actor,
            title=action.title,
            description=action.description,
            owner=owner,
            co_owners=list(action.co_owners),
        )
    if accept and action.accepted_at is None:
        follow_up.accept_as_done(action, meeting, actor, today)
    db.session.flush()
    new = db.session.scalars(
        select(ActionEvent).where(ActionEvent.action_id == action.id, ActionEvent.id > before)
    ).all()
    for event in new:
        if event.kind == "note":
            event.field = "note"
        event.kind = decision_kind(meeting)
    db.session.flush()
    return list(new)


def decisions_at(meeting: Meeting) -> list[ActionEvent]:
    """What the forum decided about actions at ``meeting``, in the order decided."""
    return list(
        db.session.scalars(
            select(ActionEvent)
            .where(ActionEvent.kind == decision_kind(meeting))
            .options(selectinload(ActionEvent.action), selectinload(ActionEvent.actor))
            .order_by(ActionEvent.created_at, ActionEvent.id)
        )
    )
