"""The private iCalendar feed (RFC 5545): a person's open actions as all-day events."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar, Event
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Action, Person, utcnow
from tracker.routing import external_url


def build_feed(person: Person, calendar_name: str) -> bytes:
    """An iCalendar document with the person's open actions spanning their deadline periods."""
    calendar = Calendar()
    calendar.add("prodid", "-//Tracker//Opfølgning på Lederforum//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-published-ttl", "PT6H")
    actions = db.session.scalars(
        select(Action)
        .where(Action.involving(person.id), Action.open_clause(), Action.due_end.is_not(None))
        .order_by(*Action.deadline_order())
    )
    stamp = utcnow()
    for action in actions:
        if action.due_end >= date.max:  # saved before the grammar's horizon: no day after it
            continue
        event = Event()
        event.add("uid", f"action-{action.id}@tracker")
        event.add("dtstamp", stamp)
        event.add("dtstart", action.due_start or action.due_end)
        event.add("dtend", action.due_end + timedelta(days=1))  # DTEND is exclusive
        event.add("summary", f"{action.title} ({action.deadline_text})")
        link = external_url("actions.action", action_id=action.id)
        event.add("description", link)
        event.add("url", link)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
