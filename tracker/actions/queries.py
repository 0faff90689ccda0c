"""Read-side queries for action lists: a fixed number of SQL statements whatever the data size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import joinedload, selectinload

from tracker.extensions import db
from tracker.models import Action, ActionEvent, Person, StatusNote

PAGE_SIZE = 50
SORTS = ("frist", "titel", "status", "ejer", "opdateret")
# The shared list counts exactly up to this many, then says "mere end 1.000": a count that
# stops, instead of one that reads every matching row.
COUNT_LIMIT = 1000


def _with_related(query: Select) -> Select:
    # Many-to-one in the same query; the co-owners list in one more.
    return query.options(
        joinedload(Action.owner),
        joinedload(Action.forum),
        joinedload(Action.meeting),
        selectinload(Action.co_owners),
    )


def action_for_page(action_id: int) -> Action | None:
    """One action with all its page shows, in four statements whatever it holds: the action
    with its forum, meeting, agenda item, point and owner; its co-owners; its notes with their
    authors; its history with who changed what (lazily loaded, they were nine statements, one
    more per note author)."""
    return db.session.get(Action, action_id, options=_action_page_options())


@cache
def _action_page_options():
    # Built once: options are immutable, and building them each time was a sixth of the
    # function calls of loading the page's action.
    return (
        joinedload(Action.forum),
        joinedload(Action.meeting),
        joinedload(Action.agenda_item),
        joinedload(Action.point),
        joinedload(Action.owner),
        selectinload(Action.co_owners),
        selectinload(Action.notes).joinedload(StatusNote.author),
        selectinload(Action.events).joinedload(ActionEvent.actor),
    )


def newest_note_ids(action_ids):
    """SQL: the id of each action's newest status note (the highest: ids grow with time)."""
    return (
        select(func.max(StatusNote.id))
        .where(StatusNote.action_id.in_(action_ids))
        .group_by(StatusNote.action_id)
    )


def latest_notes(action_ids: list[int]) -> dict[int, StatusNote]:
    """The newest status note of each action, in one query."""
    if not action_ids:
        return {}
    notes = db.session.scalars(
        select(StatusNote)
        .where(StatusNote.id.in_(newest_note_ids(action_ids)))
        .options(selectinload(StatusNote.author))
    )
    return {note.action_id: note for note in notes}


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
    """One page of the shared list; ``total`` is exact unless ``more`` (then it is COUNT_LIMIT
    and the list has more than that many actions, ``pages`` unknown)."""

    actions: list[Action]
    notes: dict[int, StatusNote]
    total: int
    page: int
    pages: int | None
    more: bool = False
    has_next: bool = False


# SQLite's planner takes the forum, status and overdue filters for selective: it seeks them and
# sorts every matching row, which for a sort by title, owner or last change grows with the data
# (most open actions are overdue). Its page query marks them likely() (a no-op at run time), so
# the sort order's index is walked instead and the reading stops after the page. A deadline
# range is left as it is: a month of ten years is selective, and walking costs more there
# (bench/README.md). PostgreSQL's own estimates get this right.
WALKED_SORTS = ("titel", "ejer", "opdateret")


def _filtered(filters: ActionFilters, today: date, page: bool = False) -> Select:
    walk = page and filters.sort in WALKED_SORTS and db.engine.dialect.name == "sqlite"

    def broad(term):
        return func.likely(term) if walk else term

    query = select(Action)
    if filters.forum:
        query = query.where(broad(Action.forum_id == filters.forum))
    if filters.meeting:
        query = query.where(Action.meeting_id == filters.meeting)
    if filters.owner:
        query = query.where(Action.involving(filters.owner))
    if filters.owner_name:
        people = select(Person.id).where(
            Person.name_key.contains(
                " ".join(filters.owner_name.split()).casefold(), autoescape=True
            )
        )
        query = query.where(Action.involving(people))
    if filters.status == "aaben":
        query = query.where(broad(Action.open_clause()))
    elif filters.status:
        query = query.where(broad(Action.status == filters.status))
    if filters.overdue:
        query = query.where(*(broad(term) for term in Action.overdue_clause(today).clauses))
    if _dated(filters):
        # Implied by the dates, and written so an index led by "no deadline" can seek to them.
        dated = Action.due_end.is_(None) == false()
        query = query.where(dated if filters.due_from or filters.due_to else broad(dated))
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


def _dated(filters: ActionFilters) -> bool:
    """The filters leave out the actions without a deadline."""
    return bool(filters.due_from or filters.due_to or filters.overdue)


def _due_order(dated: bool):
    # No deadline last: the order of "NULLS LAST", but indexable on SQLite and PostgreSQL. When
    # the filters leave no action without a deadline, the index's first column is one value
    # (the query says so) and is left out, or SQLite would sort what the index already has sorted.
    order = Action.deadline_order()
    return order[1:] if dated else order


def _ordering(sort: str, dated: bool):
    if sort == "titel":
        return (Action.title, Action.id)
    if sort == "status":
        return (Action.status, *_due_order(dated))
    if sort == "opdateret":
        return (Action.updated_at.desc(), Action.id.desc())
    return _due_order(dated)


def _count(query: Select, limit: int | None = None) -> int:
    ids = query.with_only_columns(Action.id).order_by(None)
    if limit is not None:
        ids = ids.limit(limit)
    return db.session.scalar(select(func.count()).select_from(ids.subquery()))


def _rows(query: Select, filters: ActionFilters, offset: int, limit: int) -> list[Action]:
    sort = filters.sort
    if sort != "ejer":
        ordered = _with_related(query.order_by(*_ordering(sort, _dated(filters))))
        return list(db.session.scalars(ordered.limit(limit).offset(offset)))
    # By owner: walk the people by name (their name_key index), each one's actions by the
    # owner index; the actions without an owner come last, read only when a page reaches them.
    owned = query.join(Person, Person.id == Action.owner_id)
    ordered = _with_related(owned.order_by(Person.name_key, Person.id, Action.id))
    rows = list(db.session.scalars(ordered.limit(limit).offset(offset)))
    if len(rows) == limit:
        return rows
    owned_total = offset + len(rows) if rows else _count(owned)
    unowned = _with_related(query.where(Action.owner_id.is_(None)).order_by(Action.id))
    rest = unowned.limit(limit - len(rows)).offset(max(0, offset - owned_total))
    return rows + list(db.session.scalars(rest))


def list_actions(filters: ActionFilters, today: date) -> ActionPage:
    """One page of the shared action list, filtered, searched and sorted.

    Costs one page whatever the data (for the filters and sorts an index serves, see
    tracker.models.actions): the count stops after COUNT_LIMIT, the rows are read in index
    order and the reading stops after the page.
    """
    query = _filtered(filters, today)
    counted = _count(query, COUNT_LIMIT + 1)
    listed = _filtered(filters, today, page=True)
    more = counted > COUNT_LIMIT
    pages = None if more else max(1, -(-counted // PAGE_SIZE))
    page = max(1, filters.page) if more else min(max(1, filters.page), pages)
    rows = _rows(listed, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1)
    if more and not rows and page > 1:
        # A page past the end of a long list (an old link): count it all once, show the last.
        counted, more = _count(query), False
        pages = max(1, -(-counted // PAGE_SIZE))
        page = pages
        rows = _rows(listed, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1)
    actions = rows[:PAGE_SIZE]
    return ActionPage(
        actions=actions,
        notes=latest_notes([a.id for a in actions]),
        total=COUNT_LIMIT if more else counted,
        page=page,
        pages=pages,
        more=more,
        has_next=len(rows) > PAGE_SIZE,
    )
