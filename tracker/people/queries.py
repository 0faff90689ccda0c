"""Read-side queries for the people pages and for "who gets no reminders": a fixed number of
SQL statements whatever the number of people."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from tracker.actions import services as actions_services
from tracker.extensions import db
from tracker.models import ROLES, Action, Person, action_co_owner

PAGE_SIZE = 100
STATES = ("aktive", "inaktive", "alle")
SEARCH_MAX = 100


@dataclass
class PeopleFilters:
    """The list's filters as read from the URL (unknown values are dropped)."""

    search: str = ""
    state: str = "aktive"
    role: str = ""
    unit: str = ""
    no_email: bool = False
    page: int = 1

    @classmethod
    def from_args(cls, args) -> PeopleFilters:
        """Read the filters from request args; anything unknown is the default."""
        state = args.get("status", "aktive")
        role = args.get("rolle", "")
        page = args.get("side", "1")
        return cls(
            search=(args.get("q") or "").strip()[:SEARCH_MAX],
            state=state if state in STATES else "aktive",
            role=role if role in ROLES else "",
            unit=(args.get("enhed") or "").strip()[:200],
            no_email=args.get("uden_email") == "1",
            page=int(page) if page.isascii() and page.isdigit() and 0 < len(page) < 6 else 1,
        )


@dataclass
class PeoplePage:
    people: list[Person]
    open_counts: dict[int, int]
    total: int
    page: int
    pages: int
    units: list[str] = field(default_factory=list)
    missing: MissingEmail | None = None


@dataclass
class MissingEmail:
    """Active people without email who own or co-own open actions: they get no reminders."""

    people: list[Person]
    open_counts: dict[int, int]

    @property
    def actions(self) -> int:
        """Open actions of these people (an action of two such people counts for each)."""
        return sum(self.open_counts.values())


def open_counts(person_ids, forum_id: int | None = None) -> dict[int, int]:
    """Open actions per person among ``person_ids`` (ids, or a SELECT of them), owned or
    co-owned, of ``forum_id`` or any forum. Two grouped queries, each starting from the people
    through its index (nobody owns and co-owns the same action, so the two add up)."""
    ids = person_ids if hasattr(person_ids, "subquery") else list(person_ids)
    owned = (
        select(Action.owner_id, func.count())
        .where(Action.owner_id.in_(ids), Action.open_clause())
        .group_by(Action.owner_id)
    )
    co_owned = (
        select(action_co_owner.c.person_id, func.count())
        .join(Action, Action.id == action_co_owner.c.action_id)
        .where(action_co_owner.c.person_id.in_(ids), Action.open_clause())
        .group_by(action_co_owner.c.person_id)
    )
    if forum_id is not None:
        owned = owned.where(Action.forum_id == forum_id)
        co_owned = co_owned.where(Action.forum_id == forum_id)
    counts: dict[int, int] = {}
    for query in (owned, co_owned):
        for person_id, count in db.session.execute(query):
            counts[person_id] = counts.get(person_id, 0) + count
    return counts


def missing_email(forum_id: int | None = None) -> MissingEmail:
    """Who owns open actions (of ``forum_id``, or any) and has no email: nobody reminds them."""
    unreachable = select(Person.id).where(Person.email.is_(None), Person.active.is_(True))
    counts = open_counts(unreachable, forum_id=forum_id)
    if not counts:
        return MissingEmail([], {})
    people = db.session.scalars(
        select(Person).where(Person.id.in_(list(counts))).order_by(Person.name_key)
    ).all()
    return MissingEmail(list(people), {p.id: counts[p.id] for p in people})


def _filtered(filters: PeopleFilters):
    query = select(Person)
    if filters.state == "aktive":
        query = query.where(Person.active.is_(True))
    elif filters.state == "inaktive":
        query = query.where(Person.active.is_(False))
    if filters.role:
        query = query.where(Person.role == filters.role)
    if filters.unit:
        query = query.where(Person.unit == filters.unit)
    if filters.no_email:
        query = query.where(Person.email.is_(None))
    if filters.search:
        words = filters.search.casefold()
        pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                Person.name_key.like(pattern, escape="\\"),
                func.lower(Person.email).like(pattern, escape="\\"),
                func.lower(Person.title).like(pattern, escape="\\"),
                func.lower(Person.unit).like(pattern, escape="\\"),
            )
        )
    return query


def list_people(filters: PeopleFilters) -> PeoplePage:
    """One page of people matching ``filters``, with their open actions and the units."""
    query = _filtered(filters)
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(filters.page, pages)
    people = db.session.scalars(
        query.order_by(Person.name_key, Person.id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
        .options(selectinload(Person.manager))
    ).all()
    units = db.session.scalars(
        select(Person.unit).where(Person.unit.is_not(None)).distinct().order_by(Person.unit)
    ).all()
    return PeoplePage(
        people=list(people),
        open_counts=open_counts([p.id for p in people]) if people else {},
        total=total,
        page=page,
        pages=pages,
        units=list(units),
        missing=missing_email(),
    )


def open_actions_of(person: Person) -> list[Action]:
    """The person's open actions, owned or co-owned, by deadline."""
    return list(
        db.session.scalars(
            select(Action)
            .where(Action.open_clause(), Action.involving(person.id))
            .order_by(*Action.deadline_order())
            .options(selectinload(Action.forum), selectinload(Action.owner))
        )
    )


def reports_of(person: Person) -> list[Person]:
    """The people whose manager is ``person``."""
    return list(
        db.session.scalars(
            select(Person).where(Person.manager_id == person.id).order_by(Person.name_key)
        )
    )


def stands_in_for(person: Person) -> list[Person]:
    """The people whose substitute is ``person``."""
    return list(
        db.session.scalars(
            select(Person).where(Person.substitute_id == person.id).order_by(Person.name_key)
        )
    )


def people_for_choice(keep=()) -> list[Person]:
    """Who may be chosen (manager, substitute, new owner): the one rule of the action forms,
    ``tracker.actions.services.people_for_choice`` (the active, and ``keep``)."""
    return actions_services.people_for_choice(keep)
