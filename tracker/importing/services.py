"""Turn a parsed referat into a meeting with its attendees, agenda, points and accepted actions.

Services flush and never commit: the request or command commits once, so a failed import
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask import current_app

from tracker import rules
from tracker.actions.meeting_words import planned_meetings
from tracker.actions.services import create_action
from tracker.deadlines import Deadline, parse_deadline
from tracker.deadlines.meetings import NOTHING, Planned
from tracker.extensions import db
from tracker.i18n import school_holidays, today
from tracker.importing.owners import Owners, unsure
from tracker.importing.refusals import check_minutes, ensure_dated, ensure_new
from tracker.meetings.proposals import known_people  # a meeting typed by hand reads alike
from tracker.meetings.services import get_or_create_forum
from tracker.minutes.bodies import unit_of
from tracker.minutes.date_asked import future_warning
from tracker.minutes.drafts import DraftAction, extract_draft_actions
from tracker.minutes.isolation import READ_SECONDS, read_in_child
from tracker.minutes.notices import MinutesWarning, passed_deadlines_warning, review_warnings
from tracker.minutes.parser import ParsedMinutes, parse_minutes
from tracker.minutes.reading import MAX_BYTES, MAX_UNPACKED_BYTES, OcrBudget
from tracker.models import AgendaItem, Attendance, Meeting, Person, Point, utcnow
from tracker.models.people import name_key
from tracker.people.matching import new_person, resolve_many

OCR_SHARE = 0.7  # of the reading's time, what Tesseract may take: the rest parses the text


@dataclass
class Parsed:
    """A referat read from a file: its text, its parse and the proposed actions."""

    text: str
    minutes: ParsedMinutes
    drafts: list[DraftAction]
    planned: Planned = NOTHING  # the planned meetings after this one, for "til næste møde"
    # what the reading could not place, and "none found" (tracker.importing.notices words them)
    warnings: list[MinutesWarning] = field(default_factory=list)
    # what reading the file warned of (a scan read by OCR), kept with the draft for its review
    reading_warnings: list[MinutesWarning] = field(default_factory=list)


@dataclass
class ReviewedDraft:
    """A draft as the secretary left it in the review."""

    title: str
    source_text: str
    agenda_item_number: int
    owner_name: str
    co_owner_names: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    point_index: int | None = None
    unit: str | None = None  # the body proposed as owner ("Forvaltningen"), kept on the action
    # "Opret som ny person" ticked for the owner, for the co-owners nobody known is named by
    new_owner: bool = False
    new_co_owners: bool = False


def draft_unit(draft: DraftAction, forum: str = "") -> str | None:
    """The body or unit among the draft's proposed owners: the unit the review proposes."""
    return unit_of(draft.owner_names, forum)


def from_approved_proposal(parsed: Parsed, draft: DraftAction) -> bool:
    """The draft comes from the proposal ("Indstilling") that the meeting approved as it
    stood: a task of this meeting's, proposed for the secretary to confirm."""
    number = draft.agenda_item_number
    item = next((i for i in parsed.minutes.agenda_items if i.number == number), None)
    return item is not None and item.approves(draft.source_text)


def upload_limit() -> int:
    """The largest file accepted, in bytes: the request limit, so both name one number."""
    return current_app.config.get("MAX_CONTENT_LENGTH") or MAX_BYTES


def ocr_budget() -> OcrBudget:
    """How a scanned PDF is read here: TESSERACT, IMPORT_OCR_PAGES and a share of the
    reading's time (IMPORT_READ_SECONDS)."""
    config = current_app.config
    seconds = config.get("IMPORT_READ_SECONDS", READ_SECONDS) * OCR_SHARE
    return OcrBudget(
        command=config.get("TESSERACT", "tesseract"),  # "": none, so scans are refused
        pages=config.get("IMPORT_OCR_PAGES", OcrBudget.pages),
        seconds=round(seconds, 1),
    )


def read_referat(
    data: bytes, filename: str = "", forum_name: str | None = None, day: date | None = None
) -> Parsed:
    """Read and parse an uploaded file; MinutesError with a Danish message when it cannot.
    ``forum_name``: the forum named on upload, when the referat's title does not name it.

    The file is read and parsed in a child process with a budget (tracker.minutes.isolation):
    killed after IMPORT_READ_SECONDS, so a hostile file never holds a web worker longer, and
    the review's parse of the kept text takes no longer than the child's did."""
    reading = read_in_child(
        data,
        filename,
        seconds=current_app.config.get("IMPORT_READ_SECONDS", READ_SECONDS),
        known_people=known_people(),  # parsed in the child too: a slow text is refused there
        today=today(),
        max_bytes=upload_limit(),
        max_unpacked_bytes=current_app.config.get("IMPORT_MAX_UNPACKED_BYTES", MAX_UNPACKED_BYTES),
        ocr=ocr_budget(),
    )
    return parse_text(reading.text, forum_name, day, reading.warnings)


def parse_text(
    text: str,
    forum_name: str | None = None,
    day: date | None = None,
    reading_warnings: list[MinutesWarning] | tuple = (),
) -> Parsed:
    """Parse referat text and propose draft actions; meeting words ("på næste møde") are read
    against the planned meetings after the referat's date, the own forum's being
    ``forum_name`` (the one named on upload) or else the referat's. ``day``: the meeting's
    date given with the file (the command's --date), before what the text says.
    ``reading_warnings``: what reading the file warned of (a scan), shown first."""
    minutes = parse_minutes(text)
    if day is not None:
        minutes.date = day
        minutes.warnings = [w for w in minutes.warnings if w.code != "no_date"]
    if minutes.date is not None:  # none found: the review asks for it (warning "no_date")
        future = future_warning(minutes.date, today())
        if future is not None:
            minutes.warnings.append(future)
    planned = planned_meetings(forum_name or minutes.forum, minutes.date or today())
    drafts = extract_draft_actions(minutes, known_people(), planned, undated=today())
    warnings = review_warnings(minutes, drafts)
    late = passed_deadlines_warning(drafts, today())
    warnings += [late] if late is not None else []
    if forum_name:  # the forum was typed on upload or given with --forum: nothing to ask
        warnings = [w for w in warnings if w.code != "no_forum"]
    read = list(reading_warnings)
    return Parsed(text, minutes, drafts, planned, read + warnings, read)


def create_meeting_from_minutes(minutes: ParsedMinutes, forum_name: str | None = None) -> Meeting:
    """Create the meeting with its attendees (matched or created by name), agenda and points."""
    forum = get_or_create_forum(forum_name or minutes.forum)
    meeting = Meeting(
        forum=forum,
        # "Lederforum 26. februar 2025", not the file's heading "REFERAT Lederforum d. 26-02-2025"
        title=rules.meeting_title(forum.name, minutes.date),
        date=minutes.date,
        start_time=minutes.start_time,
        location=minutes.location,
        status="held",
    )
    db.session.add(meeting)
    # The one matching rule ("Torben" is Torben G. M. Benneskov when he is the only Torben);
    # the referat's new names become people with its meeting, once each.
    matches = resolve_many(attendee.name for attendee in minutes.attendees)
    created: dict[str, Person] = {}
    seen: set[int] = set()  # the people listed so far (by object: new ones have no id yet)
    for position, (attendee, match) in enumerate(zip(minutes.attendees, matches, strict=True)):
        if unsure(match):
            continue  # "Karsten" of two Karstens: the secretary adds the right one afterwards
        person = match.person if match.known else None
        if person is None:
            key = name_key(attendee.name)
            person = created[key] = created.get(key) or new_person(attendee.name)
        if id(person) in seen:
            continue  # the same name twice in the list
        seen.add(id(person))
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


def _source_point(item: AgendaItem | None, draft: ReviewedDraft) -> Point | None:
    if item is None:
        return None
    points = sorted(item.points, key=lambda p: p.position)
    if draft.point_index is not None and 0 <= draft.point_index < len(points):
        return points[draft.point_index]
    sentence = " ".join(draft.source_text.split())
    return next((p for p in points if sentence and sentence in " ".join(p.text.split())), None)


def save_import(
    parsed: Parsed, drafts: list[ReviewedDraft], actor: Person | None, forum_name: str | None = None
) -> tuple[Meeting, dict[Person, list]]:
    """Create the meeting and the accepted actions; returns who was given which actions."""
    ensure_dated(parsed.minutes)
    ensure_new(parsed.minutes, forum_name)
    check_minutes(parsed.minutes, forum_name)
    meeting = create_meeting_from_minutes(parsed.minutes, forum_name)
    items = {item.number: item for item in meeting.agenda_items}
    assigned: dict[Person, list] = {}
    named = [name for draft in drafts for name in (draft.owner_name, *draft.co_owner_names)]
    owners = Owners(named, [attendance.person for attendance in meeting.attendances])
    for draft in drafts:
        item = items.get(draft.agenda_item_number)
        owner = (
            owners.person(draft.owner_name, draft.new_owner) if draft.owner_name.strip() else None
        )
        # once each: "Søren, Søren Schlüter" (or a name picked twice) is one person, and the
        # action's co-owner table takes a person once
        co_owners = list(
            dict.fromkeys(
                owners.person(n, draft.new_co_owners) for n in draft.co_owner_names if n.strip()
            )
        )
        action = create_action(
            forum=meeting.forum,
            meeting=meeting,
            agenda_item=item,
            point=_source_point(item, draft),
            title=draft.title,
            description=None,
            owner=owner,
            co_owners=co_owners,
            deadline=draft.deadline,
            actor=actor,
            unit=draft.unit,
        )
        for person in action.people - {actor}:
            assigned.setdefault(person, []).append(action)
    db.session.flush()
    return meeting, assigned


def reviewed_from_proposals(parsed: Parsed) -> list[ReviewedDraft]:
    """Accept every draft as proposed (the command line): owners that name one person."""
    known = {p.casefold() for p in known_people()} | {
        a.name.casefold() for a in parsed.minutes.attendees
    }
    result = []
    for draft in parsed.drafts:
        people = [n for n in draft.owner_names if n.casefold() in known]
        deadline = None
        if draft.deadline_text:
            deadline = parse_deadline(
                draft.deadline_text,
                parsed.minutes.date,
                meetings=parsed.planned,
                holidays=school_holidays(),
            )
        result.append(
            ReviewedDraft(
                title=draft.title,
                source_text=draft.source_text,
                agenda_item_number=draft.agenda_item_number,
                owner_name=people[0] if people else "",
                co_owner_names=people[1:],
                deadline=deadline,
                point_index=draft.point_index,
                unit=draft_unit(draft, parsed.minutes.forum),
            )
        )
    return result


def notify(assigned: dict[Person, list]) -> None:
    """One assignment email per person for this import."""
    from tracker.mail import queue_assignment_notices

    queue_assignment_notices(assigned, utcnow())
