"""Load the demo: the sample referat through the importer, reviewed as a secretary would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from tracker.actions.services import add_note, create_action
from tracker.deadlines import parse_deadline
from tracker.extensions import db
from tracker.importing import services as importing
from tracker.meetings.services import find_person_by_name, get_or_create_forum
from tracker.models import Action, Meeting, Person

SAMPLE = Path(__file__).with_name("referat-lederforum-2025-02-26.md")
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


def load_demo() -> tuple[Meeting, bool]:
    """Load the demo once; return the meeting and whether it was created now."""
    parsed = importing.read_referat(SAMPLE.read_bytes(), SAMPLE.name)
    existing = importing.find_existing_meeting(parsed.minutes.forum, parsed.minutes)
    if existing is not None:
        return existing, False
    for name in OTHER_FORUMS:
        get_or_create_forum(name)
    secretary = _create_logins()
    reviewed = _review(parsed)
    meeting, _assigned = importing.save_import(parsed, reviewed, actor=secretary)
    points = [p for item in meeting.agenda_items for p in item.points]
    for needle, title, owner, words in FROM_POINTS:
        point = next(p for p in points if needle.lower() in p.text.lower())
        create_action(
            forum=meeting.forum,
            meeting=meeting,
            agenda_item=point.agenda_item,
            point=point,
            title=title,
            owner=find_person_by_name(owner),
            deadline=parse_deadline(words, meeting.date),
            actor=secretary,
        )
    _first_status_notes(meeting)
    db.session.flush()
    return meeting, True


def _review(parsed) -> list[importing.ReviewedDraft]:
    reviewed = []
    for draft in importing.reviewed_from_proposals(parsed):
        choice = next((r for r in REVIEW if r[0] in draft.title.lower()), None)
        if choice is None:
            continue  # the secretary drops proposals that are not actions
        _, owner, co_owners, words = choice
        draft.owner_name, draft.co_owner_names = owner, list(co_owners)
        if draft.deadline is None and words:
            draft.deadline = parse_deadline(words, parsed.minutes.date)
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


def _create_logins() -> Person:
    shared = Person(name="demo")
    shared.set_password(DEMO_PASSWORD)  # one scrypt hash (a tenth of a second) for all of them
    for login in LOGINS:
        person = find_person_by_name(login.name)
        if person is None:
            person = Person(name=login.name)
            db.session.add(person)
        person.email, person.role, person.title = login.email, login.role, login.title
        person.use_password_hash(shared.password_hash)
    db.session.flush()
    return find_person_by_name(LOGINS[0].name)
