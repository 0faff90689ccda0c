"""Between the review form and the import service: prefill drafts, read back the decisions."""

from __future__ import annotations

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from tracker.actions.meeting_words import meeting_notice
from tracker.deadlines import DeadlineError, parse_deadline
from tracker.i18n import school_holidays
from tracker.importing import owners
from tracker.importing.services import Parsed, ReviewedDraft, draft_unit

NAME_MAX = 200  # Person.name is String(200)


def prefill(form, parsed: Parsed):
    """Fill the review form with one row per proposed action."""
    attendee_names = {a.name for a in parsed.minutes.attendees}
    for draft in parsed.drafts:
        people = [n for n in draft.owner_names if n in attendee_names or " " in n]
        form.drafts.append_entry(
            {
                "accept": True,
                "title": draft.title,
                "deadline": draft.deadline_text or "",
                "owner": people[0] if people and _is_person(people[0], parsed) else "",
                "co_owners": ", ".join(n for n in people[1:] if _is_person(n, parsed)),
                "suggested": ", ".join(draft.owner_names),
                # a body proposed as owner is kept as the unit; the owner is its person
                "unit": draft_unit(draft, parsed.minutes.forum) or "",
                "source_text": draft.source_text,
                "agenda_item_number": str(draft.agenda_item_number),
                "point_index": "" if draft.point_index is None else str(draft.point_index),
            }
        )
    return form


def explain_deadlines(form, parsed: Parsed) -> None:
    """Give each row's deadline field the word about its meeting words: the meeting found
    ("til næste møde = Lederforum 16. december 2026"), or that none is planned."""
    for entry in form.drafts:
        field = entry.form.deadline
        words = (field.data or "").strip()
        field.notice = meeting_notice(words, parsed.minutes.date, parsed.planned) if words else None


def _is_person(name: str, parsed: Parsed) -> bool:
    from tracker.minutes.owners import is_body

    # A body, unit or role ("Forvaltningen", "Teknik- og Miljøudvalget") is no owner: the
    # review asks for the person responsible and shows the body as the suggestion.
    return not is_body(name, parsed.minutes.forum)


def reviewed_drafts(form, parsed: Parsed) -> list[ReviewedDraft] | None:
    """The accepted drafts, or None when a row has an error (the errors are on the form)."""
    result, ok = [], True
    locale = str(get_locale())
    matches = owner_matches(form, parsed)
    for entry in form.drafts:
        row = entry.form
        if not row.accept.data:
            continue
        if not (row.title.data or "").strip():
            row.title.errors = [_l("Skriv en titel.")]
            ok = False
        if not (row.owner.data or "").strip():
            row.owner.errors = [_l("Vælg en ejer for handlingen.")]
            ok = False
        co_owner_names = [n.strip() for n in (row.co_owners.data or "").split(",") if n.strip()]
        if any(len(n) > NAME_MAX for n in co_owner_names):
            row.co_owners.errors = [_l("Et navn må højst være %(max)d tegn.", max=NAME_MAX)]
            ok = False
        ok = _names_checked(row, co_owner_names, matches) and ok
        deadline = None
        if (row.deadline.data or "").strip():
            try:
                deadline = parse_deadline(
                    row.deadline.data,
                    parsed.minutes.date,
                    meetings=parsed.planned,
                    holidays=school_holidays(),
                )
            except DeadlineError as error:
                row.deadline.errors = [error.message(locale)]
                ok = False
        if ok:
            result.append(
                ReviewedDraft(
                    title=row.title.data.strip(),
                    source_text=row.source_text.data or "",
                    agenda_item_number=_int(row.agenda_item_number.data, 0),
                    owner_name=row.owner.data.strip(),
                    co_owner_names=co_owner_names,
                    deadline=deadline,
                    point_index=_int(row.point_index.data, None),
                    unit=(row.unit.data or "").strip() or None,
                    new_owner=bool(row.owner_new.data),
                    new_co_owners=bool(row.co_owners_new.data),
                )
            )
    return result if ok else None


def _co_owner_names(row) -> list[str]:
    return [n.strip() for n in (row.co_owners.data or "").split(",") if n.strip()]


def owner_matches(form, parsed: Parsed) -> dict:
    """Whom each owner and co-owner name of the accepted rows names (tracker.importing.owners;
    two queries for the whole review), for the checks and the page."""
    names = []
    for entry in form.drafts:
        names += [(entry.form.owner.data or "").strip(), *_co_owner_names(entry.form)]
    return owners.review_matches(names, parsed.minutes)


def _names_checked(row, co_owner_names: list[str], matches: dict) -> bool:
    """Mark an owner or co-owner who names nobody known, several people or one who left: a
    person is created only where "Opret som ny person" is ticked."""
    ok = True
    for field, names, create in (
        (row.owner, [(row.owner.data or "").strip()], row.owner_new.data),
        (row.co_owners, co_owner_names, row.co_owners_new.data),
    ):
        problems = [owners.problem(matches.get(name), bool(create)) for name in names]
        problems = [problem for problem in problems if problem]
        if problems and not field.errors:
            field.errors = [" ".join(problems)]
            ok = False
    return ok


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
