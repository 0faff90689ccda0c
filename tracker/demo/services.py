"""Load the demo: the sample referat through the importer, reviewed as a secretary would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from tracker import rules
from tracker.actions.services import add_note, create_action
from tracker.deadlines import parse_deadline
from tracker.demo.shift import Shift, recent_shift, shift_deadline, shift_to
from tracker.extensions import db
from tracker.i18n import local_tz
from tracker.importing import refusals
from tracker.importing import services as importing
from tracker.meetings.services import copy_attendees, get_or_create_forum
from tracker.models import Action, AgendaItem, Forum, Meeting, Person
from tracker.people.matching import person_named

SAMPLE = Path(__file__).with_name("referat-lederforum-2025-02-26.md")
WRITTEN_DATE = date(2025, 2, 26)  # the sample referat's own meeting date
NEXT_MEETING_WEEKS = 7  # the shifted demo's next meeting, 1 to 4 weeks after today
DEMO_PASSWORD = "lederforum2025"
OTHER_FORUMS = ("Strategisk Chefforum", "Direktionen", "Kommunalbestyrelsen")
MORTEN, TORBEN, CHARLOTTE = "Morten Hoff Grønvald", "Torben G. M. Benneskov", "Charlotte Veilskov"


@dataclass(frozen=True)
class DemoLogin:
    name: str
    email: str
    role: str
    title: str


LOGINS = (
    DemoLogin("Sara Lindholm", "sekretariat@sonderoe.example", "secretary", "Forumkoordinator"),
    DemoLogin(TORBEN, "torben@sonderoe.example", "member", "Direktør"),
    DemoLogin(CHARLOTTE, "charlotte@sonderoe.example", "member", "Direktør"),
    DemoLogin(MORTEN, "morten@sonderoe.example", "admin", "Kommunaldirektør"),
)

# The secretary's review of the proposed actions: words in the proposal's title, owner,
# co-owners, and deadline words where the minutes gave none.
REVIEW = (
    ("seminar", MORTEN, (TORBEN,), None),
    ("budgettemadag", TORBEN, (), None),
    ("implementeringsstrategi", CHARLOTTE, (TORBEN,), None),
    ("personalepolitik", CHARLOTTE, (), "inden sommerferien"),
    ("onboarding", TORBEN, (CHARLOTTE,), "efteråret 2025"),
    ("prioriteret tema", MORTEN, (), "medio marts"),
    ("retningslinjer", MORTEN, (CHARLOTTE,), "2. kvartal 2025"),
    ("arbejde videre", CHARLOTTE, (), "løbende 2025"),
)
# Plenum points the secretary turned into actions by hand: (words in the point, title, owner,
# deadline words).
FROM_POINTS = (
    ("mødefri fredag", "Afprøve mødefri fredag og bedre kalenderstyring", CHARLOTTE, "uge 20 2025"),
    (
        "Administrative opgaver",
        "Forenkle administrative opgaver med erfaringer fra andre kommuner",
        TORBEN,
        "ultimo maj",
    ),
)


def demo_meeting_date(today: date) -> date:
    """The shifted demo's meeting: the minutes' weekday 3 to 6 weeks before ``today``."""
    return recent_shift(WRITTEN_DATE, today).shown


def load_demo(meeting_date: date | None = None) -> tuple[Meeting, bool]:
    """Load the demo once; return the meeting and whether it was created now.

    ``meeting_date`` None keeps the minutes' own date (26 February 2025, what the tests use);
    a date on the same weekday moves the meeting there, its deadlines with it (in words that
    name the new dates), a planned next meeting 7 weeks after it, and status notes dated in
    the weeks after it: some done, some under way, some overdue."""
    parsed = importing.read_referat(SAMPLE.read_bytes(), SAMPLE.name)
    existing = _existing_demo(parsed)
    if existing is not None:
        return existing, False
    written = parsed.minutes.date
    shift = None
    if meeting_date is not None and meeting_date != written:
        shift = shift_to(written, meeting_date)
    for name in OTHER_FORUMS:
        get_or_create_forum(name)
    secretary = _create_logins()
    reviewed = _review(parsed, shift)  # the minutes' words read on their own date, then moved
    if shift is not None:
        parsed.minutes.date = meeting_date
    meeting, _assigned = importing.save_import(parsed, reviewed, actor=secretary)
    points = [p for item in meeting.agenda_items for p in item.points]
    for needle, title, owner, words in FROM_POINTS:
        point = next(p for p in points if needle.lower() in p.text.lower())
        deadline = parse_deadline(words, written)
        create_action(
            forum=meeting.forum,
            meeting=meeting,
            agenda_item=point.agenda_item,
            point=point,
            title=title,
            owner=person_named(owner),
            deadline=shift_deadline(deadline, shift) if shift else deadline,
            actor=secretary,
        )
    if shift is None:
        _first_status_notes(meeting)
    else:
        _recent_history(meeting)
        _plan_next_meeting(meeting)
    db.session.flush()
    return meeting, True


def _existing_demo(parsed) -> Meeting | None:
    """The demo loaded before, on whatever date it was put: the forum's held meeting with the
    sample's case number and place (or the sample imported as written)."""
    minutes = parsed.minutes
    found = refusals.find_existing_meeting(minutes.forum, minutes)
    if found is not None:
        return found
    case_numbers = [item.case_number for item in minutes.agenda_items if item.case_number]
    return db.session.scalar(
        select(Meeting)
        .join(Forum)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(
            Forum.slug == "lederforum",
            Meeting.status == "held",
            Meeting.location == minutes.location,
            AgendaItem.case_number.in_(case_numbers),
        )
        .limit(1)
    )


def _review(parsed, shift: Shift | None) -> list[importing.ReviewedDraft]:
    reviewed = []
    for draft in importing.reviewed_from_proposals(parsed):
        choice = next((r for r in REVIEW if r[0] in draft.title.lower()), None)
        if choice is None:
            continue  # the secretary drops proposals that are not actions
        _, owner, co_owners, words = choice
        draft.owner_name, draft.co_owner_names = owner, list(co_owners)
        if draft.deadline is None and words:
            draft.deadline = parse_deadline(words, WRITTEN_DATE)
        if shift is not None:
            draft.deadline = shift_deadline(draft.deadline, shift)
        reviewed.append(draft)
    return reviewed


def _first_status_notes(meeting: Meeting) -> None:
    """The two actions under way have a first status note from their owner."""
    for action in db.session.scalars(select(Action).where(Action.meeting_id == meeting.id)):
        title = action.title.lower()
        if "seminar" in title:
            add_note(
                action,
                action.owner,
                "Program og dato er aftalt med Strategisk Chefforum.",
                "in_progress",
            )
        elif "budgettemadag" in title:
            add_note(
                action, action.owner, "Oplæg fra de seks reformspor er bestilt.", "in_progress"
            )


# The shifted demo's weeks after the meeting: (words in the title, days after the meeting,
# hour, note, new status). All within 20 days, so before today (3 to 6 weeks after).
HISTORY = (
    ("seminar", 2, 9, "Program og dato er aftalt med Strategisk Chefforum.", "in_progress"),
    ("seminar", 13, 15, "Seminaret er flyttet en uge; oplæggene mangler.", None),
    ("budgettemadag", 3, 10, "Oplæg fra de seks reformspor er bestilt.", "in_progress"),
    ("budgettemadag", 16, 14, "Oplæggene er samlet og sendt til Kommunalbestyrelsen.", "done"),
    ("implementeringsstrategi", 9, 11, "Første udkast drøftet i Direktionen.", "in_progress"),
    ("personalepolitik", 6, 13, "MED-udvalget er inddraget; høring i gang.", "in_progress"),
    ("mødefri fredag", 10, 8, "Mødefri fredag afprøvet i to fagområder.", "done"),
)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=local_tz())


def _recent_history(meeting: Meeting) -> None:
    """Created the day of the meeting; notes and status changes in the weeks after it."""
    actions = list(db.session.scalars(select(Action).where(Action.meeting_id == meeting.id)))
    created = _at(meeting.date, 14)
    for action in actions:
        action.created_at = action.updated_at = created
        for event in action.events:
            event.created_at = created
    for needle, days, hour, text, status in HISTORY:
        action = next(a for a in actions if needle in a.title.lower())
        before = {event.id for event in action.events}
        at = _at(meeting.date + timedelta(days=days), hour)
        note = add_note(action, action.owner, text, status)
        note.created_at = action.updated_at = at
        if action.closed_at is not None:
            action.closed_at = at
        for event in action.events:
            if event.id not in before:
                event.created_at = at
    db.session.flush()


def _plan_next_meeting(meeting: Meeting) -> Meeting:
    """The forum's next meeting, 7 weeks after this one, with the same time, place and list."""
    day = meeting.date + timedelta(weeks=NEXT_MEETING_WEEKS)
    planned = Meeting(
        forum=meeting.forum,
        title=rules.meeting_title(meeting.forum.name, day),
        date=day,
        start_time=meeting.start_time,
        location=meeting.location,
        status="planned",
    )
    db.session.add(planned)
    db.session.flush()
    people = [a.person for a in sorted(meeting.attendances, key=lambda a: a.position)]
    copy_attendees(planned, people)
    return planned


def _create_logins() -> Person:
    shared = Person(name="demo")
    shared.set_password(DEMO_PASSWORD)  # one scrypt hash (a tenth of a second) for all of them
    for login in LOGINS:
        person = person_named(login.name)
        if person is None:
            person = Person(name=login.name)
            db.session.add(person)
        person.email, person.role, person.title = login.email, login.role, login.title
        person.use_password_hash(shared.password_hash)
    db.session.flush()
    return person_named(LOGINS[0].name)
