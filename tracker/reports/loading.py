"""The status overview's actions and notes as plain rows, read in a few statements.

The overview only reads its actions, and a forum's overview holds hundreds of them with their
owners, co-owners, agenda items and notes: read as ORM objects they cost more than all the
statements together (bench/README.md, "The status overview"). So they are read as rows into
the small classes below, which have the attributes of an Action, a Person and a StatusNote
that the page and the files use (tracker.reports.wording), and no more.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from tracker import rules
from tracker.extensions import db
from tracker.models import Action, AgendaItem, Meeting, Person, StatusNote, action_co_owner


@dataclass(slots=True)
class Named:
    """A person as the overview names them."""

    id: int
    name: str


@dataclass(slots=True)
class Item:
    """An agenda item as the overview's group headings name it."""

    id: int
    number: int
    title: str
    case_number: str | None


@dataclass(slots=True, eq=False)
class ListedAction:
    """An action of the overview, with the attributes of tracker.models.Action it shows."""

    id: int
    title: str
    status: str
    owner_id: int | None
    owner: Named | None
    deadline_text: str | None
    due_start: date | None
    due_end: date | None
    unit: str | None
    closed_at: datetime | None
    accepted_at: datetime | None
    created_at: datetime
    meeting_id: int | None
    meeting: Meeting | None
    agenda_item: Item | None
    co_owners: list[Named] = field(default_factory=list)  # by name, as Action.co_owners
    deadline_precision: str | None = None

    @property
    def is_open(self) -> bool:
        """Not started or in progress (tracker.rules.is_open)."""
        return rules.is_open(self.status)

    @property
    def other_owners(self) -> list[str]:
        """The names of the co-owners who are not the owner, by name (the "Medejer" line)."""
        return [p.name for p in self.co_owners if p.id != self.owner_id]

    def is_overdue(self, today: date) -> bool:
        """Open and past the deadline's end (tracker.rules.is_overdue)."""
        return rules.is_overdue(self.status, self.due_end, today)

    @property
    def deadline_note(self) -> str:
        """As Action.deadline_note (tracker.rules.deadline_note): the same words as every page."""
        return rules.deadline_note(
            self.deadline_text, self.due_start, self.due_end, self.deadline_precision
        )

    def involves(self, person_id: int | None) -> bool:
        """The person owns or co-owns the action (tracker.rules.involves, as Action.involves)."""
        return rules.involves(person_id, self.owner_id, (p.id for p in self.co_owners))


@dataclass(slots=True)
class Note:
    """A status note, with the attributes of tracker.models.StatusNote the overview shows."""

    id: int
    action_id: int
    author_id: int | None
    created_at: datetime
    text: str
    author: Named | None


def listed_statement(forum_id: int, since: datetime):
    """The overview's statement of the forum's open actions and those closed since ``since``;
    its open half is the partial index's own condition (Action.open_clause), so that index can
    serve it (tests/reports/test_status_overview_queries.py holds the plan)."""
    owner = aliased(Person)
    in_forum = Action.forum_id == forum_id
    return (
        select(
            Action.id,
            Action.title,
            Action.status,
            Action.owner_id,
            owner.name,
            Action.deadline_text,
            Action.due_start,
            Action.due_end,
            Action.unit,
            Action.closed_at,
            Action.accepted_at,
            Action.created_at,
            Action.meeting_id,
            AgendaItem.id,
            AgendaItem.number,
            AgendaItem.title,
            AgendaItem.case_number,
            Action.deadline_precision,
        )
        .outerjoin(owner, owner.id == Action.owner_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        # Two seeks of the forum, its open actions and those closed since (each disjunct
        # carries the forum, so SQLite unites two index ranges instead of reading every
        # action of the forum).
        .where(
            or_(
                and_(in_forum, Action.open_clause()),
                and_(in_forum, Action.closed_at >= since),
            )
        )
    )


def listed_actions(
    forum_id: int, since: datetime, meetings: dict[int, Meeting]
) -> list[ListedAction]:
    """The forum's open actions and those closed since ``since``, with owners, co-owners and
    agenda items; ``meetings`` are the forum's meetings by id (the chart has them all)."""
    rows = db.session.execute(listed_statement(forum_id, since)).all()
    actions = []
    for r in rows:
        actions.append(
            ListedAction(
                id=r[0],
                title=r[1],
                status=r[2],
                owner_id=r[3],
                owner=Named(r[3], r[4]) if r[3] is not None else None,
                deadline_text=r[5],
                due_start=r[6],
                due_end=r[7],
                unit=r[8],
                closed_at=r[9],
                accepted_at=r[10],
                created_at=r[11],
                meeting_id=r[12],
                meeting=meetings.get(r[12]) if r[12] is not None else None,
                agenda_item=Item(r[13], r[14], r[15], r[16]) if r[13] is not None else None,
                deadline_precision=r[17],
            )
        )
    if actions:
        by_id = {a.id: a for a in actions}
        co_owners = db.session.execute(
            select(action_co_owner.c.action_id, Person.id, Person.name)
            .join(Person, Person.id == action_co_owner.c.person_id)
            .where(action_co_owner.c.action_id.in_(list(by_id)))
            .order_by(Person.name)
        ).all()
        for action_id, person_id, name in co_owners:
            by_id[action_id].co_owners.append(Named(person_id, name))
    return actions


def owners_notes(actions: list[ListedAction]) -> dict[int, list[Note]]:
    """The latest status note of each action's owner and of each co-owner, in one statement,
    the owner's first, then the co-owners' by name."""
    if not actions:
        return {}
    ids = [a.id for a in actions]
    newest = (
        select(func.max(StatusNote.id))
        .where(StatusNote.action_id.in_(ids), StatusNote.author_id.is_not(None))
        .group_by(StatusNote.action_id, StatusNote.author_id)
    )
    rows = db.session.execute(
        select(
            StatusNote.id,
            StatusNote.action_id,
            StatusNote.author_id,
            StatusNote.created_at,
            StatusNote.text,
            Person.name,
        )
        .outerjoin(Person, Person.id == StatusNote.author_id)
        .where(StatusNote.id.in_(newest))
    ).all()
    by_action = {a.id: a for a in actions}
    found: dict[int, list[Note]] = defaultdict(list)
    for note_id, action_id, author_id, created_at, text, name in rows:
        action = by_action[action_id]
        if action.involves(author_id):
            author = Named(author_id, name) if name is not None else None
            found[action_id].append(Note(note_id, action_id, author_id, created_at, text, author))
    for action_id, listed in found.items():
        owner_id = by_action[action_id].owner_id
        listed.sort(key=lambda n: (n.author_id != owner_id, n.author.name if n.author else ""))
    return found
