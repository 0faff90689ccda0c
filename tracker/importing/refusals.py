"""What refuses a referat before its meeting is saved: no date, no forum, imported before,
more proposed actions than the review can show, a text longer than the database holds.

Each refusal raises ``MinutesError`` with its Danish and English message and its code; with
them, the look-ups of the saved meeting a referat may already be (``find_existing_meeting``,
``same_day_meetings``). The upload, the review, the save (``services.save_import``) and
``tracker minutes import`` ask them. They read and never write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker import rules
from tracker.extensions import db
from tracker.meetings.forms import MAX_TEXT
from tracker.meetings.services import forum_named
from tracker.minutes.parser import ParsedMinutes
from tracker.minutes.reading import MinutesError
from tracker.models import AgendaItem, Forum, Meeting, Person, Point

if TYPE_CHECKING:
    from tracker.importing.services import Parsed

MAX_PROPOSALS = 500  # proposed actions the review shows (its form has one row per proposal)


def ensure_dated(minutes: ParsedMinutes) -> None:
    """Refuse to save a meeting of no date: the referat named none and none was typed."""
    if minutes.date is None:
        raise MinutesError(
            "Referatet nævner ingen mødedato. Skriv mødets dato (på kommandolinjen: "
            "--date 12-11-2026) og importér igen.",
            "The minutes name no meeting date. Give the meeting's date (on the command line: "
            "--date 12-11-2026) and import again.",
            code="no_date",
        )


def find_existing_meeting(forum_name: str, minutes: ParsedMinutes) -> Meeting | None:
    """The meeting of the same forum on the same date, if this referat was imported before
    (named by the forum and date, or by the file's heading as imports before 2026-12 were)."""
    forum = forum_named(forum_name)
    if forum is None or minutes.date is None:  # no date yet: the review asks for it first
        return None
    names = {rules.meeting_title(forum.name, minutes.date), minutes.title}
    return db.session.scalar(
        select(Meeting).where(
            Meeting.forum_id == forum.id,
            Meeting.date == minutes.date,
            Meeting.status == "held",
            Meeting.title.in_(names),
        )
    )


def same_day_meetings(minutes: ParsedMinutes, forum_name: str | None = None) -> list[Meeting]:
    """The saved meetings this referat may already be, for the review to say at once: the
    forum's of its date when the forum is known (as the save refuses it), else each held
    meeting of its date (the forum is chosen in the review, the save checks it then)."""
    if minutes.date is None:
        return []
    name = (forum_name or minutes.forum or "").strip()
    if name:
        return [m for m in [find_existing_meeting(name, minutes)] if m is not None]
    held = select(Meeting).where(Meeting.date == minutes.date, Meeting.status == "held")
    return list(db.session.scalars(held.order_by(Meeting.id).limit(5)))


def check_proposals(parsed: Parsed) -> None:
    """Refuse a referat with more proposed actions than the review can show (MAX_PROPOSALS)."""
    if len(parsed.drafts) > MAX_PROPOSALS:
        raise MinutesError(
            f"Referatet giver {len(parsed.drafts)} forslag til handlinger, men gennemgangen kan "
            f"højst vise {MAX_PROPOSALS}. Er det det rigtige dokument? Ellers kan en "
            "administrator importere det med kommandoen tracker minutes import.",
            f"The minutes give {len(parsed.drafts)} proposed actions, but the review can show "
            f"at most {MAX_PROPOSALS}. Is it the right document? If so, an administrator can "
            "import it with the command tracker minutes import.",
            code="too_many_drafts",
        )


def ensure_new(
    minutes: ParsedMinutes, forum_name: str | None = None, forum_required: bool = True
) -> None:
    """Refuse a referat that was imported before, or that names no forum when none is given
    and one is required now (the command; the web review asks for the forum itself: a meeting
    of no forum is never saved)."""
    if not (forum_name or minutes.forum).strip():
        if not forum_required:
            return  # nothing to compare with yet: the review's save checks the forum chosen
        raise MinutesError(
            "Referatet nævner ikke, hvilket forum mødet var i. Skriv forummets navn i feltet "
            "»Forum« (på kommandolinjen: --forum) og importér igen.",
            "The minutes do not name the forum that met. Write its name in the field 'Forum' "
            "(on the command line: --forum) and import again.",
            code="no_forum",
        )
    existing = find_existing_meeting(forum_name or minutes.forum, minutes)
    if existing is not None:
        raise MinutesError(
            f"Referatet er allerede importeret: {existing.title} ({existing.date:%d-%m-%Y}).",
            f"This referat was imported before: {existing.title} ({existing.date:%d-%m-%Y}).",
            code="duplicate",
        )


def _limit(column) -> int:
    return column.type.length


def check_minutes(minutes: ParsedMinutes, forum_name: str | None = None) -> None:
    """Refuse a referat the database cannot hold: a text too long. (Lost or repeated item
    numbers are no refusal: the parser numbers the items in order and warns.)"""
    fields = [
        ("Mødets titel", "The meeting's title", minutes.title, _limit(Meeting.title)),
        ("Mødestedet", "The meeting place", minutes.location, _limit(Meeting.location)),
        ("Forummets navn", "The forum's name", forum_name or minutes.forum, _limit(Forum.name)),
    ]
    for attendee in minutes.attendees:
        fields.append(("Et deltagernavn", "An attendee's name", attendee.name, _limit(Person.name)))
    for item in minutes.agenda_items:
        da, en = f"Punkt {item.number}: ", f"Item {item.number}: "
        fields += [
            (da + "titlen", en + "the title", item.title, _limit(AgendaItem.title)),
            (
                da + "sagsnummeret",
                en + "the case number",
                item.case_number,
                _limit(AgendaItem.case_number),
            ),
            (da + "sagens kerne", en + "the summary", item.summary, MAX_TEXT),
            (da + "beslutningen", en + "the decision", item.decision, MAX_TEXT),
        ]
        for point in item.points:
            fields += [
                (da + "en overskrift", en + "a heading", point.heading, _limit(Point.heading)),
                (da + "et afsnit", en + "a paragraph", point.text, MAX_TEXT),
            ]
    for label_da, label_en, value, limit in fields:
        if value and len(value) > limit:
            raise MinutesError(
                f"{label_da} fylder for meget ({len(value)} tegn; højst {limit}). "
                "Forkort teksten i filen og importér igen.",
                f"{label_en} is too long ({len(value)} characters; at most {limit}). "
                "Shorten the text in the file and import again.",
                code="too_long",
            )
