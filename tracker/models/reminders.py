"""What reminders keep: spent check-in links and the escalation steps taken."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.extensions import db

from .actions import Action
from .types import UTCDateTime, utcnow

ESCALATION_STEPS = ("manager", "secretariat")


class CheckinUse(db.Model):
    """A check-in link that was used: the SHA-256 of its nonce, never the token itself.

    The links of one action in one email share a nonce, so the first check-in spends them all.
    """

    __tablename__ = "checkin_use"

    id: Mapped[int] = mapped_column(primary_key=True)
    nonce_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EscalationStep(db.Model):
    """One step of the escalation ladder taken for an action and its deadline (once each)."""

    __tablename__ = "escalation_step"
    __table_args__ = (UniqueConstraint("action_id", "step", "due_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(20))
    due_end: Mapped[date]
    # The email it went out in (its outbox key).
    outbox_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    action: Mapped[Action] = relationship()
