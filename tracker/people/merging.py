"""Merging a duplicate person into the one to keep, in the caller's one transaction.

Every column that points at a person is moved, found from the schema itself, so a table added
later is not forgotten; where a row may exist once per person (co-owners, attendance) the two
rows become one. The duplicate's logins end, and the duplicate is deleted.

What never moves: the duplicate's password, email address and calendar link (the kept person
takes only title, unit, manager, substitute and absence it lacks), and its emails that have not
gone out (stopped, with the reason, before the rows move: a reset or check-in link is never
signed for the kept person at the duplicate's address). Two people with different roles are
merged only when the admin says which role stays.
"""

from __future__ import annotations

from typing import NamedTuple

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, delete, exists, select, update
from sqlalchemy.orm import aliased

from tracker import rules
from tracker.actions.services import record_event
from tracker.extensions import db
from tracker.models import ROLES, Action, Attendance, LoginSession, Person, action_co_owner
from tracker.people.services import (
    MERGED_ERROR,
    PeopleError,
    audit,
    last_admin_left,
    stop_pending_emails,
)
from tracker.text import name_words

# Handled one by one below: rows once per person, logins, and the person's own links.
SPECIAL = {
    ("action_co_owner", "person_id"),
    ("attendance", "person_id"),
    ("login_session", "person_id"),
    ("person", "manager_id"),
    ("person", "substitute_id"),
}
# What the kept person takes from the duplicate when it has none; never an address or a password.
FILLED = ("title", "unit", "manager_id", "substitute_id", "absent_until")


def person_columns() -> list[tuple[str, str]]:
    """Every (table, column) with a foreign key to person.id."""
    found = []
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == "person" for fk in column.foreign_keys):
                found.append((table.name, column.name))
    return found


def candidates(person: Person) -> list[Person]:
    """Everyone who could be a duplicate of ``person``: all others not erased, by name."""
    return list(
        db.session.scalars(
            select(Person)
            .where(Person.id != person.id, Person.erased_at.is_(None))
            .order_by(Person.name_key, Person.id)
        )
    )


# Why the merge page suggests a person, in its words.
LOOK_ALIKE_REASONS = {
    "name": _l("samme navn eller en del af det"),
    "surname": _l("samme fornavn, lignende efternavn"),
    "email": _l("samme e-mail før @"),
}


def look_alikes(person: Person) -> list[tuple[Person, str]]:
    """Others who may be ``person`` (tracker.rules.look_alike), with the reason in words: the
    same name but for spelling or a first or partial name of it, the same first name and a
    similar surname, the same email before the @."""
    mine = name_words(person.name)
    found = []
    for other in candidates(person):
        reason = rules.look_alike(mine, name_words(other.name), person.email, other.email)
        if reason:
            found.append((other, LOOK_ALIKE_REASONS[reason]))
    return found


class Merged(NamedTuple):
    """What a merge did, for the page that says so: in names."""

    duplicate: str
    kept: str
    actions: int
    references: int


def merge(keep: Person, duplicate: Person | None, actor: Person, role: str | None = None) -> Merged:
    """Move everything of ``duplicate`` to ``keep`` and delete ``duplicate``; what was done.

    ``role``: the role the kept person has afterwards, required when the two roles differ."""
    if duplicate is None or duplicate.id == keep.id:
        raise PeopleError(_l("Vælg en anden person som dubletten."), "duplicate")
    if keep.erased_at is not None or duplicate.erased_at is not None:
        raise PeopleError(_l("En slettet person kan ikke lægges sammen."), "duplicate")
    if not keep.active and duplicate.active:
        raise PeopleError(
            _l("Den aktive person skal beholdes: læg den deaktiverede sammen med den aktive."),
            "duplicate",
        )
    if actor.id == duplicate.id:
        raise PeopleError(_l("Du kan ikke lægge dig selv sammen med en anden."), "duplicate")
    role = _role_after(keep, duplicate, role)
    old, new, duplicate_name = duplicate.id, keep.id, duplicate.name
    stop_pending_emails(duplicate, MERGED_ERROR, states=("pending", "failed"))
    actions = _record_history(keep, duplicate, actor)
    _fill_from(keep, duplicate)
    _merge_co_owners(old, new)
    _merge_attendance(old, new)
    db.session.execute(delete(LoginSession).where(LoginSession.person_id == old))
    for column in ("manager_id", "substitute_id"):
        _update("person", column, old, new, extra=Person.id != new)
        _update("person", column, old, None, extra=Person.id == new)  # never one's own
    moved = 0
    for table, column in person_columns():
        if (table, column) not in SPECIAL:
            moved += _update(table, column, old, new)
    db.session.expire_all()
    duplicate = db.session.get(Person, old)
    db.session.delete(duplicate)
    db.session.flush()
    keep = db.session.get(Person, new)
    # The trail holds no names (it outlives an erasure): the kept person is its row's person.
    audit("merge", keep, actor, f"dublet #{old} lagt sammen hermed: {len(actions)} handlinger")
    if role != keep.role:
        audit("role", keep, actor, f"{keep.role} → {role} (sammenlægning med dublet #{old})")
        keep.role = role
        db.session.flush()
    return Merged(duplicate_name, keep.name, len(actions), moved)


def roles_differ(keep: Person, duplicate: Person | None) -> bool:
    """True when the merge must ask which role stays."""
    return duplicate is not None and keep.role != duplicate.role


def _role_after(keep: Person, duplicate: Person, role: str | None) -> str:
    """The kept person's role afterwards: its own, or the one the admin chose of the two."""
    if not roles_differ(keep, duplicate):
        return keep.role
    if role not in ROLES or role not in (keep.role, duplicate.role):
        raise PeopleError(
            _l("De to personer har forskellige roller: vælg, hvilken rolle der skal blive."),
            "role",
        )
    was_admin = "admin" in (keep.role, duplicate.role)
    if was_admin and role != "admin" and last_admin_left([keep, duplicate]):
        raise PeopleError(_l("Den sidste administrator kan ikke miste rollen."), "role")
    return role


def _update(table_name: str, column: str, old, new, extra=None) -> int:
    table = db.metadata.tables[table_name]
    statement = update(table).where(table.c[column] == old).values({column: new})
    if extra is not None:
        statement = statement.where(extra)
    result = db.session.execute(statement.execution_options(synchronize_session=False))
    return result.rowcount or 0


def _record_history(keep: Person, duplicate: Person, actor: Person) -> list[Action]:
    actions = db.session.scalars(select(Action).where(Action.involving(duplicate.id))).all()
    for action in actions:
        # In names, as the history speaks (an erasure replaces the name there too).
        record_event(action, actor, "merged", "owner", duplicate.name, keep.name)
    db.session.flush()
    return list(actions)


def _fill_from(keep: Person, duplicate: Person) -> None:
    """``keep`` takes what it lacks from the duplicate, never its address, password or calendar
    link: a look-alike made by someone else must not hand them a way into ``keep``'s account."""
    values = {name: getattr(duplicate, name) for name in FILLED}
    duplicate.email = None
    duplicate.password_hash = None
    duplicate.calendar_token = None
    db.session.flush()
    for name, value in values.items():
        if value is not None and getattr(keep, name) is None and value != keep.id:
            setattr(keep, name, value)
    db.session.flush()


def _merge_co_owners(old: int, new: int) -> None:
    table = action_co_owner
    twin = aliased(table)
    already = exists().where(and_(twin.c.action_id == table.c.action_id, twin.c.person_id == new))
    kept_owns = exists().where(and_(Action.id == table.c.action_id, Action.owner_id == new))
    duplicate_owns = exists().where(and_(Action.id == table.c.action_id, Action.owner_id == old))
    db.session.execute(delete(table).where(table.c.person_id == old, already | kept_owns))
    db.session.execute(delete(table).where(table.c.person_id == new, duplicate_owns))
    db.session.execute(update(table).where(table.c.person_id == old).values(person_id=new))


def _merge_attendance(old: int, new: int) -> None:
    rows = db.session.scalars(select(Attendance).where(Attendance.person_id.in_([old, new])))
    by_meeting: dict[int, list[Attendance]] = {}
    for row in rows:
        by_meeting.setdefault(row.meeting_id, []).append(row)
    for pair in by_meeting.values():
        if len(pair) == 2:
            kept = next(r for r in pair if r.person_id == new)
            gone = next(r for r in pair if r.person_id == old)
            kept.present = kept.present or gone.present
            db.session.delete(gone)
    db.session.flush()
    db.session.execute(
        update(Attendance)
        .where(Attendance.person_id == old)
        .values(person_id=new)
        .execution_options(synchronize_session=False)
    )
