"""Action services: create and change actions, always keeping the history."""

from __future__ import annotations

from sqlalchemy import select

from tracker.deadlines import Deadline
from tracker.extensions import db
from tracker.models import Action, ActionEvent, Person


def record_event(
    action: Action,
    actor: Person | None,
    kind: str,
    field: str | None = None,
    old: object = None,
    new: object = None,
) -> ActionEvent:
    """Append one row to the action's history."""
    event = ActionEvent(
        action=action,
        actor=actor,
        kind=kind,
        field=field,
        old_value=None if old is None else str(old),
        new_value=None if new is None else str(new),
    )
    db.session.add(event)
    return event


def apply_deadline(action: Action, deadline: Deadline | None) -> None:
    """Store the deadline's words, dates and precision on the action."""
    action.deadline_text = deadline.text if deadline else None
    action.due_start = deadline.start if deadline else None
    action.due_end = deadline.end if deadline else None
    action.deadline_precision = deadline.precision if deadline else None


def create_action(
    *,
    forum,
    title: str,
    actor: Person | None,
    owner: Person | None = None,
    co_owners: list[Person] | tuple = (),
    deadline: Deadline | None = None,
    description: str | None = None,
    meeting=None,
    agenda_item=None,
    point=None,
    status: str = "not_started",
) -> Action:
    """Create an action from a decision, with a 'created' row in its history."""
    action = Action(
        forum=forum,
        title=title.strip(),
        description=(description or "").strip() or None,
        owner=owner,
        meeting=meeting,
        agenda_item=agenda_item,
        point=point,
        status=status,
        created_by=actor,
        updated_by=actor,
    )
    action.co_owners = [p for p in co_owners if p is not owner]
    apply_deadline(action, deadline)
    db.session.add(action)
    record_event(action, actor, "created", new=action.title)
    db.session.flush()
    return action


def people_for_choice() -> list[Person]:
    """Everybody who can own an action, by name."""
    return list(
        db.session.scalars(select(Person).where(Person.active.is_(True)).order_by(Person.name))
    )


def people_by_ids(ids) -> list[Person]:
    """The people with the given ids, by name."""
    if not ids:
        return []
    return list(db.session.scalars(select(Person).where(Person.id.in_(ids)).order_by(Person.name)))
