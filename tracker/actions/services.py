"""Action services: create and change actions, always keeping the history."""

from __future__ import annotations

from sqlalchemy import or_, select

from tracker import rules
from tracker.deadlines import Deadline
from tracker.extensions import db
from tracker.models import STATUSES, Action, ActionEvent, Person, StatusNote, utcnow

CLOSED_STATUSES = ("done", "cancelled")
UNCHANGED = object()  # edit_action: a field left out keeps its value


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
    unit: str | None = None,
) -> Action:
    """Create an action from a decision, with a 'created' row in its history.

    ``unit`` is the body the minutes gave the task to ("Forvaltningen"), the owner its person.
    """
    action = Action(
        forum=forum,
        title=title.strip(),
        description=(description or "").strip() or None,
        unit=(unit or "").strip() or None,
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


def notify_new_assignees(action: Action, before: set[Person], actor: Person | None) -> None:
    """Queue one assignment email per person who was just given the action (not the actor)."""
    from tracker.mail import queue_assignment_notices

    new = action.people - before - {actor}
    queue_assignment_notices({person: [action] for person in new}, utcnow())


def people_for_choice(keep=()) -> list[Person]:
    """Everybody who can own an action (the active), by name; the people in ``keep`` (the
    action's owner and co-owners) too, so saving an action of someone who left still works."""
    condition = Person.active.is_(True)
    keep_ids = [p.id for p in keep if p is not None]
    if keep_ids:
        condition = or_(condition, Person.id.in_(keep_ids))
    return list(db.session.scalars(select(Person).where(condition).order_by(Person.name)))


def person_by_id(person_id: int | None) -> Person | None:
    """The person with that id, if any."""
    return db.session.get(Person, person_id) if person_id else None


def people_by_ids(ids) -> list[Person]:
    """The people with the given ids, by name."""
    if not ids:
        return []
    return list(db.session.scalars(select(Person).where(Person.id.in_(ids)).order_by(Person.name)))


class EditConflict(Exception):
    """The action changed after the person opened it; ``changes`` says what changed."""

    def __init__(self, changes: list[ActionEvent]):
        super().__init__("edit conflict")
        self.changes = changes


def can_change(person: Person, action: Action) -> bool:
    """Owners, co-owners and secretaries may change an action; other members may not."""
    if person.is_secretary:
        return True
    return action.involves(person)


def check_unchanged(action: Action, seen_version: int | None, seen_event: int | None) -> None:
    """Raise EditConflict when the action is no longer the version the person saw."""
    if seen_version is None or action.version == seen_version:
        return
    newer = [e for e in action.events if seen_event is None or e.id > seen_event]
    raise EditConflict(sorted(newer, key=lambda e: e.id))


def _touch(action: Action, actor: Person | None) -> None:
    action.updated_by = actor
    action.updated_at = utcnow()


def set_status(action: Action, actor: Person | None, status: str) -> None:
    """Change the status, keeping when it was closed, with a history row."""
    if status == action.status:
        return
    record_event(action, actor, "changed", "status", action.status, status)
    action.status = status
    action.closed_at = None if rules.is_open(status) else utcnow()
    _touch(action, actor)


def add_note(
    action: Action,
    author: Person,
    text: str,
    new_status: str | None = None,
    seen_version: int | None = None,
    seen_event: int | None = None,
    via: str | None = None,
) -> StatusNote:
    """Write a status note, optionally changing the status (a note is required to close).

    ``via`` says where it was written when not on the site ("email": a check-in)."""
    text = (text or "").strip()
    if new_status and new_status not in STATUSES:
        raise ValueError(f"unknown status {new_status!r}")
    changes_status = bool(new_status) and new_status != action.status
    if changes_status:
        check_unchanged(action, seen_version, seen_event)
    if not text and (not changes_status or new_status in CLOSED_STATUSES):
        raise ValueError("a note is required")
    note = StatusNote(
        action=action,
        author=author,
        text=text,
        status_from=action.status if changes_status else None,
        status_to=new_status if changes_status else None,
        via=via,
    )
    db.session.add(note)
    if text:
        record_event(action, author, "note", field=via, new=text[:200])
    if changes_status:
        set_status(action, author, new_status)
    db.session.flush()
    return note


def repeats_last_note(action: Action, author: Person, text: str) -> bool:
    """Whether ``text`` is the author's last note on the action again, within a minute
    (tracker.rules.is_repeated_note)."""
    last = db.session.scalar(
        select(StatusNote)
        .where(StatusNote.action_id == action.id, StatusNote.author_id == author.id)
        .order_by(StatusNote.id.desc())
        .limit(1)
    )
    return last is not None and rules.is_repeated_note(last.text, last.created_at, text, utcnow())


def change_deadline(
    action: Action,
    actor: Person,
    deadline: Deadline,
    seen_version: int | None = None,
    seen_event: int | None = None,
    kind: str = "changed",
) -> None:
    """Move the deadline; the old one stays in the history (a row of ``kind``: "meeting:<id>"
    when the deadline followed its meeting, tracker.meetings.following)."""
    check_unchanged(action, seen_version, seen_event)
    old = deadline_label(action)
    apply_deadline(action, deadline)
    new = deadline_label(action)
    if old != new:
        record_event(action, actor, kind, "deadline", old, new)
        _touch(action, actor)
    db.session.flush()


def deadline_label(action: Action) -> str | None:
    """The stored deadline as words and dates, for the history."""
    if not action.deadline_text:
        return None
    return Deadline(
        action.deadline_text, action.due_start, action.due_end, action.deadline_precision or "day"
    ).label("da")


def edit_and_notify(
    action: Action, actor: Person, *, owner_id: int | None, co_owner_ids, **fields
) -> None:
    """The edit page's save: ``edit_action`` with people by id, then notices to new assignees."""
    before = action.people
    edit_action(
        action,
        actor,
        owner=person_by_id(owner_id),
        co_owners=people_by_ids(co_owner_ids),
        **fields,
    )
    notify_new_assignees(action, before, actor)


def edit_action(
    action: Action,
    actor: Person,
    *,
    title: str,
    description: str | None,
    owner: Person | None,
    co_owners: list[Person],
    unit: str | None | object = UNCHANGED,
    seen_version: int | None = None,
    seen_event: int | None = None,
) -> list[ActionEvent]:
    """A secretary edits text, unit, owner and co-owners; each changed field gets a history row.

    ``unit`` left out keeps the unit (the meeting view's edit has no unit field)."""
    check_unchanged(action, seen_version, seen_event)
    events = []
    description = (description or "").strip() or None
    unit = action.unit if unit is UNCHANGED else (unit or "").strip() or None
    for name, old, new in (
        ("title", action.title, title.strip()),
        ("description", action.description, description),
        ("unit", action.unit, unit),
    ):
        if old != new:
            events.append(record_event(action, actor, "changed", name, old, new))
            setattr(action, name, new)
    if owner is not action.owner:
        events.append(
            record_event(action, actor, "changed", "owner", _name(action.owner), _name(owner))
        )
        action.owner = owner
    co_owners = [p for p in co_owners if p is not owner]
    if {p.id for p in co_owners} != {p.id for p in action.co_owners}:
        events.append(
            record_event(
                action, actor, "changed", "co_owners", _names(action.co_owners), _names(co_owners)
            )
        )
        action.co_owners = co_owners
    if events:
        _touch(action, actor)
    db.session.flush()
    return events


def _name(person: Person | None) -> str | None:
    return person.name if person else None


def _names(people) -> str | None:
    return ", ".join(sorted(p.name for p in people)) or None
