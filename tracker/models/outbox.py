"""The outbox: every email the system made, recorded before it is sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db

from .people import Person
from .types import UTCDateTime, utcnow

MAIL_STATES = ("pending", "sending", "sent", "failed")


class OutboxMessage(db.Model):
    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_message_state_next_attempt_at", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Its kind's key (tracker.mail.kinds, e.g. weekly, person and ISO week): never made twice.
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # a name in tracker.mail.kinds.KINDS
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person | None] = relationship()

    def still_addressed(self) -> bool:
        """True when the email may still go out: its person is active and still has the address
        it was made for. A changed address, a merge or a deactivation leaves the row with an
        address that is no longer its person's, and nothing is signed or sent for it (a reset
        link for an admin must never reach a look-alike's mailbox). A row of no person has no
        link to sign (tracker.mail.render.personalise) and goes to its address as written."""
        person = self.person
        if person is None:
            return self.person_id is None
        return bool(
            person.active
            and person.email
            and person.email.casefold() == (self.to_address or "").casefold()
        )
