"""The escalation ladder (per forum, off by default): an action overdue N working days without
a note from its owner goes to the owner's manager, M working days more to the secretariat.

One email per recipient per week lists every action that reached the step (never one per
action); each step happens once per action and deadline (``escalation_step``, written in the
same transaction as the email, so a rerun or parallel sweeps never take it twice) and is in
the action's history. A note by the owner or a co-owner, or a new deadline, starts the count
again. Services flush, never commit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tracker.extensions import db
from tracker.mail import PlannedEmail
from tracker.mail.kinds import ESCALATION
from tracker.models import (
    Action,
    ActionEvent,
    EscalationStep,
    Forum,
    OutboxMessage,
    Person,
    StatusNote,
)
from tracker.people.services import audit
from tracker.workdays import absence, schedule


@dataclass
class Item:
    """An action that reached a step: how many working days it has been quiet."""

    action: Action
    quiet_days: int
    days_overdue: int
    latest: StatusNote | None


def _last_owner_notes(actions: list[Action]) -> dict[int, StatusNote]:
    """The newest note on each action by its owner or a co-owner."""
    ids = [a.id for a in actions]
    found: dict[int, StatusNote] = {}
    for note in db.session.scalars(
        select(StatusNote)
        .where(StatusNote.action_id.in_(ids))
        .order_by(StatusNote.created_at)
        .options(selectinload(StatusNote.author))
    ):
        action = note.action
        if action.involves(note.author_id):
            found[action.id] = note
    return found


def _stand_in(manager: Person | None, at: datetime, settings) -> Person | None:
    """Who hears as the manager: the manager, or their substitute while they are away."""
    if absence.mailable(manager, at, settings):
        return manager
    if manager is not None and absence.mailable(manager.substitute, at, settings):
        return manager.substitute
    return None


def _secretariat(at: datetime, settings) -> list[Person]:
    """The secretaries who hear about what still slips (role secretary)."""
    people = db.session.scalars(
        select(Person).where(Person.role == "secretary").order_by(Person.id)
    )
    return [p for p in people if p.mailable(at, settings)]


def plan_escalations(at: datetime, settings) -> list[PlannedEmail]:
    """The escalation emails due at ``at``: on working days, from the send time."""
    today = schedule.day_of(at, settings)
    if not schedule.sending_open(at, settings):
        return []
    forums = {f.id: f for f in db.session.scalars(select(Forum).where(Forum.escalation_enabled))}
    if not forums:
        return []
    actions = list(
        db.session.scalars(
            select(Action)
            .where(
                Action.overdue_clause(today),
                Action.forum_id.in_(forums),
                Action.owner_id.is_not(None),
            )
            .order_by(*Action.deadline_order())
            .options(selectinload(Action.owner), selectinload(Action.co_owners))
        )
    )
    if not actions:
        return []
    taken = set(
        db.session.execute(
            select(EscalationStep.action_id, EscalationStep.step, EscalationStep.due_end).where(
                EscalationStep.action_id.in_([a.id for a in actions])
            )
        ).all()
    )
    notes = _last_owner_notes(actions)
    year, week, _ = today.isocalendar()
    week_key = f"{year}-W{week:02d}"
    sent = set(
        db.session.scalars(
            select(OutboxMessage.key).where(
                OutboxMessage.key.startswith(ESCALATION.prefix()),
                OutboxMessage.key.endswith(f":{week_key}"),
            )
        )
    )
    to_managers: dict[Person, list[Item]] = defaultdict(list)
    to_secretariat: list[Item] = []
    for action in actions:
        forum = forums[action.forum_id]
        note = notes.get(action.id)
        quiet_from = action.due_end
        if note is not None:
            quiet_from = max(quiet_from, schedule.day_of(note.created_at, settings))
        days = schedule.working_days_after(quiet_from, today, settings)
        item = Item(action, days, action.days_over(today), note)
        manager = _stand_in(action.owner.manager, at, settings)
        if (
            (action.id, "manager", action.due_end) not in taken
            and days >= forum.escalation_manager_days
            and manager is not None
        ):
            to_managers[manager].append(item)
        if (action.id, "secretariat", action.due_end) not in taken and days >= (
            forum.escalation_manager_days + forum.escalation_secretariat_days
        ):
            to_secretariat.append(item)
    planned = []
    for manager, items in sorted(to_managers.items(), key=lambda p: p[0].id):
        key = ESCALATION.key(step="manager", person=manager.id, week=week_key)
        if key not in sent:
            planned.append(_email(key, manager, "manager", items, at, today))
    secretaries = _secretariat(at, settings) if to_secretariat else []
    first = True
    for secretary in secretaries:
        key = ESCALATION.key(step="secretariat", person=secretary.id, week=week_key)
        if key not in sent:
            # The steps are written once, with the first secretary's email.
            planned.append(
                _email(key, secretary, "secretariat", to_secretariat, at, today, steps=first)
            )
            first = False
    return planned


def _email(
    key: str, person: Person, step: str, items: list[Item], at: datetime, today, steps=True
) -> PlannedEmail:
    """One recipient's summary; with ``steps``, the steps and history rows it reports."""
    extra = []
    if steps:
        for item in items:
            extra.append(
                (
                    EscalationStep.__table__,
                    {
                        "action_id": item.action.id,
                        "step": step,
                        "due_end": item.action.due_end,
                        "outbox_key": key,
                        "created_at": at,
                    },
                )
            )
            who = person.name if step == "manager" else str(_l("sekretariatet"))
            extra.append(
                (
                    ActionEvent.__table__,
                    {
                        "action_id": item.action.id,
                        "actor_id": None,
                        "created_at": at,
                        "kind": "escalation",
                        "field": step,
                        "old_value": item.action.due_end.isoformat(),
                        "new_value": who,
                    },
                )
            )
    items = sorted(items, key=lambda i: (i.action.owner.name, i.action.due_end))
    context = {"step": step, "items": items, "today": today}
    return ESCALATION.plan(person, context, extra=extra, **ESCALATION.parse(key))


def configure(
    forum: Forum, enabled: bool, manager_days: int, secretariat_days: int, actor: Person | None
) -> None:
    """Turn the forum's ladder on or off and set its steps (working days); in the audit trail,
    since escalation tells people's managers about them (a control measure)."""
    forum.escalation_enabled = bool(enabled)
    forum.escalation_manager_days = int(manager_days)
    forum.escalation_secretariat_days = int(secretariat_days)
    db.session.flush()
    detail = (
        f"eskalering i forum #{forum.id}: {'til' if forum.escalation_enabled else 'fra'}, "
        f"leder efter {forum.escalation_manager_days} og sekretariat efter "
        f"{forum.escalation_secretariat_days} arbejdsdage"
    )
    audit("settings", None, actor, detail)
