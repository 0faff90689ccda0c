"""A person's data under GDPR: everything stored about them as a file (an access request),
and erasing a person who has left. Both are written to the audit trail (who, when).

Erasing replaces the name by "Tidligere medarbejder #N" and removes the email everywhere the
tracker keeps them: the person, the history of actions, status notes and action texts that
name them, the outbox, logins, rate-limit counters and the account at the login provider. The
minutes themselves (agenda items, decisions) are the municipality's record and are not changed
(README, "Personoplysninger").
"""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, or_, select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.auth import sso
from tracker.extensions import db
from tracker.mail import masked
from tracker.models import (
    Action,
    ActionEvent,
    Attendance,
    CheckinUse,
    ImportDraft,
    LoginSession,
    OutboxMessage,
    Person,
    PersonAudit,
    StatusNote,
    ThrottleCounter,
    utcnow,
)
from tracker.people.services import PeopleError, audit
from tracker.text import clean_text, name_pattern

ERASED_NAME = rules.ERASED_NAME
NAME_FIELDS = ("owner", "co_owners")


def collect(person: Person) -> dict[str, list[dict]]:
    """Everything stored about ``person``, section by section, as plain values."""
    actions = db.session.scalars(
        select(Action).where(Action.involving(person.id)).order_by(Action.id)
    ).all()
    return {
        "profil": [_profile(person)],
        "handlinger": [
            {
                "id": a.id,
                "titel": a.title,
                "forum": a.forum.name,
                "rolle": "ejer" if a.owner_id == person.id else "medejer",
                "status": a.status,
                "frist": a.deadline_text,
                "frist_slut": a.due_end,
                "oprettet": a.created_at,
            }
            for a in actions
        ],
        "statusnoter": [
            {
                "handling": n.action_id,
                "skrevet": n.created_at,
                "tekst": n.text,
                "status_fra": n.status_from,
                "status_til": n.status_to,
                "via": n.via,
            }
            for n in _rows(StatusNote, StatusNote.author_id == person.id)
        ],
        "historik": [
            {
                "handling": e.action_id,
                "tidspunkt": e.created_at,
                "art": e.kind,
                "felt": e.field,
                "fra": e.old_value,
                "til": e.new_value,
            }
            for e in _rows(ActionEvent, ActionEvent.actor_id == person.id)
        ],
        "emails": [
            {
                "oprettet": m.created_at,
                "art": m.kind,
                "til": m.to_address,
                "emne": m.subject,
                "tilstand": m.state,
                "sendt": m.sent_at,
                "tekst": None if m.kind == "password_reset" else masked(m.body_text),
            }
            for m in _rows(OutboxMessage, OutboxMessage.person_id == person.id)
        ],
        "mødedeltagelse": [
            {"møde": a.meeting.title, "dato": a.meeting.date, "til_stede": a.present}
            for a in _rows(Attendance, Attendance.person_id == person.id)
        ],
        "logins": [
            {
                "start": s.created_at,
                "via": s.via,
                "udløber": s.expires_at,
                "afsluttet": s.revoked_at,
            }
            for s in _rows(LoginSession, LoginSession.person_id == person.id)
        ],
        "tjek_ind": [
            {"handling": c.action_id, "brugt": c.used_at}
            for c in _rows(CheckinUse, CheckinUse.person_id == person.id)
        ],
        "revisionsspor": [
            {"tidspunkt": e.created_at, "art": e.kind, "udført_af": _name(e.actor)}
            for e in trail(person)
        ],
    }


def _rows(model, condition):
    return db.session.scalars(select(model).where(condition).order_by(model.id)).all()


def _name(person: Person | None) -> str | None:
    return person.name if person else None


def _profile(person: Person) -> dict:
    return {
        "id": person.id,
        "navn": person.name,
        "email": person.email,
        "titel": person.title,
        "enhed": person.unit,
        "rolle": person.role,
        "sprog": person.language,
        "leder": _name(person.manager),
        "stedfortræder": _name(person.substitute),
        "fraværende_til": person.absent_until,
        "aktiv": person.active,
        "oprettet": person.created_at,
        "deaktiveret": person.deactivated_at,
        "slettet": person.erased_at,
        "ugentlig_oversigt": person.digest_enabled,
        "oversigt_hyppighed": person.digest_frequency,
        "fristpåmindelser": person.deadline_reminders_enabled,
        "har_adgangskode": bool(person.password_hash),
        "har_kalenderlink": bool(person.calendar_token),
        "konto_hos_login_udbyder": person.sso_subject,
    }


def trail(person: Person) -> list[PersonAudit]:
    """The audit entries about ``person``, newest first."""
    return list(
        db.session.scalars(
            select(PersonAudit)
            .where(PersonAudit.subject_id == person.id)
            .order_by(PersonAudit.id.desc())
        )
    )


def recent_trail(limit: int = 200) -> list[PersonAudit]:
    """The newest entries of the whole audit trail (imports included, which name nobody)."""
    return list(
        db.session.scalars(
            select(PersonAudit)
            .order_by(PersonAudit.id.desc())
            .limit(limit)
            .options(selectinload(PersonAudit.actor), selectinload(PersonAudit.person))
        )
    )


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export(person: Person, fmt: str, actor: Person) -> tuple[bytes, str, str]:
    """The person's data as JSON or Excel (body, MIME type, suffix); the export is audited."""
    data = collect(person)
    audit("export", person, actor, fmt)
    if fmt == "xlsx":
        return (
            _excel(data),
            ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "xlsx",
        )
    body = json.dumps(
        {k: [{f: _plain(v) for f, v in row.items()} for row in rows] for k, rows in data.items()},
        ensure_ascii=False,
        indent=2,
    )
    return body.encode("utf-8"), "application/json", "json"


def _excel(data: dict[str, list[dict]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for section, rows in data.items():
        sheet = book.create_sheet(section[:31])
        if not rows:
            sheet.append(["(ingen)"])
            continue
        sheet.append(list(rows[0]))
        for row in rows:
            sheet.append([_cell(v) for v in row.values()])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text: "=..." is no formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value):
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        return clean_text(value, multiline=True)
    return value


# Erase --------------------------------------------------------------------------------------
#
# The texts that may name the person: action titles and descriptions, status notes, the history
# of actions and other people's emails. The name is found in any case and with spaces or hyphens
# between its parts (tracker.text.name_pattern), the email in any case. What names the person
# by the first name alone cannot be told from another person of that first name: those places
# are returned for the admin to review.

REVIEW_KIND = {Action: "action", StatusNote: "note", ActionEvent: "event"}
TEXT_COLUMNS = {
    Action: ("title", "description"),
    StatusNote: ("text",),
    ActionEvent: ("old_value", "new_value"),
    OutboxMessage: ("subject", "body_text", "body_html"),
    # A referat uploaded and not yet saved (kept up to DRAFT_KEEP_DAYS): its text names people.
    ImportDraft: ("text",),
}


def _email_pattern(email: str | None) -> re.Pattern | None:
    if not email:
        return None
    return re.compile(r"(?<![\w.%+-])" + re.escape(email) + r"(?![\w-]|\.\w)", re.IGNORECASE)


def _replacer(name: str, email: str | None, new: str):
    """A function giving a text with the full name (any spelling) and email replaced by ``new``."""
    named, mailed = name_pattern(name), _email_pattern(email)

    def with_genitive(match: re.Match) -> str:
        return new + ("'s" if match.group("genitive") else "")

    def replace(text):
        if not text:
            return text
        if named is not None:
            text = named.sub(with_genitive, text)
        return mailed.sub(new, text) if mailed is not None else text

    return replace


def _probe(word: str) -> str:
    """The longest run of ASCII letters and digits in ``word``: SQLite's LIKE folds the case of
    ASCII alone, so "ØSTERGÅRD" is found by "STERG" on every database, never by "Østergård"."""
    runs = re.findall(r"[A-Za-z0-9]+", word)
    return max(runs, key=len) if runs else ""


def _candidates(model, name: str, email: str | None):
    """The rows of ``model`` whose texts may hold the first word of ``name`` or ``email``: a
    wide net in SQL, the patterns decide in Python. With no ASCII letters to look for, every
    row."""
    probe = _probe(rules.first_name(name))
    if not probe:
        return db.session.scalars(select(model).order_by(model.id))
    condition = or_(
        *(
            getattr(model, column).icontains(word, autoescape=True)
            for column in TEXT_COLUMNS[model]
            for word in (probe, email)
            if word
        )
    )
    return db.session.scalars(select(model).where(condition).order_by(model.id))


def erase(person: Person, actor: Person, remove_notes: bool) -> list[tuple[str, int]]:
    """Erase a deactivated person's name and email everywhere; their notes kept or removed.

    Returns the places that still hold the person's first name alone (kind "action", "note"
    or "event", and the row's id), for the admin to review."""
    if person.active:
        raise PeopleError(_l("Deaktivér personen, før personoplysningerne slettes."))
    if person.erased_at is not None:
        raise PeopleError(_l("Personens oplysninger er allerede slettet."))
    old_name, old_email = person.name, person.email
    new_name = ERASED_NAME.format(id=person.id)
    replace = _replacer(old_name, old_email, new_name)
    parts = old_name.split()
    first = name_pattern(parts[0]) if len(parts) > 1 else None  # one word: replaced already
    if remove_notes:
        _remove_notes(person)
    db.session.execute(delete(OutboxMessage).where(OutboxMessage.person_id == person.id))
    review, whole = [], name_pattern(old_name)
    for model in TEXT_COLUMNS:
        for row in _candidates(model, old_name, old_email):
            if _rename(row, whole, new_name, replace, first):
                review.append((REVIEW_KIND.get(model), row.id))
    db.session.execute(delete(LoginSession).where(LoginSession.person_id == person.id))
    if old_email:
        db.session.execute(
            delete(ThrottleCounter).where(ThrottleCounter.key.contains(old_email, autoescape=True))
        )
    person.name = new_name
    for column in ("email", "title", "unit", "password_hash", "calendar_token", "absent_until"):
        setattr(person, column, None)
    sso.unbind(person)  # the account at the login provider names the person too
    person.manager = person.substitute = None
    person.erased_at = utcnow()
    person.auth_version = (person.auth_version or 0) + 1
    audit("erase", person, actor, "noter slettet" if remove_notes else "noter beholdt")
    db.session.flush()
    return review


def _remove_notes(person: Person) -> None:
    for note in _rows(StatusNote, StatusNote.author_id == person.id):
        note.text = ""
    for event in _rows(
        ActionEvent, (ActionEvent.actor_id == person.id) & (ActionEvent.kind == "note")
    ):
        event.new_value = None
    db.session.flush()


def _rename(row, whole: re.Pattern, new_name: str, replace, first) -> bool:
    """Replace the name (``whole``) and email in ``row``'s texts; whether the first name alone
    is left in a row the admin can review (an action, a note, an entry of the history)."""
    columns = TEXT_COLUMNS[type(row)]
    names_only = isinstance(row, ActionEvent) and row.field in NAME_FIELDS
    for column in columns:
        value = getattr(row, column)
        if not value:
            continue
        if names_only:  # "A, B": only a whole entry is the person, not "A B Jensen"
            names = [new_name if whole.fullmatch(n) else n for n in value.split(", ")]
            setattr(row, column, ", ".join(names))
        else:
            setattr(row, column, replace(value))
    if first is None or names_only or type(row) not in REVIEW_KIND:
        return False
    return any(first.search(getattr(row, column) or "") for column in columns)


def review_places(places) -> list[dict]:
    """The places an erase left to review (as erase returned them), each with its kind, row
    and action, in the order given; places since deleted and anything malformed left out."""
    wanted = [p for p in places or () if isinstance(p, list | tuple) and len(p) == 2]
    rows = {}
    for model, kind in REVIEW_KIND.items():
        ids = [i for k, i in wanted if k == kind and isinstance(i, int)]
        if ids:
            rows |= {(kind, r.id): r for r in _rows(model, model.id.in_(ids))}
    found = []
    for kind, row_id in wanted:
        row = rows.get((kind, row_id))
        if row is not None:
            found.append(
                {"kind": kind, "row": row, "action": row.action if kind != "action" else row}
            )
    return found
