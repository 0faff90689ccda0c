"""What the outbox pages show and the one change they make (send again): plain functions."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from tracker.extensions import db
from tracker.mail import ANY_HOUR_KINDS, masked
from tracker.models import MAIL_STATES, OutboxMessage, utcnow

PAGE_SIZE = 50
# Emails whose content is nobody's business but the recipient's: only who, kind and state show
# (the kinds the person asked for a moment ago, tracker.mail.kinds.Kind.any_hour).
PRIVATE_KINDS = ANY_HOUR_KINDS


def listing(state: str) -> dict:
    """The newest emails (in ``state`` when it is one), and how many there are in each state."""
    query = select(OutboxMessage).order_by(OutboxMessage.id.desc())
    if state in MAIL_STATES:
        query = query.where(OutboxMessage.state == state)
    counts = dict(
        db.session.execute(
            select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
        ).all()
    )
    rows = db.session.scalars(query.limit(PAGE_SIZE)).all()
    shown = state if state in MAIL_STATES else ""
    return {"rows": rows, "counts": counts, "state": shown, "private_kinds": PRIVATE_KINDS}


def shown_text(row: OutboxMessage) -> str | None:
    """The text part as its recipient got it, personal links masked; None for a private kind."""
    return None if row.kind in PRIVATE_KINDS else masked(row.body_text)


def shown_html(row: OutboxMessage) -> str | None:
    """The HTML part, personal links masked; None for a private kind."""
    return None if row.kind in PRIVATE_KINDS else masked(row.body_html)


def resend(row: OutboxMessage) -> str | None:
    """Put a failed or waiting email back in the queue, due now (flushes); None when done, else
    the Danish reason it is refused: not failed or waiting, or its address is no longer its
    person's (changed, merged away or deactivated), so no link is ever signed for it."""
    if row.state not in ("failed", "pending"):
        return _l("Kun en fejlet eller ventende e-mail kan sendes igen.")
    if not row.still_addressed():
        return _l(
            "E-mailen sendes ikke igen: adressen er ikke længere modtagerens (ændret, lagt sammen "
            "med en anden person eller deaktiveret)."
        )
    row.state, row.next_attempt_at, row.attempts = "pending", utcnow(), 0
    db.session.flush()
    return None
