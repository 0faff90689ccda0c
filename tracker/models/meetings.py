"""Forums, their meetings, attendance, agenda items and decision points."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db

from .people import Person
from .types import UTCDateTime, utcnow

MEETING_STATUSES = ("planned", "held")
POINT_KINDS = ("decision", "plenum")


class Forum(db.Model):
    __tablename__ = "forum"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The escalation ladder (off by default, set by an admin): an action overdue this many
    # working days without a note goes to the owner's manager, so many more to the secretariat.
    escalation_enabled: Mapped[bool] = mapped_column(default=False, server_default=sa_false())
    escalation_manager_days: Mapped[int] = mapped_column(default=10, server_default="10")
    escalation_secretariat_days: Mapped[int] = mapped_column(default=10, server_default="10")

    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="forum", order_by="Meeting.date.desc()"
    )


class Meeting(db.Model):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forum.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date]
    start_time: Mapped[dt.time | None]
    location: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="held")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    forum: Mapped[Forum] = relationship(back_populates="meetings")
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.number"
    )


class Attendance(db.Model):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    present: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    person: Mapped[Person] = relationship()


class AgendaItem(db.Model):
    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    case_number: Mapped[str | None] = mapped_column(String(50))
    summary: Mapped[str | None] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(Text)
    # "follow_up": the item "Opfølgning på handlinger" carried into the next meeting.
    kind: Mapped[str] = mapped_column(String(20), default="normal", server_default="normal")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    points: Mapped[list[Point]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", order_by="Point.position"
    )


class Point(db.Model):
    __tablename__ = "point"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    heading: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="plenum")
    position: Mapped[int] = mapped_column(default=0)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="points")
