"""Between the review form and the import service: prefill drafts, read back the decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from tracker import rules
from tracker.actions.meeting_words import meeting_notice
from tracker.deadlines import DeadlineError, parse_deadline
from tracker.forms_common import keep_for_next_page
from tracker.i18n import school_holidays
from tracker.importing import owners
from tracker.importing.services import Parsed, ReviewedDraft, draft_unit
from tracker.minutes import doubts as doubt_rules
from tracker.text import clean_name

NAME_MAX = 200  # Person.name is String(200)


DOUBT_WORDS = {
    doubt_rules.NO_OWNER: _l("ingen ansvarlig"),
    doubt_rules.NEXT_MEETING: _l("ligner en dato for næste møde"),
    doubt_rules.SIGNATURE: _l("ligner en hilsen eller underskrift"),
    doubt_rules.OUTSIDE: _l(
        "fundet uden for punkternes tekst og gemmes uden punkt – kontrollér opgaven"
    ),
}
# The referat names someone responsible, but no person the save can take without a choice:
# a body ("Bestyrelsen"), a name nobody known has, or several people fit (tracker.importing.owners).
NO_KNOWN_OWNER = _l("ingen kendt person som ejer – vælg en")
# A row that came unticked, given an owner by the secretary and not ticked: asked, not dropped.
TYPED_UNTICKED = _l(
    "Du har skrevet en ejer, men ikke sat hak i »Opret handlingen«. Sæt hak, eller slet ejeren."
)
# The owner is one person: a comma in a name nobody has is two people (the co-owners are
# separated by commas).
ONE_OWNER = _l("Skriv én person som ejer; de andre skrives under Medejere.")
# The owner's email is asked beside each of the owner's rows: two rows gave two addresses.
OTHER_EMAIL = _l(
    "»%(name)s« har en anden e-mail i forslag %(number)d. Skriv den samme, eller lad feltet stå"
    " tomt."
)


def prefill(form, parsed: Parsed):
    """Fill the review form with one row per proposed action; a doubtful one is not ticked
    (tracker.minutes.doubts), nor one whose owner the save would refuse as it stands (none, a
    body, a name nobody known has): the first "Gem" never fails on a row the page chose."""
    attendee_names = {a.name for a in parsed.minutes.attendees}
    rows = []
    for draft in parsed.drafts:
        people = [n for n in draft.owner_names if n in attendee_names or " " in n]
        owner = people[0] if people and _is_person(people[0], parsed) else ""
        rows.append((owner, [n for n in people[1:] if _is_person(n, parsed)]))
    matches = owners.review_matches([n for o, co in rows for n in (o, *co)], parsed.minutes)
    doubts = doubt_rules.doubts(parsed.drafts)
    for draft, reasons, (owner, co_owners) in zip(parsed.drafts, doubts, rows, strict=True):
        form.drafts.append_entry(
            {
                "accept": not reasons and _saveable(owner, co_owners, matches),
                "title": draft.title,
                "deadline": draft.deadline_text or "",
                "owner": owner,
                "co_owners": ", ".join(co_owners),
                "suggested": ", ".join(draft.owner_names),
                # a body proposed as owner is kept as the unit; the owner is its person
                "unit": draft_unit(draft, parsed.minutes.forum) or "",
                "source_text": draft.source_text,
                "agenda_item_number": str(draft.agenda_item_number),
                "point_index": "" if draft.point_index is None else str(draft.point_index),
            }
        )
    return form


def _saveable(owner: str, co_owners: list[str], matches: dict, create=(False, False)) -> bool:
    """The row's owner and co-owners name people the save takes as they stand (the save's
    own check, tracker.importing.owners.problem; ``create``: "Opret som ny person" ticked for
    the owner, for the co-owners)."""
    owner = owner.strip()
    if not owner or owners.problem(matches.get(owner), create[0]):
        return False
    return not any(owners.problem(matches.get(n.strip()), create[1]) for n in co_owners)


def explain_deadlines(form, parsed: Parsed) -> None:
    """Give each row's deadline field the word about its meeting words: the meeting found
    ("til næste møde = Lederforum 16. december 2026"), or that none is planned; and the dates
    its words mean (``field.shown``, for the deadline macro), when they can be read."""
    for entry in form.drafts:
        field = entry.form.deadline
        words = (field.data or "").strip()
        if not words or parsed.minutes.date is None:  # no day yet to read the words against
            field.notice = field.shown = None
            continue
        field.notice = meeting_notice(words, parsed.minutes.date, parsed.planned)
        field.shown = _shown_deadline(words, parsed)


@dataclass(frozen=True)
class ShownDeadline:
    """A proposal's deadline words and the dates they mean, as the deadline macro
    (templates/_macros.html) shows an action's."""

    deadline_text: str
    due_start: date | None
    due_end: date | None
    precision: str

    @property
    def deadline_note(self) -> str:
        """What follows the words (tracker.rules.deadline_note, as Action.deadline_note)."""
        return rules.deadline_note(self.deadline_text, self.due_start, self.due_end, self.precision)


def _shown_deadline(words: str, parsed: Parsed) -> ShownDeadline | None:
    try:
        deadline = parse_deadline(
            words, parsed.minutes.date, meetings=parsed.planned, holidays=school_holidays()
        )
    except DeadlineError:
        return None  # the save names what is wrong with the words
    return ShownDeadline(words, deadline.start, deadline.end, deadline.precision)


def explain_doubts(form, parsed: Parsed) -> None:
    """Give each row the reasons the importer doubts its proposal ("ingen ansvarlig", "samme
    opgave som nr. 3"): ``entry.doubts``, shown beside its checkbox."""
    reasons = doubt_rules.doubts(parsed.drafts)
    matches = owner_matches(form, parsed)
    for index, entry in enumerate(form.drafts):
        found = reasons[index] if index < len(reasons) else ()
        entry.doubts = [_doubt_words(doubt) for doubt in found]
        row = entry.form
        no_owner = any(doubt.code == doubt_rules.NO_OWNER for doubt in found)
        create = (bool(row.owner_new.data), bool(row.co_owners_new.data))  # new on purpose
        if not no_owner and not _saveable(
            row.owner.data or "", _co_owner_names(row), matches, create
        ):
            entry.doubts.append(str(NO_KNOWN_OWNER))


def _doubt_words(doubt: doubt_rules.Doubt) -> str:
    if doubt.code == doubt_rules.DUPLICATE:
        return str(_l("samme opgave som nr. %(number)d", number=doubt.number))
    return str(DOUBT_WORDS[doubt.code])


def keep_edits(form, key: str) -> None:
    """Keep the review's edits, restored from a refused save and just shown, for the next GET
    too (tracker.forms_common's store, without the errors, which were shown): a reload after a
    refused save keeps what was unticked and typed. Call it after the page is rendered."""
    for field in _leaves(form):
        field.errors = []
    form.form_errors = []
    keep_for_next_page(form, key)


def _leaves(form):
    for field in form:
        if field.name == "drafts":
            for entry in field:
                yield from entry.form
        else:
            yield field


def _is_person(name: str, parsed: Parsed) -> bool:
    from tracker.minutes.bodies import is_body

    # A body, unit or role ("Forvaltningen", "Teknik- og Miljøudvalget") is no owner: the
    # review asks for the person responsible and shows the body as the suggestion.
    return not is_body(name, parsed.minutes.forum)


def _owner_typed(row) -> bool:
    """An owner in the row that the referat did not offer (typed by the secretary)."""
    owner = (row.owner.data or "").strip()
    offered = {name.strip() for name in (row.suggested.data or "").split(",")}
    return bool(owner) and owner not in offered


def reviewed_drafts(form, parsed: Parsed) -> list[ReviewedDraft] | None:
    """The accepted drafts, or None when a row has an error (the errors are on the form)."""
    result, ok = [], True
    locale = str(get_locale())
    matches = owner_matches(form, parsed)
    for entry in form.drafts:
        row = entry.form
        if not row.accept.data:
            if _owner_typed(row):  # nothing the secretary typed is dropped unasked
                row.accept.errors = [TYPED_UNTICKED]
                ok = False
            continue
        if not (row.title.data or "").strip():
            row.title.errors = [_l("Skriv en titel.")]
            ok = False
        if not (row.owner.data or "").strip():
            row.owner.errors = [_l("Vælg en ejer for handlingen.")]
            ok = False
        elif "," in row.owner.data and row.owner.data.strip() not in matches:  # two people
            row.owner.errors = [ONE_OWNER]
            ok = False
        co_owner_names = _co_owner_names(row)
        if any(len(n) > NAME_MAX for n in co_owner_names):
            row.co_owners.errors = [_l("Et navn må højst være %(max)d tegn.", max=NAME_MAX)]
            ok = False
        ok = _names_checked(row, co_owner_names, matches) and ok
        deadline = None
        # no meeting date typed yet (its error is on the form): the words are read on the save
        if (row.deadline.data or "").strip() and parsed.minutes.date is not None:
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


def owner_emails(form) -> dict[str, str] | None:
    """The emails typed beside the accepted rows' owners (the owner's name as typed → email):
    typed beside any one of an owner's rows, the others left empty. None when two rows give one
    owner different addresses (the error is on the later row's field)."""
    typed: dict[str, tuple[str, int]] = {}
    ok = True
    for number, entry in enumerate(form.drafts, start=1):
        row = entry.form
        owner = (row.owner.data or "").strip()
        email = (row.owner_email.data or "").strip()
        if not (row.accept.data and owner and email) or row.owner_email.errors:
            continue
        first = typed.setdefault(owner, (email, number))
        if first[0].casefold() != email.casefold():
            row.owner_email.errors = [str(OTHER_EMAIL % {"name": owner, "number": first[1]})]
            ok = False
    return {owner: email for owner, (email, _) in typed.items()} if ok else None


def _co_owner_names(row) -> list[str]:
    """The co-owners typed, between commas; a part of invisible characters only (a zero-width
    space pasted after a comma) names nobody, as an empty part does not."""
    return [n.strip() for n in (row.co_owners.data or "").split(",") if clean_name(n)]


def owner_matches(form, parsed: Parsed) -> dict:
    """Whom each owner and co-owner name of the accepted rows names (tracker.importing.owners;
    two queries for the whole review), for the checks and the page."""
    names = []
    for entry in form.drafts:
        names += [(entry.form.owner.data or "").strip(), *_co_owner_names(entry.form)]
    matches = owners.review_matches(names, parsed.minutes)
    # A comma separates people: an owner with one that is nobody's name ("Karsten Poulsen,
    # Søren Schlüter") is two people, asked apart (ONE_OWNER), never offered as a new person.
    return {name: m for name, m in matches.items() if "," not in name or m.known}


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


@dataclass(frozen=True)
class ErrorLink:
    """One line of the error summary: the field's id (the link), where it is, and what is wrong."""

    field_id: str
    where: str
    message: str


def error_links(form) -> list[ErrorLink]:
    """Every field in error, in the page's order: the meeting's fields, then each proposal's
    ("Forslag 7, Ejer: Vælg en ejer for handlingen.")."""
    links = []
    for field in form:
        if field.name == "drafts":
            for number, entry in enumerate(field, start=1):
                for sub in entry.form:
                    where = _l("Forslag %(n)d, %(field)s", n=number, field=sub.label.text)
                    links += [ErrorLink(sub.id, str(where), str(m)) for m in _messages(sub)]
        else:
            links += [ErrorLink(field.id, str(field.label.text), str(m)) for m in _messages(field)]
    return links


def _messages(field) -> list:
    return list(field.errors) if isinstance(field.errors, (list, tuple)) else []
