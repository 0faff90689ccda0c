"""A meeting recorded by hand proposes actions as an import would: the meeting is given to the
same reader (tracker.minutes.drafts.extract_draft_actions) as a parsed referat, with the same
known people and planned meetings, and each proposal is tied back to the decision it came from.

Read only: nothing is saved here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from tracker.actions.meeting_words import planned_meetings
from tracker.extensions import db
from tracker.minutes.attendees import Attendee
from tracker.minutes.bodies import is_body
from tracker.minutes.drafts import DraftAction, extract_draft_actions
from tracker.minutes.items import MinutesPoint, ParsedAgendaItem
from tracker.minutes.parser import ParsedMinutes
from tracker.models import Meeting, Person, Point
from tracker.people import matching


@dataclass
class Proposal:
    """A proposed action read from one decision, and what "Ny handling" is prefilled with."""

    draft: DraftAction
    owner: Person | None = None
    co_owners: list[Person] = field(default_factory=list)

    def prefill(self) -> dict:
        """The query of the "Ny handling" link: title, owner, co-owners and deadline words."""
        query: dict = {"titel": self.draft.title}
        if self.owner is not None:
            query["ejer"] = self.owner.id
        if self.co_owners:
            query["medejer"] = [p.id for p in self.co_owners]
        if self.draft.deadline_text:
            query["frist"] = self.draft.deadline_text
        return query


def known_people() -> list[str]:
    """Names of everybody the system knows, for matching names in the minutes."""
    return list(db.session.scalars(select(Person.name).where(Person.active.is_(True))))


def as_minutes(meeting: Meeting) -> ParsedMinutes:
    """The meeting as the reader sees a referat: its forum, date, attendees, items and points."""
    items = []
    for item in sorted(meeting.agenda_items, key=lambda i: i.number):
        points = [
            MinutesPoint(heading=p.heading, text=p.text, kind=p.kind)
            for p in sorted(item.points, key=lambda p: (p.position, p.id or 0))
        ]
        items.append(
            ParsedAgendaItem(
                number=item.number,
                title=item.title,
                case_number=item.case_number,
                summary=item.summary or "",
                decision=item.decision or "",
                points=points,
            )
        )
    return ParsedMinutes(
        forum=meeting.forum.name,
        title=meeting.title,
        date=meeting.date,
        start_time=meeting.start_time,
        location=meeting.location,
        attendees=[Attendee(name=a.person.name, present=a.present) for a in meeting.attendances],
        agenda_items=items,
    )


def drafts_of(meeting: Meeting) -> list[DraftAction]:
    """The importer's proposals for the meeting's text, deadline words read from its date."""
    planned = planned_meetings(meeting.forum.name, meeting.date)
    return extract_draft_actions(as_minutes(meeting), known_people(), planned)


def _point_of(draft: DraftAction, meeting: Meeting) -> Point | None:
    """The decision a draft came from: its item's point by index, or the one holding its text."""
    item = next((i for i in meeting.agenda_items if i.number == draft.agenda_item_number), None)
    if item is None:
        return None
    points = sorted(item.points, key=lambda p: (p.position, p.id or 0))
    if draft.point_index is not None and draft.point_index < len(points):
        return points[draft.point_index]
    source = " ".join(draft.source_text.split())
    return next((p for p in points if source and source in " ".join(p.text.split())), None)


def _person(name: str, attendees: list[Person]) -> Person | None:
    """The one person a proposed owner's name names (the people area's matching rule)."""
    resolve = getattr(matching, "resolve", None)  # the one rule, where the people slice has it
    if resolve is not None:
        match = resolve(name, attendees)
        return match.person if match.state == "known" else None
    return matching.person_named(name)


@dataclass
class Proposed:
    """A meeting's proposals: by the point they came from, or by the agenda item whose own
    "Beslutning" field (no points under it) they came from."""

    points: dict[int, list[Proposal]] = field(default_factory=dict)
    items: dict[int, list[Proposal]] = field(default_factory=dict)


def _proposal(draft: DraftAction, meeting: Meeting, attendees: list[Person]) -> Proposal:
    """The draft with its owner names resolved to people (a body such as "Forummet" is none)."""
    people: list[Person] = []
    for name in draft.owner_names:
        person = None if is_body(name, meeting.forum.name) else _person(name, attendees)
        # by id: Flask-Login's __eq__ makes all people without a login equal
        if person is not None and person.active and person.id not in {p.id for p in people}:
            people.append(person)
    return Proposal(draft, people[0] if people else None, people[1:])


def by_decision(meeting: Meeting) -> Proposed:
    """Each decision's proposals, by the point's id or (a decision typed on the item itself)
    the agenda item's id, owners resolved to people."""
    attendees = [a.person for a in meeting.attendances]
    found = Proposed()
    for draft in drafts_of(meeting):
        proposal = _proposal(draft, meeting, attendees)
        point = _point_of(draft, meeting)
        if point is not None:
            found.points.setdefault(point.id, []).append(proposal)
            continue
        item = next((i for i in meeting.agenda_items if i.number == draft.agenda_item_number), None)
        if item is not None and not item.points:  # the reader read the item's own decision
            found.items.setdefault(item.id, []).append(proposal)
    return found
