"""The private iCalendar feed (RFC 5545): a person's open actions as all-day events."""

from __future__ import annotations

import secrets
from datetime import timedelta

from icalendar import Calendar, Event
from sqlalchemy import select

from tracker.actions.queries import involves
from tracker.extensions import db
from tracker.models import OPEN_STATUSES, Action, Person, utcnow


def renew_token(person: Person) -> str:
    """Give the person a new feed token; the old URL stops working."""
    person.calendar_token = secrets.token_urlsafe(32)
    db.session.flush()
    return person.calendar_token


def person_for_token(token: str) -> Person | None:
    """The active person whose feed token is ``token``."""
    if not token or len(token) < 20:
        return None
    person = db.session.scalar(select(Person).where(Person.calendar_token == token))
    return person if person is not None and person.active else None


def build_feed(person: Person, base_url: str, calendar_name: str) -> bytes:
    """An iCalendar document with the person's open actions spanning their deadline periods."""
    calendar = Calendar()
    calendar.add("prodid", "-//Tracker//Opfølgning på Lederforum//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-published-ttl", "PT6H")
    actions = db.session.scalars(
        select(Action)
        .where(involves(person.id), Action.status.in_(OPEN_STATUSES), Action.due_end.is_not(None))
        .order_by(Action.due_end, Action.id)
    )
    stamp = utcnow()
    for action in actions:
        event = Event()
        event.add("uid", f"action-{action.id}@tracker")
        event.add("dtstamp", stamp)
        event.add("dtstart", action.due_start or action.due_end)
        event.add("dtend", action.due_end + timedelta(days=1))  # DTEND is exclusive
        event.add("summary", f"{action.title} ({action.deadline_text})")
        event.add("description", f"{base_url}/handlinger/{action.id}")
        event.add("url", f"{base_url}/handlinger/{action.id}")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
