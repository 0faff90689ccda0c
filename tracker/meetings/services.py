"""Meeting services: plain functions with explicit arguments; they flush, never commit."""

from __future__ import annotations

import re
import unicodedata
import zlib
from datetime import date, timedelta

from sqlalchemy import func, select

from tracker import rules
from tracker.extensions import db
from tracker.models import AgendaItem, Attendance, Forum, Meeting, Person, Point

SLUG_MAX = Forum.slug.type.length


def slugify(name: str, max_length: int = SLUG_MAX) -> str:
    """Turn a forum name into a URL slug: "Strategisk Chefforum" -> "strategisk-chefforum".

    At most ``max_length`` characters (the slug column's), cut at a hyphen where one is near.
    """
    text = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1].rfind("-")
        slug = slug[: cut if cut > max_length // 2 else max_length].strip("-")
    return slug or "forum"


def list_forums() -> list[Forum]:
    """All forums by name."""
    return list(db.session.scalars(select(Forum).order_by(Forum.name)))


def get_forum_by_slug(slug: str) -> Forum | None:
    """The forum with ``slug``, if any."""
    return db.session.scalar(select(Forum).where(Forum.slug == slug))


def forum_named(name: str) -> Forum | None:
    """The forum called ``name``: that name, else the same slug (case, Æ/Ø/Å spelt out and
    spacing do not count; compared as slugs because SQLite's lower() leaves Æ, Ø, Å be)."""
    wanted = name.strip()
    if not wanted:
        return None
    found = db.session.scalar(select(Forum).where(Forum.name == wanted))
    return found or db.session.scalar(select(Forum).where(Forum.slug == slugify(wanted)))


def lock_forum_name(name: str) -> None:
    """Hold, until the transaction ends, a lock on the forum called ``name`` (PostgreSQL): two
    saves of one forum's meeting at the same instant wait for each other, so the second sees
    the first's meeting (and the forum it may have made) and is refused as a duplicate. On
    SQLite a writing transaction holds the whole database already."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    key = zlib.crc32(slugify(name.strip()).encode())  # a name's spellings share a slug
    db.session.execute(select(func.pg_advisory_xact_lock(key)))


def get_or_create_forum(name: str, description: str | None = None) -> Forum:
    """Return the forum called ``name`` (forum_named), creating it when it does not exist."""
    forum = forum_named(name)
    if forum is None:
        forum = Forum(name=name.strip(), slug=unique_slug(name), description=description)
        db.session.add(forum)
        db.session.flush()
    return forum


def unique_slug(name: str) -> str:
    """A slug for ``name`` not used by another forum, within the slug column's length."""
    slug, n = slugify(name), 2
    while db.session.scalar(select(Forum.id).where(Forum.slug == slug)) is not None:
        suffix = f"-{n}"
        slug, n = slugify(name, SLUG_MAX - len(suffix)) + suffix, n + 1
    return slug


def save_meeting(meeting: Meeting, data: dict) -> Meeting:
    """Copy form data onto ``meeting`` (new or existing) and flush; an empty title becomes the
    forum's name and the date (tracker.rules.meeting_title)."""
    for field in ("title", "date", "start_time", "location", "status"):
        if field in data:
            setattr(meeting, field, data[field])
    if not (meeting.title or "").strip():
        meeting.title = rules.meeting_title(meeting.forum.name, meeting.date)
    db.session.add(meeting)
    db.session.flush()
    return meeting


def set_attendance(attendance: Attendance, present: bool) -> None:
    """Mark an attendee present or absent ("Fravær")."""
    attendance.present = present
    db.session.flush()


def remove_attendee(attendance: Attendance) -> None:
    """Take a person off the meeting's list."""
    db.session.delete(attendance)
    db.session.flush()


def agenda_number_taken(meeting: Meeting, number: int, item: AgendaItem | None = None) -> bool:
    """True when another agenda item of the meeting has ``number``."""
    return any(i.number == number and i is not item for i in meeting.agenda_items)


def save_agenda_item(item: AgendaItem, data: dict) -> AgendaItem:
    """Copy form data onto an agenda item and flush."""
    for field in ("number", "title", "case_number", "summary", "decision"):
        if field in data:
            value = data[field]
            setattr(item, field, value.strip() if isinstance(value, str) else value)
    db.session.add(item)
    db.session.flush()
    return item


def save_point(point: Point | None, item: AgendaItem, data: dict) -> Point:
    """Copy form data onto a point; a new point goes last in its agenda item."""
    if point is None:
        position = max((p.position for p in item.points), default=-1) + 1
        point = Point(agenda_item=item, position=position)
    point.heading = (data.get("heading") or "").strip() or None
    point.text = data["text"].strip()
    point.kind = data.get("kind") or "plenum"
    db.session.add(point)
    db.session.flush()
    return point


def last_meeting(forum: Forum) -> Meeting | None:
    """The forum's latest meeting by date, held or planned."""
    return db.session.scalar(
        select(Meeting)
        .where(Meeting.forum_id == forum.id)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
    )


def proposed_date(meetings_dates: list[date], today: date) -> date:
    """The next meeting's date: the last one plus the gap between the last two (else four
    weeks), moved on by whole weeks (the same weekday) until it is after today."""
    if not meetings_dates:
        return today + timedelta(days=28)
    last = max(meetings_dates)
    earlier = [d for d in meetings_dates if d < last]
    gap = (last - max(earlier)).days if earlier else 28
    proposal = last + timedelta(days=max(7, round(gap / 7) * 7))
    while proposal <= today:
        proposal += timedelta(days=7)
    return proposal


def plan_proposal(forum: Forum, today: date) -> dict:
    """What "Planlæg næste møde" suggests from the forum's last meeting: date, time, place and
    its attendees (the title follows from forum and date when left empty)."""
    last = last_meeting(forum)
    dates = list(
        db.session.scalars(
            select(Meeting.date)
            .where(Meeting.forum_id == forum.id)
            .order_by(Meeting.date.desc())
            .limit(2)
        )
    )
    day = proposed_date(dates, today)
    return {
        # The form's values; its title stays empty and so follows the date chosen on saving.
        "form": {
            "date": day,
            "start_time": last.start_time if last else None,
            "location": last.location if last else None,
            "status": "planned",
        },
        "title": rules.meeting_title(forum.name, day),
        "last": last,
        "attendees": [a.person for a in sorted(last.attendances, key=lambda a: a.position)]
        if last
        else [],
    }


def copy_attendees(meeting: Meeting, people: list[Person]) -> int:
    """Put ``people`` on the meeting's list (expected present), in their order; how many."""
    known = {a.person_id for a in meeting.attendances}
    added = 0
    for person in people:
        if person.id in known:
            continue
        db.session.add(
            Attendance(meeting=meeting, person=person, present=True, position=len(known) + added)
        )
        added += 1
    db.session.flush()
    return added
