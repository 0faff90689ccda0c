"""Read-side queries for action lists: a fixed number of SQL statements whatever the data size."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, and_, case, func, or_, select, union
from sqlalchemy.orm import joinedload, selectinload

from tracker import rules
from tracker.extensions import db
from tracker.models import OPEN_STATUSES, Action, Person, StatusNote, action_co_owner

PAGE_SIZE = 50
SORTS = ("frist", "titel", "status", "ejer", "opdateret")


def _with_related(query: Select) -> Select:
    # Many-to-one in the same query; the co-owners list in one more.
    return query.options(
        joinedload(Action.owner),
        joinedload(Action.forum),
        joinedload(Action.meeting),
        selectinload(Action.co_owners),
    )


def latest_notes(action_ids: list[int]) -> dict[int, StatusNote]:
    """The newest status note of each action, in one query."""
    if not action_ids:
        return {}
    newest = (
        select(func.max(StatusNote.id))
        .where(StatusNote.action_id.in_(action_ids))
        .group_by(StatusNote.action_id)
    )
    notes = db.session.scalars(
        select(StatusNote).where(StatusNote.id.in_(newest)).options(selectinload(StatusNote.author))
    )
    return {note.action_id: note for note in notes}


def involves(person_id: int):
    """SQL condition: the person owns or co-owns the action.

    Written as one IN over a UNION so both halves use their index; an OR of the two makes
    PostgreSQL scan every open action.
    """
    owned = select(Action.id).where(Action.owner_id == person_id)
    co_owned = select(action_co_owner.c.action_id).where(action_co_owner.c.person_id == person_id)
    return Action.id.in_(union(owned, co_owned))


@dataclass
class MyActions:
    actions: list[Action]
    notes: dict[int, StatusNote]
    overdue: int = 0
    soon: int = 0
    total: int = 0
    closed: list[Action] = field(default_factory=list)


def overdue_clause(today: date):
    """SQL twin of tracker.rules.is_overdue."""
    return and_(
        Action.status.in_(rules.OPEN_STATUSES),
        Action.due_end.is_not(None),
        Action.due_end < today,
    )


def due_soon_clause(today: date):
    """SQL twin of tracker.rules.is_due_soon."""
    return and_(
        Action.status.in_(rules.OPEN_STATUSES),
        Action.due_end.is_not(None),
        Action.due_end >= today,
        Action.due_end <= rules.due_soon_limit(today),
    )


def my_actions(person: Person, today: date, closed: bool = False) -> MyActions:
    """A person's open actions, overdue first, then due soon, then by deadline end."""
    if closed:
        query = (
            select(Action)
            .where(involves(person.id), Action.status.not_in(OPEN_STATUSES))
            .order_by(Action.closed_at.desc().nulls_last(), Action.id.desc())
        )
    else:
        bucket = case((overdue_clause(today), 0), (due_soon_clause(today), 1), else_=2)
        query = (
            select(Action)
            .where(involves(person.id), Action.status.in_(OPEN_STATUSES))
            .order_by(bucket, Action.due_end.asc().nulls_last(), Action.id)
        )
    actions = list(db.session.scalars(_with_related(query)))
    result = MyActions(actions=actions, notes=latest_notes([a.id for a in actions]))
    counted = actions if not closed else []
    result.overdue = sum(1 for a in counted if rules.is_overdue(a.status, a.due_end, today))
    result.soon = sum(1 for a in counted if rules.is_due_soon(a.status, a.due_end, today))
    result.total = len(counted)
    return result


@dataclass
class ActionFilters:
    """The filters of the shared action list, as they appear in the URL."""

    forum: int | None = None
    meeting: int | None = None
    owner: int | None = None
    owner_name: str = ""
    status: str | None = None  # a status, or "aaben" (open)
    overdue: bool = False
    due_from: date | None = None
    due_to: date | None = None
    q: str = ""
    sort: str = "frist"
    page: int = 1


@dataclass
class ActionPage:
    actions: list[Action]
    notes: dict[int, StatusNote]
    total: int
    page: int
    pages: int


def _filtered(filters: ActionFilters, today: date) -> Select:
    query = select(Action)
    if filters.forum:
        query = query.where(Action.forum_id == filters.forum)
    if filters.meeting:
        query = query.where(Action.meeting_id == filters.meeting)
    if filters.owner:
        query = query.where(involves(filters.owner))
    if filters.owner_name:
        people = select(Person.id).where(
            Person.name_key.contains(
                " ".join(filters.owner_name.split()).casefold(), autoescape=True
            )
        )
        co_owned = select(action_co_owner.c.action_id).where(
            action_co_owner.c.person_id.in_(people)
        )
        query = query.where(or_(Action.owner_id.in_(people), Action.id.in_(co_owned)))
    if filters.status == "aaben":
        query = query.where(Action.status.in_(OPEN_STATUSES))
    elif filters.status:
        query = query.where(Action.status == filters.status)
    if filters.overdue:
        query = query.where(overdue_clause(today))
    if filters.due_from:
        query = query.where(Action.due_end >= filters.due_from)
    if filters.due_to:
        query = query.where(Action.due_end <= filters.due_to)
    if filters.q:
        pattern = f"%{filters.q.strip()}%"
        in_notes = select(StatusNote.action_id).where(StatusNote.text.ilike(pattern))
        query = query.where(
            or_(
                Action.title.ilike(pattern),
                Action.description.ilike(pattern),
                Action.id.in_(in_notes),
            )
        )
    return query


def _ordering(sort: str):
    if sort == "titel":
        return (Action.title, Action.id)
    if sort == "status":
        return (Action.status, Action.due_end.asc().nulls_last(), Action.id)
    if sort == "ejer":
        owner_name = select(Person.name).where(Person.id == Action.owner_id).scalar_subquery()
        return (owner_name.asc().nulls_last(), Action.id)
    if sort == "opdateret":
        return (Action.updated_at.desc(), Action.id.desc())
    return (Action.due_end.asc().nulls_last(), Action.id)


def list_actions(filters: ActionFilters, today: date) -> ActionPage:
    """One page of the shared action list, filtered, searched and sorted."""
    query = _filtered(filters, today)
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, filters.page), pages)
    rows = db.session.scalars(
        _with_related(query.order_by(*_ordering(filters.sort)))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    )
    actions = list(rows)
    return ActionPage(
        actions=actions,
        notes=latest_notes([a.id for a in actions]),
        total=total,
        page=page,
        pages=pages,
    )
