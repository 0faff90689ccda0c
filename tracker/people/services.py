"""People services: create, edit, deactivate (handing on open actions), the audit trail.

Plain functions with explicit arguments; they flush and never commit (the request or command
commits once). Refusals are :class:`PeopleError` with a Danish message, raised before anything
is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update

from tracker.actions.services import record_event
from tracker.auth import sessions
from tracker.auth.services import deactivate as end_logins
from tracker.extensions import db
from tracker.models import (
    LANGUAGES,
    ROLES,
    Action,
    OutboxMessage,
    Person,
    PersonAudit,
)
from tracker.people.matching import resolve_many

DEACTIVATED_ERROR = "Personen er deaktiveret; e-mailen sendes ikke."
ADDRESS_CHANGED_ERROR = (
    "Modtagerens e-mailadresse er ændret; e-mailen sendes ikke til den gamle adresse."
)
MERGED_ERROR = "Personen er lagt sammen med en anden; e-mailen sendes ikke."


class PeopleError(Exception):
    """A change that is refused; ``message`` is the Danish (translatable) reason, ``field`` the
    form field it belongs to, if any."""

    def __init__(self, message, field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.field = field


# Who may do what ---------------------------------------------------------------------------


def may_edit(actor: Person, person: Person) -> bool:
    """Admins edit anyone; secretaries edit members (their contact data, never a role), so a
    secretary cannot take over an admin's or another secretary's account by its email."""
    if actor.is_admin:
        return True
    return actor.is_secretary and person.role == "member"


def may_change_role(actor: Person) -> bool:
    """Only admins give roles."""
    return actor.is_admin


# Audit --------------------------------------------------------------------------------------


def audit(kind: str, person: Person | None, actor: Person | None, detail: str | None = None):
    """One row in the audit trail: ``actor`` did ``kind`` to ``person`` now."""
    entry = PersonAudit(
        kind=kind,
        person=person,
        subject_id=person.id if person is not None else None,
        actor=actor,
        detail=detail,
    )
    db.session.add(entry)
    db.session.flush()
    return entry


# Create and edit ----------------------------------------------------------------------------


@dataclass
class PersonData:
    """What the person form gives: every field, already cleaned by the form."""

    name: str
    email: str | None = None
    title: str | None = None
    unit: str | None = None
    manager: Person | None = None
    substitute: Person | None = None
    absent_until: date | None = None
    language: str = "da"
    role: str | None = None  # None: unchanged (or "member" for a new person)
    digest_enabled: bool = True
    deadline_reminders_enabled: bool = True


def normal_email(email: str | None) -> str | None:
    """An email as stored: trimmed and lower case; None when empty."""
    email = (email or "").strip().lower()
    return email or None


def email_taken(email: str | None, person: Person | None = None) -> Person | None:
    """Another person who has ``email`` (case-insensitive), if any."""
    email = normal_email(email)
    if email is None:
        return None
    query = select(Person).where(func.lower(Person.email) == email)
    if person is not None and person.id is not None:
        query = query.where(Person.id != person.id)
    return db.session.scalar(query)


def _check(person: Person, data: PersonData, actor: Person) -> None:
    if email_taken(data.email, person):
        raise PeopleError(_l("En anden person har allerede den e-mailadresse."), "email")
    if data.role is not None and data.role not in ROLES:
        raise PeopleError(_l("Ukendt rolle."), "role")
    if data.role is not None and data.role != person.role and not may_change_role(actor):
        raise PeopleError(_l("Kun en administrator kan ændre roller."), "role")
    if person.role == "admin" and data.role not in (None, "admin") and _last_admin(person):
        raise PeopleError(_l("Den sidste administrator kan ikke miste rollen."), "role")
    if data.language not in LANGUAGES:
        raise PeopleError(_l("Ukendt sprog."), "language")
    for other, name in ((data.manager, "manager"), (data.substitute, "substitute")):
        if other is not None and person.id is not None and other.id == person.id:
            raise PeopleError(
                _l("En person kan ikke være sin egen leder eller stedfortræder."), name
            )
        if other is not None and not other.active and other is not getattr(person, name):
            raise PeopleError(_l("Vælg en aktiv person."), name)
    if data.manager is not None and person.id is not None and _manages(person, data.manager):
        raise PeopleError(
            _l(
                "%(name)s er selv leder for %(manager)s.",
                name=person.name,
                manager=data.manager.name,
            ),
            "manager",
        )


def _manages(person: Person, other: Person) -> bool:
    """True when ``person`` is above ``other`` in the chain of managers (a cycle would form)."""
    return manages(person, other, lambda someone: someone.manager)


def manages(person, other, manager_of) -> bool:
    """True when ``person`` is above ``other`` in a chain of managers, ``manager_of`` giving
    each one's manager (or None): making ``other`` the manager of ``person`` would form a
    cycle. The importer passes the chain its file would make."""
    seen, current = set(), manager_of(other)
    while current is not None and current not in seen:
        if current == person:
            return True
        seen.add(current)
        current = manager_of(current)
    return False


def _last_admin(person: Person) -> bool:
    return last_admin_left([person])


def last_admin_left(people: list[Person]) -> bool:
    """True when no active admin is left besides ``people`` (who are about to lose the role)."""
    others = db.session.scalar(
        select(func.count()).where(
            Person.role == "admin",
            Person.active.is_(True),
            Person.id.not_in([p.id for p in people]),
        )
    )
    return others == 0


def save_person(person: Person | None, data: PersonData, actor: Person) -> Person:
    """Create (``person`` None) or change a person. A changed email ends the person's logins
    (but the actor's own) and the links signed for the old address."""
    new = person is None
    person = person or Person(role="member")
    if not new and not may_edit(actor, person):
        raise PeopleError(_l("Du må ikke ændre denne person."))
    _check(person, data, actor)
    email = normal_email(data.email)
    email_changed = not new and email != person.email
    old_role = None if new else person.role
    person.name = data.name
    person.email = email
    person.title = data.title or None
    person.unit = data.unit or None
    person.manager = data.manager
    person.substitute = data.substitute
    person.absent_until = data.absent_until
    person.language = data.language
    person.digest_enabled = data.digest_enabled
    person.deadline_reminders_enabled = data.deadline_reminders_enabled
    if data.role is not None:
        person.role = data.role
    if new:
        db.session.add(person)
    if email_changed:
        # Links signed for the old address die, and what waits for it is never sent: a reset or
        # check-in link must not reach an address that is no longer the person's.
        person.auth_version = (person.auth_version or 0) + 1
        sessions.revoke_all(person, keep=actor.login_id if actor.id == person.id else None)
        stop_pending_emails(person, ADDRESS_CHANGED_ERROR)
    db.session.flush()
    if email_changed:
        audit("email", person, actor, "e-mail ændret" if email else "e-mail fjernet")
    if person.role != (old_role or "member"):
        audit("role", person, actor, f"{old_role or 'ny'} → {person.role}")
    return person


def set_email(person: Person, email: str | None, actor: Person) -> None:
    """Give ``person`` an email (as the import review does); the same checks as the form."""
    if not may_edit(actor, person):
        raise PeopleError(_l("Du må ikke ændre denne person."), "email")
    data = PersonData(
        name=person.name,
        email=email,
        title=person.title,
        unit=person.unit,
        manager=person.manager,
        substitute=person.substitute,
        absent_until=person.absent_until,
        language=person.language,
        digest_enabled=person.digest_enabled,
        deadline_reminders_enabled=person.deadline_reminders_enabled,
    )
    save_person(person, data, actor)


# Deactivate ---------------------------------------------------------------------------------


@dataclass
class Deactivated:
    """What a deactivation did: actions handed on, emails stopped, links to the person cleared."""

    actions: list[Action]
    emails_stopped: int
    links_cleared: int


def _open_actions(person: Person) -> list[Action]:
    return list(
        db.session.scalars(
            select(Action)
            .where(Action.open_clause(), Action.involving(person.id))
            .order_by(Action.id)
        )
    )


def hand_on(action: Action, old: Person, new: Person, actor: Person | None) -> None:
    """Give ``old``'s part in ``action`` (owner or co-owner) to ``new``, with history rows."""
    if action.owner_id == old.id:
        record_event(action, actor, "changed", "owner", old.name, new.name)
        action.owner = new
    if any(p.id == old.id for p in action.co_owners):
        before = sorted(p.name for p in action.co_owners)
        kept = [p for p in action.co_owners if p.id not in (old.id, new.id)]
        if action.owner is not new:
            kept.append(new)
        after = sorted(p.name for p in kept)
        record_event(
            action, actor, "changed", "co_owners", ", ".join(before), ", ".join(after) or None
        )
        action.co_owners = kept
    action.updated_by = actor


def stop_pending_emails(
    person: Person, reason: str = DEACTIVATED_ERROR, states: tuple[str, ...] = ("pending",)
) -> int:
    """Emails to ``person`` not yet sent (in ``states``) will not be: failed, with ``reason``."""
    result = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.person_id == person.id, OutboxMessage.state.in_(states))
        .values(state="failed", last_error=reason)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def deactivate(person: Person, actor: Person | None, new_owner: Person | None, now: datetime):
    """``person`` leaves: their open actions go to ``new_owner`` (required when there are any),
    their logins end, no email goes to them, nobody has them as manager or substitute.
    ``actor`` None: the command line."""
    if not person.active:
        raise PeopleError(_l("Personen er allerede deaktiveret."))
    if actor is not None and person.id == actor.id:
        raise PeopleError(_l("Du kan ikke deaktivere dig selv."))
    if person.role == "admin" and _last_admin(person):
        raise PeopleError(_l("Den sidste administrator kan ikke deaktiveres."))
    actions = _open_actions(person)
    if new_owner is not None and (new_owner.id == person.id or not new_owner.active):
        raise PeopleError(_l("Vælg en aktiv person, der skal overtage handlingerne."), "new_owner")
    if actions and new_owner is None:
        raise PeopleError(_l("Vælg, hvem der overtager personens åbne handlinger."), "new_owner")
    for action in actions:
        hand_on(action, person, new_owner, actor)
    end_logins(person)
    person.auth_version = (person.auth_version or 0) + 1  # the links signed before stop too
    person.deactivated_at = now
    person.calendar_token = None
    stopped = stop_pending_emails(person)
    cleared = 0
    for column in (Person.manager_id, Person.substitute_id):
        cleared += (
            db.session.execute(
                update(Person)
                .where(column == person.id)
                .values({column.key: None})
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
    db.session.expire_all()
    detail = f"{len(actions)} åbne handlinger"
    if new_owner is not None:
        detail += f" til #{new_owner.id}"
    audit("deactivate", person, actor, detail)
    if actions:
        from tracker.mail import queue_assignment_notices

        queue_assignment_notices({new_owner: actions}, now)
    return Deactivated(actions, stopped, cleared)


def reactivate(person: Person, actor: Person) -> None:
    """A person deactivated by mistake (not erased) can log in and get email again."""
    if person.active:
        raise PeopleError(_l("Personen er allerede aktiv."))
    if person.erased_at is not None:
        raise PeopleError(_l("En slettet person kan ikke genaktiveres."))
    person.active = True
    # Links signed before the deactivation (reset, check-in, login) stay dead, also for a
    # person deactivated before deactivate() bumped the version.
    person.auth_version = (person.auth_version or 0) + 1
    person.deactivated_at = None
    audit("deactivate", person, actor, "genaktiveret")


def give_owner_emails(meeting_id: int, typed: dict[str, str], actor: Person) -> int:
    """After an import: the owners of the meeting's new actions get the emails the secretary
    typed in the review (``typed``: owner name as typed → email), the name matched to the
    owners as the import matched it ("Karsten" is Karsten Poulsen: tracker.people.matching);
    owners who have an email keep it. Returns how many got one."""
    owners = db.session.scalars(
        select(Person)
        .join(Action, Action.owner_id == Person.id)
        .where(Action.meeting_id == meeting_id, Person.email.is_(None))
        .distinct()
    ).all()
    wanted = [(name, email) for name, email in typed.items() if email and name.strip()]
    if not owners or not wanted:
        return 0
    without = {owner.id for owner in owners}
    given: dict[int, tuple[str, str]] = {}  # person id → (name as typed, email)
    for (name, email), match in zip(
        wanted, resolve_many([n for n, _ in wanted], owners), strict=True
    ):
        if not match.known:
            continue
        if match.person.id in given:  # two spellings of one owner ("Karsten", "K. Poulsen")
            first, first_email = given[match.person.id]
            if first_email.casefold() != email.casefold():
                raise PeopleError(
                    _l(
                        "»%(name)s« og »%(first)s« er den samme person, men har fået to "
                        "forskellige e-mailadresser. Skriv den samme, eller lad den ene stå tom.",
                        name=name,
                        first=first,
                    )
                )
        elif match.person.id in without:
            set_email(match.person, email, actor)
            given[match.person.id] = (name, email)
    return len(given)
