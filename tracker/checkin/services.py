"""Check-ins from an email link: reading the token, spending it, and the status note it makes.

A link is bound to a person, an action and a purpose (``tracker.tokens``), works for 14 days and
is spent by its first check-in: the links of one action in one email share a nonce, whose
SHA-256 is kept in ``checkin_use`` (never the token). Services flush, never commit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tracker import tokens
from tracker.actions import services as actions
from tracker.checkin.reported import Reported, spent_by
from tracker.deadlines import Deadline
from tracker.extensions import db
from tracker.models import Action, CheckinUse, Person, StatusNote

# What each refusal tells the person, in Danish first; the page adds a login link.
REFUSALS = {
    "invalid": _l(
        "Linket er ugyldigt. Brug knapperne i din seneste e-mail, eller log ind for at skrive "
        "status."
    ),
    "expired": _l("Linket er udløbet: knapperne i en e-mail virker i 14 dage. Log ind i stedet."),
    "not_yours": _l(
        "Handlingen er ikke længere din, så linket virker ikke. Log ind for at se den."
    ),
    "closed": _l("Handlingen er allerede udført eller annulleret. Log ind for at se den."),
}
CHOICES = tokens.CHECKIN_CHOICES


class Spent(Exception):
    """Another check-in used the link first (the caller rolls back)."""


@dataclass(frozen=True)
class Checkin:
    """A check-in the link allows: the person, the action, the choice, the link's nonce."""

    person: Person
    action: Action
    purpose: str
    nonce: str


def nonce_hash(nonce: str) -> str:
    """What ``checkin_use`` keeps of a link's nonce."""
    return hashlib.sha256(nonce.encode()).hexdigest()


def open_checkin(token: str) -> Checkin | Reported | str:
    """The check-in ``token`` allows, what an earlier check-in with it reported (a spent link),
    or the key of its refusal in :data:`REFUSALS`."""
    found = tokens.read_checkin(token)
    if isinstance(found, str):
        return found
    action = db.session.get(Action, found.action_id)
    if action is None:
        return "invalid"
    if not action.involves(found.person):
        return "not_yours"
    spent = db.session.scalar(
        select(CheckinUse).where(CheckinUse.nonce_hash == nonce_hash(found.nonce))
    )
    if spent is not None:
        return spent_by(spent, found.person, action)
    if not action.is_open:
        return "closed"
    return Checkin(found.person, action, found.purpose, found.nonce)


def refusal(reason: str) -> str:
    """The Danish message for a refused link."""
    return str(REFUSALS.get(reason, REFUSALS["invalid"]))


def _spend(checkin: Checkin) -> None:
    db.session.add(
        CheckinUse(
            nonce_hash=nonce_hash(checkin.nonce),
            person_id=checkin.person.id,
            action_id=checkin.action.id,
        )
    )
    try:
        db.session.flush()
    except IntegrityError as error:
        raise Spent from error


def check_in(
    checkin: Checkin, note: str | None, deadline: Deadline | None, chosen: str | None = None
) -> StatusNote:
    """Spend the link and write the check-in as a status note "via e-mail".

    "Går efter planen" starts an action not started, "Forsinket" moves the deadline to
    ``deadline``, "Udført" closes it, "Skriv en note" only writes ``note``. Raises Spent when
    another check-in used the link first. ``chosen``: the choice made on the page when the link
    left it open ("any").
    """
    purpose = checkin.purpose if checkin.purpose != tokens.CHECKIN_ANY else chosen
    if purpose not in CHOICES:
        raise ValueError("no choice made")
    _spend(checkin)
    action, person = checkin.action, checkin.person
    note = (note or "").strip()
    new_status = None
    if purpose == "on_track":
        text = note or _("Går efter planen.")
        new_status = "in_progress" if action.status == "not_started" else None
    elif purpose == "delayed":
        if deadline is None:
            raise ValueError("a delayed check-in needs a new deadline")
        actions.change_deadline(action, person, deadline)
        text = _("Forsinket. Ny frist: %(deadline)s.", deadline=actions.deadline_label(action))
        text = f"{text}\n{note}" if note else text
    elif purpose == "done":
        text = note or _("Udført.")
        new_status = "done"
    else:
        if not note:
            raise ValueError("a note is required")
        text = note
    return actions.add_note(action, person, text, new_status=new_status, via="email")
