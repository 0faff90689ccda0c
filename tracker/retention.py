"""How long what one page keeps for the next is kept: the one home of those limits and of
their pruning, used on every write (tracker.forms_common, tracker.importing.uploads) and by the
hourly housekeeping job, so a referat's text or a typed note never outlives its use for long
even when nobody uploads or refuses a form again."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete

from tracker.extensions import db
from tracker.models import ImportDraft, KeptForm

KEPT_SECONDS = 600  # a kept form older than this is forgotten
DRAFT_KEEP_DAYS = 7  # an import draft's row is deleted after this (used or not)


def prune_kept_forms(at: datetime) -> int:
    """Delete kept forms older than KEPT_SECONDS at ``at``; the number deleted (flushes)."""
    result = db.session.execute(
        delete(KeptForm).where(KeptForm.created_at < at - timedelta(seconds=KEPT_SECONDS))
    )
    return result.rowcount or 0


def prune_import_drafts(at: datetime) -> int:
    """Delete import drafts older than DRAFT_KEEP_DAYS at ``at``; the number deleted."""
    result = db.session.execute(
        delete(ImportDraft).where(ImportDraft.created_at < at - timedelta(days=DRAFT_KEEP_DAYS))
    )
    return result.rowcount or 0
