"""Load the demo: the sample referat, people who log in, and actions drawn from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.actions.services import create_action
from tracker.deadlines import parse_deadline
from tracker.extensions import db
from tracker.meetings.services import find_person_by_name, get_or_create_forum
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes
from tracker.minutes.services import create_meeting_from_minutes, find_existing_meeting
from tracker.models import Meeting, Person

SAMPLE = Path(__file__).with_name("referat-lederforum-2025-02-26.md")
DEMO_PASSWORD = "lederforum2025"
OTHER_FORUMS = ("Strategisk Chefforum", "Direktionen", "Kommunalbestyrelsen")


@dataclass(frozen=True)
class DemoLogin:
    name: str
    email: str
    role: str
    title: str


LOGINS = (
    DemoLogin("Sara Lindholm", "sekretariat@sonderoe.example", "secretary", "Forumkoordinator"),
    DemoLogin("Torben G. M. Benneskov", "torben@sonderoe.example", "member", "Direktør"),
    DemoLogin("Charlotte Veilskov", "charlotte@sonderoe.example", "member", "Direktør"),
    DemoLogin("Morten Hoff Grønvald", "morten@sonderoe.example", "admin", "Kommunaldirektør"),
)

# (title, words that find the source point, owner, co-owners, deadline words, status)
ACTIONS = (
    (
        "Seminar for Strategisk Chefforum med fokus på reformerne",
        "kortsigtede sigtspunkter",
        "Morten Hoff Grønvald",
        ("Torben G. M. Benneskov",),
        "primo marts",
        "in_progress",
    ),
    (
        "Budgettemadag for Kommunalbestyrelsen",
        "kortsigtede sigtspunkter",
        "Torben G. M. Benneskov",
        (),
        "den 27. marts 2025",
        "in_progress",
    ),
    (
        "Implementeringsstrategi for reformerne til politisk godkendelse",
        "kortsigtede sigtspunkter",
        "Charlotte Veilskov",
        ("Torben G. M. Benneskov",),
        "april/maj 2025",
        "not_started",
    ),
    (
        "Proces for en opdateret personalepolitik",
        "opdateret personalepolitik",
        "Charlotte Veilskov",
        (),
        "inden sommerferien",
        "not_started",
    ),
    (
        "Nyt onboarding-forløb for ledere",
        "onboarding-forløb",
        "Torben G. M. Benneskov",
        ("Charlotte Veilskov",),
        "efteråret 2025",
        "not_started",
    ),
    (
        "Prioriterede temaer fra postkortene videre til Strategisk Chefforum",
        "Galleri-walk",
        "Morten Hoff Grønvald",
        (),
        "medio marts",
        "not_started",
    ),
    (
        "Retningslinjer for involvering og sammenhæng med strategierne",
        "retningslinjer for involvering",
        "Morten Hoff Grønvald",
        ("Charlotte Veilskov",),
        "2. kvartal 2025",
        "not_started",
    ),
    (
        "Afprøve mødefri fredag og bedre kalenderstyring",
        "mødefri fredag",
        "Charlotte Veilskov",
        (),
        "uge 20 2025",
        "not_started",
    ),
    (
        "Forenkle administrative opgaver med erfaringer fra andre kommuner",
        "Administrative opgaver",
        "Torben G. M. Benneskov",
        (),
        "ultimo maj",
        "not_started",
    ),
    (
        "Systematisk dataindsamling om relationskapacitet",
        "relationskapacitet",
        "Charlotte Veilskov",
        (),
        "løbende 2025",
        "not_started",
    ),
)


def demo_meeting() -> Meeting | None:
    """The demo meeting, when it has been loaded."""
    minutes = parse_minutes(read_minutes_bytes(SAMPLE.read_bytes(), SAMPLE.name))
    return find_existing_meeting(minutes.forum, minutes)


def load_demo() -> tuple[Meeting, bool]:
    """Load the demo once; return the meeting and whether it was created now."""
    minutes = parse_minutes(read_minutes_bytes(SAMPLE.read_bytes(), SAMPLE.name))
    existing = find_existing_meeting(minutes.forum, minutes)
    if existing is not None:
        return existing, False
    for name in OTHER_FORUMS:
        get_or_create_forum(name)
    meeting = create_meeting_from_minutes(minutes)
    _create_logins()
    secretary = find_person_by_name(LOGINS[0].name)
    points = [p for item in meeting.agenda_items for p in item.points]
    for title, needle, owner, co_owners, words, status in ACTIONS:
        point = next(p for p in points if needle.lower() in p.text.lower())
        create_action(
            forum=meeting.forum,
            meeting=meeting,
            agenda_item=point.agenda_item,
            point=point,
            title=title,
            owner=find_person_by_name(owner),
            co_owners=[find_person_by_name(n) for n in co_owners],
            deadline=parse_deadline(words, meeting.date),
            status=status,
            actor=secretary,
        )
    db.session.flush()
    return meeting, True


def _create_logins() -> None:
    for login in LOGINS:
        person = find_person_by_name(login.name)
        if person is None:
            person = Person(name=login.name)
            db.session.add(person)
        person.email, person.role, person.title = login.email, login.role, login.title
        person.set_password(DEMO_PASSWORD)
    db.session.flush()
