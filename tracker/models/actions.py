"""Actions, their status notes and their history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Select,
    String,
    Table,
    Text,
    and_,
    exists,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker import rules
from tracker.extensions import db

from .meetings import AgendaItem, Forum, Meeting, Point
from .people import Person
from .types import UTCDateTime, utcnow

action_co_owner = Table(
    "action_co_owner",
    db.Model.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Action(db.Model):
    __tablename__ = "action"
    __table_args__ = (Index("ix_action_status_due_end", "status", "due_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forum.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id"))
    point_id: Mapped[int | None] = mapped_column(ForeignKey("point.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    deadline_text: Mapped[str | None] = mapped_column(String(200))
    # The body the minutes gave the task to ("Forvaltningen"): the owner is its person.
    unit: Mapped[str | None] = mapped_column(String(200))
    due_start: Mapped[date | None]
    due_end: Mapped[date | None]
    deadline_precision: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The forum accepted the action as done ("godkendt af forum") at this meeting.
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepted_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Optimistic locking: a save based on an old version is refused, never overwrites.
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    forum: Mapped[Forum] = relationship()
    meeting: Mapped[Meeting | None] = relationship(foreign_keys=[meeting_id])
    accepted_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[accepted_meeting_id])
    agenda_item: Mapped[AgendaItem | None] = relationship()
    point: Mapped[Point | None] = relationship()
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    co_owners: Mapped[list[Person]] = relationship(
        secondary=action_co_owner, order_by="Person.name"
    )
    created_by: Mapped[Person | None] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[Person | None] = relationship(foreign_keys=[updated_by_id])
    notes: Mapped[list[StatusNote]] = relationship(
        back_populates="action", order_by="StatusNote.created_at.desc()", cascade="all"
    )
    events: Mapped[list[ActionEvent]] = relationship(
        back_populates="action", order_by="ActionEvent.id.desc()", cascade="all"
    )

    # The doors: each rule about one action, in Python and (as a classmethod) its SQL twin,
    # delegating to tracker.rules. Callers use these, never the columns behind them.

    @property
    def is_open(self) -> bool:
        """Not started or in progress (tracker.rules.is_open)."""
        return rules.is_open(self.status)

    @classmethod
    def open_clause(cls):
        """SQL twin of ``is_open``, with constants so the partial indexes of open actions
        (below) serve it on SQLite and PostgreSQL alike; a bound ``status IN (?, ?)`` cannot."""
        return open_condition(cls.status)

    @property
    def people(self) -> set[Person]:
        """The owner and the co-owners: who answers for the action."""
        return {p for p in (self.owner, *self.co_owners) if p is not None}

    def involves(self, person: Person | int | None) -> bool:
        """The person (or person id) owns or co-owns the action (tracker.rules.involves)."""
        person_id = person if person is None or isinstance(person, int) else person.id
        return rules.involves(person_id, self.owner_id, (p.id for p in self.co_owners))

    @classmethod
    def involving(cls, ids):
        """SQL twin of ``involves``: the person (an id or a bound parameter), or one of the
        people (a list of ids or a SELECT of them), owns or co-owns the action. One IN over a
        UNION so both halves use their index; an OR of the two makes PostgreSQL scan every
        open action."""
        many = isinstance(ids, list | tuple | set | frozenset | Select)
        person = action_co_owner.c.person_id
        owned = select(cls.id).where(cls.owner_id.in_(ids) if many else cls.owner_id == ids)
        co_owned = select(action_co_owner.c.action_id).where(
            person.in_(ids) if many else person == ids
        )
        return cls.id.in_(union(owned, co_owned))

    @classmethod
    def involves_clause(cls, person_id):
        """SQL twin of ``involves`` for a person column of the same row (a note's author):
        the action's owner, or one of its co-owners."""
        co_owns = exists().where(
            action_co_owner.c.action_id == cls.id, action_co_owner.c.person_id == person_id
        )
        return or_(cls.owner_id == person_id, co_owns)

    @classmethod
    def people_ids(cls, *conditions):
        """SQL: the ids of the owners and co-owners of the actions matching ``conditions``."""
        return union(
            select(cls.owner_id).where(cls.owner_id.is_not(None), *conditions),
            select(action_co_owner.c.person_id)
            .join(cls, cls.id == action_co_owner.c.action_id)
            .where(*conditions),
        )

    @property
    def last_event_id(self) -> int:
        """The newest history row's id (0 without history): what a page showed of the history."""
        return max((event.id for event in self.events), default=0)

    def is_overdue(self, today: date) -> bool:
        """Open and past the deadline's end (tracker.rules.is_overdue)."""
        return rules.is_overdue(self.status, self.due_end, today)

    @classmethod
    def overdue_clause(cls, today):
        """SQL twin of ``is_overdue`` (``today`` a date or a bound parameter)."""
        return and_(cls.open_clause(), cls.due_end.is_not(None), cls.due_end < today)

    @classmethod
    def due_soon_clause(cls, today, limit=None):
        """SQL twin of tracker.rules.is_due_soon; ``limit`` is rules.due_soon_limit(today),
        given apart when ``today`` is a bound parameter rather than a date."""
        return and_(
            cls.open_clause(),
            cls.due_end.is_not(None),
            cls.due_end >= today,
            cls.due_end <= (rules.due_soon_limit(today) if limit is None else limit),
        )

    @property
    def deadline_note(self) -> str:
        """What the shown deadline says after its words (tracker.rules.deadline_note): the
        templates' deadline() macro shows it."""
        return rules.deadline_note(
            self.deadline_text, self.due_start, self.due_end, self.deadline_precision
        )

    def days_over(self, today: date) -> int:
        """Days past the deadline's end, 0 when not overdue (tracker.rules.days_overdue)."""
        return rules.days_overdue(self.due_end, today) if self.is_overdue(today) else 0

    @staticmethod
    def by_deadline(action: Action) -> tuple:
        """Sort key: by deadline, no deadline last, then by id (tracker.rules.deadline_key)."""
        return rules.deadline_key(action.due_end, action.id)

    @classmethod
    def deadline_order(cls) -> tuple:
        """SQL twin of ``by_deadline``, for ORDER BY: (no deadline last, end, id), an expression
        SQLite and PostgreSQL can both index, where "NULLS LAST" is not indexable on SQLite."""
        return (cls.due_end.is_(None), cls.due_end, cls.id)


def open_condition(status):
    """``status IN ('not_started', 'in_progress')`` (tracker.rules.OPEN_STATUSES) as constants.

    The WHERE of the partial indexes below and of every query meant to use them
    (tracker.actions.queries.open_clause): a planner matches the two only when both are the
    same constants, never with bound parameters.
    """
    return status.in_([literal_column(f"'{value}'") for value in rules.OPEN_STATUSES])


# The shared list (/handlinger) walks one of these in its sort order and stops after a page
# (tracker.actions.queries.list_actions); bench/README.md says which serves which filter.
# "Frist" sorts as Action.deadline_order().
_DUE = Action.deadline_order()
_OPEN = open_condition(Action.status)
Index("ix_action_list_due", *_DUE)
Index("ix_action_list_forum_due", Action.forum_id, *_DUE)
Index("ix_action_list_open_due", *_DUE, sqlite_where=_OPEN, postgresql_where=_OPEN)
Index(
    "ix_action_list_open_forum_due",
    Action.forum_id,
    *_DUE,
    sqlite_where=_OPEN,
    postgresql_where=_OPEN,
)
Index("ix_action_list_status_due", Action.status, *_DUE)
Index("ix_action_list_forum_status_due", Action.forum_id, Action.status, *_DUE)
Index("ix_action_list_title", Action.title, Action.id)
Index("ix_action_list_forum_title", Action.forum_id, Action.title, Action.id)
Index("ix_action_list_updated", Action.updated_at, Action.id)
Index("ix_action_list_forum_updated", Action.forum_id, Action.updated_at, Action.id)
# The status overview (tracker.reports.services) seeks its forum in these, never the whole table:
# the chart counts per meeting and status from the index alone, the closed and the new actions
# since the last meeting are a range each.
Index("ix_action_forum_meeting_status", Action.forum_id, Action.meeting_id, Action.status)
Index("ix_action_forum_closed_at", Action.forum_id, Action.closed_at)
Index("ix_action_forum_created_at", Action.forum_id, Action.created_at)


class StatusNote(db.Model):
    __tablename__ = "status_note"
    # The latest note of each owner of an action, from the index alone (the status overview).
    __table_args__ = (Index("ix_status_note_action_author", "action_id", "author_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    status_from: Mapped[str | None] = mapped_column(String(20))
    status_to: Mapped[str | None] = mapped_column(String(20))
    # Where the note was written: None on the site, "email" for a check-in from an email.
    via: Mapped[str | None] = mapped_column(String(20))

    action: Mapped[Action] = relationship(back_populates="notes")
    author: Mapped[Person | None] = relationship()


class ActionEvent(db.Model):
    """One change to an action: who, when, which field, from and to."""

    __tablename__ = "action_event"
    # "Changes since the last meeting" asks for one field's changes after a date.
    # The status overview asks for its forum's actions' changes of a field since a date, per
    # action (ix_action_event_action_field): linear in the forum, where the field index alone
    # would read every forum's changes.
    __table_args__ = (
        Index("ix_action_event_field_created_at", "field", "created_at"),
        Index("ix_action_event_action_field", "action_id", "field", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(30))
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    action: Mapped[Action] = relationship(back_populates="events")
    actor: Mapped[Person | None] = relationship()
