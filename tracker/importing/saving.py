"""Saving a reviewed import: the review's form read back, the draft claimed, its meeting made.

The save view's one call. It flushes and never commits; when it does not save it says why by
raising: ``Refused`` (the errors are on the form: back to the review with what was typed) or
``Gone`` (saved meanwhile, or the referat cannot be saved: the review itself says why). The
view rolls back on either, so nothing of a refused save is kept (a forum made for it neither).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import get_locale

from tracker.importing import meeting_fields, refusals, review, uploads
from tracker.minutes.reading import MinutesError
from tracker.models import ImportDraft, Meeting, Person
from tracker.people import services as people


class Refused(Exception):
    """The review's form carries the errors; show it again with what was typed."""


class Gone(Exception):
    """The draft cannot be saved (saved meanwhile, or its referat is refused)."""


@dataclass(frozen=True)
class Saved:
    """What a save made: the meeting, the owners assigned (to notify) and the actions' count."""

    meeting: Meeting
    assigned: list
    count: int


def save_review(form, parsed, draft: ImportDraft, forums, person: Person) -> Saved:
    """Validate the posted review and save its meeting and accepted actions; raises Refused
    or Gone (above) instead."""
    try:
        refusals.check_proposals(parsed)  # a draft kept before the upload refused so many
        valid = form.validate_on_submit()
        fields = meeting_fields.corrected_meeting(form, parsed, draft.forum, forums)
        reviewed = review.reviewed_drafts(form, parsed) if valid else None
        typed = review.owner_emails(form)
        if reviewed is None or fields is None or typed is None:
            raise Refused
        draft.forum = fields.forum  # the forum chosen; a refusal rolls this back
        saved = uploads.save(draft, parsed, reviewed, typed, person)
        if saved is None:
            raise Gone  # saved meanwhile: the review says so
        meeting, assigned = saved
        meeting_fields.retitle(meeting, fields)
    except people.PeopleError as error:  # an owner's email taken: said in the summary
        form.form_errors = [str(error.message)]
        raise Refused from error
    except MinutesError as error:
        if error.code != "duplicate":
            raise Gone from error  # the review names the problem and offers no save button
        # the forum and date chosen have their meeting already
        form.form_errors = [error.message(str(get_locale()))]
        raise Refused from error
    return Saved(meeting, assigned, len(reviewed))
