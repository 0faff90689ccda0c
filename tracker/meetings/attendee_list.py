"""A typed or pasted attendee list: who each name is (the one matching rule,
tracker.people.matching), shown before it is saved; the secretary's choices saved; the last
meeting's list copied. Nobody is created but on the secretary's explicit "Opret ny person".

Services flush and never commit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from tracker import rules
from tracker.extensions import db
from tracker.meetings.queries import previous_held
from tracker.meetings.services import copy_attendees
from tracker.models import Attendance, Meeting, Person
from tracker.people.matching import NOT_A_NAME, Match, new_person, resolve_many
from tracker.text import typed_names

NEW, SKIP = "new", "skip"  # the choices beside the people: create one on purpose, leave out
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CHOOSE = _l("Vælg, hvem »%(name)s« er, opret en ny person eller spring navnet over.")
BAD_EMAIL = _l("Skriv en gyldig e-mailadresse, fx navn@kommune.dk, eller lad feltet stå tomt.")
EMAIL_TAKEN = _l("E-mailadressen bruges allerede af %(name)s: vælg personen i stedet.")


@dataclass
class Row:
    """One name of the list: as typed, present or not, whom it matched, what was chosen."""

    typed: str
    present: bool
    match: Match
    listed: bool = False  # the person is on the meeting's list already
    choice: str = ""  # a person's id, NEW or SKIP
    email: str = ""
    errors: list = field(default_factory=list)

    @property
    def default_choice(self) -> str:
        """What the page ticks before the secretary chooses: the one person a name fits."""
        return self.choice or (str(self.match.person.id) if self.match.known else "")


def last_meeting_before(meeting: Meeting) -> Meeting | None:
    """The forum's meeting held before ``meeting`` ("Kopier fra sidste møde")."""
    return previous_held(meeting.forum_id, meeting.date - timedelta(days=1))


def _usual_people(meeting: Meeting) -> list[Person]:
    """Whom a name most likely means: the meeting's attendees, then the last meeting's."""
    people = [a.person for a in sorted(meeting.attendances, key=lambda a: a.position)]
    last = last_meeting_before(meeting)
    if last is not None:
        people += [a.person for a in sorted(last.attendances, key=lambda a: a.position)]
    return people


def read_list(meeting: Meeting, text: str, chosen: dict | None = None) -> list[Row]:
    """Each name of ``text`` with whom it matched (one query for the list); ``chosen``: the
    (choice, email) sent for the preview's rows by the name they are for."""
    names = typed_names(text)
    matches = resolve_many([name for name, _ in names], _usual_people(meeting))
    listed = {a.person_id for a in meeting.attendances}
    rows = []
    for (name, present), match in zip(names, matches, strict=True):
        row = Row(name, present, match, listed=match.known and match.person.id in listed)
        choice, email = (chosen or {}).get(name, ("", ""))
        row.choice, row.email = choice.strip(), email.strip()
        rows.append(row)
    return rows


def _chosen_person(row: Row) -> Person | None:
    """The person picked for ``row``: one of its candidates, or the one it matched."""
    choice = row.default_choice
    allowed = {p.id: p for p in [*row.match.candidates, row.match.person] if p is not None}
    return allowed.get(int(choice)) if choice.isdigit() and len(choice) < 10 else None


def check_list(rows: list[Row]) -> bool:
    """Mark each row whose choice is missing or wrong (Danish messages); True when none is."""
    emails = [row.email.casefold() for row in rows if row.default_choice == NEW and row.email]
    taken = (
        {
            p.email.casefold(): p
            for p in db.session.scalars(select(Person).where(func.lower(Person.email).in_(emails)))
        }
        if emails
        else {}
    )
    ok = True
    for row in rows:
        choice = row.default_choice
        if choice == NEW and not rules.may_be_new_name(row.typed):
            row.errors.append(NOT_A_NAME % {"name": row.typed})
        elif choice == NEW and row.email:
            if not _EMAIL.match(row.email) or len(row.email) > 254:
                row.errors.append(BAD_EMAIL)
            elif row.email.casefold() in taken:
                row.errors.append(EMAIL_TAKEN % {"name": taken[row.email.casefold()].name})
        elif choice not in (NEW, SKIP) and _chosen_person(row) is None:
            row.errors.append(CHOOSE % {"name": row.typed})
        ok = ok and not row.errors
    return ok


def save_list(meeting: Meeting, rows: list[Row]) -> dict[str, int]:
    """Put the chosen people on the meeting's list (checked by check_list first), creating a
    person only where "Opret ny person" was chosen; how many were added, created, skipped."""
    counts = {"added": 0, "created": 0, "skipped": 0}
    listed = {a.person_id: a for a in meeting.attendances}
    position = len(meeting.attendances)
    for row in rows:
        choice = row.default_choice
        if choice == SKIP:
            counts["skipped"] += 1
            continue
        if choice == NEW:
            person = new_person(row.typed, row.email or None)
            db.session.flush()
            counts["created"] += 1
        else:
            person = _chosen_person(row)
        if person.id in listed:
            listed[person.id].present = row.present  # "Torben (Fravær)" for one listed
            continue
        listed[person.id] = Attendance(
            meeting=meeting, person=person, present=row.present, position=position
        )
        db.session.add(listed[person.id])
        position += 1
        counts["added"] += 1
    db.session.flush()
    return counts


def copy_last_list(meeting: Meeting) -> tuple[Meeting | None, int]:
    """Put the last meeting's attendees on ``meeting``'s list; that meeting and how many."""
    last = last_meeting_before(meeting)
    if last is None:
        return None, 0
    people = [a.person for a in sorted(last.attendances, key=lambda a: a.position)]
    return last, copy_attendees(meeting, people)
