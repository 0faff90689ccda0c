"""Turn parsed minutes into a meeting: forum, people, attendance, agenda and points."""

from __future__ import annotations

from sqlalchemy import select

from tracker.extensions import db
from tracker.meetings.services import get_or_create_forum, get_or_create_person
from tracker.minutes.parser import ParsedMinutes
from tracker.models import AgendaItem, Attendance, Meeting, Point


def find_existing_meeting(forum_name: str, minutes: ParsedMinutes) -> Meeting | None:
    """The meeting of the same forum on the same date and title, if it was imported before."""
    from tracker.meetings.services import slugify
    from tracker.models import Forum

    return db.session.scalar(
        select(Meeting)
        .join(Forum)
        .where(
            Forum.slug == slugify(forum_name),
            Meeting.date == minutes.date,
            Meeting.title == minutes.title,
        )
    )


def create_meeting_from_minutes(minutes: ParsedMinutes, forum_name: str | None = None) -> Meeting:
    """Create the meeting with its attendees (matched or created by name), agenda and points."""
    forum = get_or_create_forum(forum_name or minutes.forum)
    meeting = Meeting(
        forum=forum,
        title=minutes.title,
        date=minutes.date,
        start_time=minutes.start_time,
        location=minutes.location,
        status="held",
    )
    db.session.add(meeting)
    for position, attendee in enumerate(minutes.attendees):
        person = get_or_create_person(attendee.name)
        db.session.add(
            Attendance(meeting=meeting, person=person, present=attendee.present, position=position)
        )
    for parsed_item in minutes.agenda_items:
        item = AgendaItem(
            meeting=meeting,
            number=parsed_item.number,
            title=parsed_item.title,
            case_number=parsed_item.case_number,
            summary=parsed_item.summary,
            decision=parsed_item.decision,
        )
        db.session.add(item)
        for position, parsed_point in enumerate(parsed_item.points):
            db.session.add(
                Point(
                    agenda_item=item,
                    heading=parsed_point.heading,
                    text=parsed_point.text,
                    kind=parsed_point.kind,
                    position=position,
                )
            )
    db.session.flush()
    return meeting
