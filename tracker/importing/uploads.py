"""An uploaded referat waiting for its review: kept in import_draft so the review has an
address (/import/<id>) that Back and a refused save come back to.

Services flush and never commit. Only the secretary who uploaded a draft sees it; it is used
once (the meeting it became is kept on it, its text is dropped); after DRAFT_HOURS it can no
longer be saved, and after DRAFT_KEEP_DAYS it is deleted when the next upload is kept.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import update

from tracker.extensions import db
from tracker.forms_common import MAX_ID
from tracker.importing import services
from tracker.meetings import services as meetings
from tracker.minutes.notices import MinutesWarning
from tracker.models import ImportDraft, Meeting, Person, utcnow
from tracker.people import services as people
from tracker.retention import DRAFT_KEEP_DAYS, prune_import_drafts  # noqa: F401 (tests read it here)
from tracker.text import clean_text

DRAFT_HOURS = 24  # a review may be saved this long after the upload
FILENAME_MAX = 255  # ImportDraft.filename is String(255)


def keep(
    person: Person,
    text: str,
    filename: str = "",
    forum: str = "",
    warnings: list[MinutesWarning] | tuple = (),
) -> ImportDraft:
    """Keep an upload's text, and what its reading warned of (a scan), for its review;
    forget drafts older than DRAFT_KEEP_DAYS."""
    now = utcnow()
    prune_import_drafts(now)
    draft = ImportDraft(
        person_id=person.id,
        text=text,
        # The browser's name for the file: NUL and control characters are nobody's (and
        # PostgreSQL refuses NUL).
        filename=clean_text(filename or "")[:FILENAME_MAX],
        forum=forum or "",
        reading_warnings=json.dumps([w.as_list() for w in warnings]) if warnings else "",
        created_at=now,
    )
    db.session.add(draft)
    db.session.flush()
    return draft


def reading_warnings(draft: ImportDraft) -> list[MinutesWarning]:
    """What the draft's reading warned of (a scan read by OCR), as kept by :func:`keep`."""
    try:
        kept = json.loads(draft.reading_warnings or "[]")
    except ValueError:
        return []
    found = (MinutesWarning.from_list(w) for w in kept) if isinstance(kept, list) else ()
    return [w for w in found if w is not None]


def parsed(draft: ImportDraft) -> services.Parsed:
    """The draft's referat read again for its review, with its reading's warnings."""
    return services.parse_text(draft.text, draft.forum or None, None, reading_warnings(draft))


def find(draft_id: int, person: Person) -> ImportDraft | None:
    """The draft with this id when ``person`` uploaded it; None for anyone else's or none."""
    if not 1 <= draft_id <= MAX_ID:  # beyond the id column: no draft (PostgreSQL would refuse)
        return None
    draft = db.session.get(ImportDraft, draft_id)
    return draft if draft is not None and draft.person_id == person.id else None


def expired(draft: ImportDraft, now: datetime | None = None) -> bool:
    """Too old to be saved (DRAFT_HOURS after the upload)."""
    return (now or utcnow()) - draft.created_at >= timedelta(hours=DRAFT_HOURS)


def claim(draft: ImportDraft) -> bool:
    """Mark the draft used, first thing in its save; False when it was used already (a second
    save of the same review, in another tab or at the same moment: on PostgreSQL the second
    waits for the first's row lock, then finds it used). A failed save rolls this back."""
    taken = db.session.execute(
        update(ImportDraft)
        .where(ImportDraft.id == draft.id, ImportDraft.used_at.is_(None))
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    db.session.expire(draft)
    return taken.rowcount == 1


def used_for(draft: ImportDraft, meeting: Meeting) -> None:
    """The draft became ``meeting``: keep the link, drop the text (it is in the meeting now)."""
    draft.meeting_id, draft.text = meeting.id, ""
    db.session.flush()


def usable(draft: ImportDraft) -> bool:
    """The draft can still be saved: not used and not expired."""
    return draft.used_at is None and not expired(draft)


def save(draft: ImportDraft, parsed, reviewed: list, typed_emails: dict, person: Person):
    """Save a reviewed draft: claim it, create its meeting and actions, keep the owners' typed
    emails. Returns (meeting, assigned), or None when the draft was claimed already.

    Raises what services.save_import and people.give_owner_emails raise; the caller rolls
    back (the claim too) and commits once."""
    if not claim(draft):
        return None
    meetings.lock_forum_name(draft.forum or parsed.minutes.forum)
    meeting, assigned = services.save_import(parsed, reviewed, person, draft.forum or None)
    used_for(draft, meeting)
    people.give_owner_emails(meeting.id, typed_emails, person)
    return meeting, assigned
