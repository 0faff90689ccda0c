"""What one page keeps for the next: a refused form, an upload's draft."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.extensions import db

from .types import UTCDateTime, utcnow


class KeptForm(db.Model):
    """A refused form's values and errors for the next GET (tracker.forms_common): the session
    cookie names the row by a random key, of which only the hash is stored. Only its person
    (logged in, or a check-in link's) reads it, once, within minutes."""

    __tablename__ = "kept_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    form_key: Mapped[str] = mapped_column(String(300))
    payload: Mapped[str] = mapped_column(Text)  # JSON: values, errors, form errors, mark
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class ImportDraft(db.Model):
    """An uploaded referat waiting for its review (/import/<id>): the text read from the file,
    the file's name, the forum typed and what the reading warned of (a scan read by OCR).
    Only the secretary who uploaded it sees it; saving the import uses it (used_at, the
    meeting it became)."""

    __tablename__ = "import_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255), default="")
    forum: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    # JSON: the reading's warnings as [code, detail, da, en] (tracker.minutes.reading.Reading)
    reading_warnings: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
