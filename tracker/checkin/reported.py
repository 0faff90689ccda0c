"""A check-in link used again (Back after saving, another tab of the same email): what the
check-in that spent it reported and when, and the note sent from the other tab.

The choice is read from the note the check-in wrote "via e-mail" (``services.check_in``), so no
table keeps more than the link's spent nonce. Services flush, never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from tracker.actions import services as actions
from tracker.extensions import db
from tracker.models import Action, CheckinUse, Person, StatusNote, utcnow
from tracker.tokens import CHECKIN_CHOICES

# What a spent link's check-in reported, for "Du har allerede meldt status (Forsinket, kl. 08:32)".
REPORTED = {**CHECKIN_CHOICES, "note": _l("en note")}
# A note sent from another tab of the same email after its link was spent is saved this long
# after the check-in (two tabs open at once); later it is offered back, as a link is used once.
SECOND_TAB = timedelta(hours=1)


@dataclass(frozen=True)
class Reported:
    """A link that an earlier check-in spent: the person, the action, what it reported (a key of
    :data:`REPORTED`, None when its note is gone) and when (UTC)."""

    person: Person
    action: Action
    choice: str | None
    at: datetime


def spent_by(use: CheckinUse, person: Person, action: Action) -> Reported:
    """What the check-in that spent a link (``use``) reported, and when."""
    return Reported(person, action, choice_of(checkin_note(use, action)), use.used_at)


def checkin_note(use: CheckinUse, action: Action) -> StatusNote | None:
    """The note the check-in that spent the link wrote (the person's first "via e-mail" since)."""
    return db.session.scalar(
        select(StatusNote)
        .where(
            StatusNote.action_id == action.id,
            StatusNote.author_id == use.person_id,
            StatusNote.via == "email",
            StatusNote.created_at >= use.used_at,
        )
        .order_by(StatusNote.created_at, StatusNote.id)
        .limit(1)
    )


def _in_each_language(message: str, **variables) -> set[str]:
    found = set()
    for language in ("da", "en"):
        with force_locale(language):
            found.add(_(message, **variables))
    return found


def choice_of(note: StatusNote | None) -> str | None:
    """What a check-in chose, read from the note it wrote (see :func:`check_in`): "Udført"
    closes, "Forsinket" writes the new deadline first, "Går efter planen" starts or says so."""
    if note is None:
        return None
    if note.status_to == "done":
        return "done"
    delayed = _in_each_language("Forsinket. Ny frist: %(deadline)s.", deadline="\0")
    if any(note.text.startswith(text.split("\0")[0]) for text in delayed):
        return "delayed"
    if note.status_to == "in_progress" or note.text in _in_each_language("Går efter planen."):
        return "on_track"
    return "note"


def keep_late_note(reported: Reported, text: str | None) -> StatusNote | None:
    """A note sent from another tab of the same email after its link was spent: saved as a note
    "via e-mail" within :data:`SECOND_TAB` of the check-in (once: a note it already saved is
    returned); None when it comes later (the page offers it back)."""
    text = (text or "").strip()
    if not text or utcnow() - reported.at > SECOND_TAB:
        return None
    saved = db.session.scalars(
        select(StatusNote).where(
            StatusNote.action_id == reported.action.id,
            StatusNote.author_id == reported.person.id,
            StatusNote.via == "email",
            StatusNote.created_at >= reported.at,
        )
    )
    for note in saved:
        if note.text == text or note.text.endswith("\n" + text):
            return note
    return actions.add_note(reported.action, reported.person, text, via="email")
