"""Import pages: upload a referat, review its draft actions, save it all at once.

Post/Redirect/Get: an upload that can be reviewed is kept as a draft (tracker.importing.uploads)
and answered with 303 to its review, /import/<id>; a refused save goes back there with what was
typed and the errors (tracker.forms_common.refused), so Back never sends a form again.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _

from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.forms_common import refused, restore
from tracker.importing import (
    meeting_fields,
    notices,
    owners,
    referat,
    refusals,
    review,
    saving,
    services,
    uploads,
)
from tracker.importing.forms import ReviewForm, UploadForm
from tracker.meetings.services import list_forums
from tracker.minutes.reading import MinutesError, megabytes

bp = Blueprint("importing", __name__, url_prefix="/import")


@bp.route("", methods=["GET", "POST"])
@role_required("secretary")
def upload():
    form = UploadForm()
    if form.validate_on_submit():
        upload = form.file.data
        forum = form.forum.data or ""
        try:
            parsed = services.read_referat(upload.read(), upload.filename or "", forum or None)
            refusals.check_proposals(parsed)  # more than the review can show
            refusals.ensure_new(parsed.minutes, forum or None, forum_required=False)
        except MinutesError as error:
            form.file.errors.append(error.message(str(get_locale())))
            return upload_page(form), 400
        try:
            refusals.check_minutes(parsed.minutes, forum or None)
        except MinutesError as error:
            # Show what was read, say what is wrong, and offer no save button (nothing kept).
            review_form = review.prefill(_review_form(formdata=None), parsed)
            problem = error.message(str(get_locale()))
            return _review_page(review_form, parsed, None, forum, problem), 400
        draft = uploads.keep(
            current_person(), parsed.text, upload.filename or "", forum, parsed.reading_warnings
        )
        return redirect(url_for(".review_draft", draft_id=draft.id), 303)
    return upload_page(form), 400 if form.errors else 200


def upload_page(form) -> str:
    """The upload page; it names the size limit the server enforces."""
    limit = megabytes(services.upload_limit(), str(get_locale()))
    return render_template("importing/upload.html", form=form, limit_mb=limit)


def _draft_or_404(draft_id: int):
    return uploads.find(draft_id, current_person()) or abort(404)


def _posted_to(draft_id: int):
    """The draft a review form was posted to, its review's address, and its referat read
    again; None for the referat when the draft can no longer be saved (used or expired)."""
    draft = _draft_or_404(draft_id)
    page = url_for(".review_draft", draft_id=draft.id)
    if not uploads.usable(draft):
        return draft, page, None
    return draft, page, uploads.parsed(draft)


def _review_form(**kwargs) -> ReviewForm:
    """The review form, offering the forums there are (and a new one, on purpose)."""
    form = ReviewForm(**kwargs)
    meeting_fields.offer_forums(form, list_forums())
    return form


def _review_page(form, parsed, draft, forum: str, problem: str | None = None) -> str:
    found = notices.counts(len(parsed.minutes.agenda_items), len(parsed.drafts))
    warnings = [notices.message(warning) for warning in parsed.warnings]
    review.explain_deadlines(form, parsed)  # "til næste møde = Lederforum 16. december 2026"
    review.explain_doubts(form, parsed)  # "ingen ansvarlig", "samme opgave som nr. 3"
    return render_template(
        "importing/review.html",
        form=form,
        parsed=parsed,
        draft=draft,
        forum=forum,
        problem=problem,
        found=found,
        warnings=warnings,
        to_confirm=notices.to_confirm(parsed),
        error_links=review.error_links,
        owner_matches=review.owner_matches(form, parsed),
        attendee_doubts=owners.attendee_doubts(parsed.minutes),
        same_day=refusals.same_day_meetings(parsed.minutes, forum or None),
    )


def _refused_review(form, parsed, draft, page: str, anchor: str = "fejl"):
    """Back to the review with what was typed (303), or, when it cannot be kept, the review;
    at ``anchor``: #fejl, the error summary at the top, takes the focus (static/focus.js), or
    the row a sentence just became."""
    key = f"import-review:{draft.id}"
    return refused(form, key, f"{page}#{anchor}") or (
        _review_page(form, parsed, draft, draft.forum),
        400,
    )


def _gone_page(draft):
    """A review that can no longer be saved: used (with its meeting) or expired."""
    return render_template("importing/gone.html", draft=draft, hours=uploads.DRAFT_HOURS), 410


@bp.route("/<int:draft_id>")
@role_required("secretary")
def review_draft(draft_id):
    draft = _draft_or_404(draft_id)
    if not uploads.usable(draft):
        return _gone_page(draft)
    parsed = uploads.parsed(draft)
    form, key = _review_form(formdata=None), f"import-review:{draft.id}"
    problem, restored = None, False
    try:  # imported meanwhile (another tab, another secretary) or too long for the database
        refusals.check_proposals(parsed)  # kept before the upload refused so many
        restored = restore(form, key)
        if not restored:
            review.prefill(form, parsed)
            meeting_fields.prefill_meeting(form, parsed, draft.forum, list_forums())
        refusals.ensure_new(parsed.minutes, draft.forum or None, forum_required=False)
        refusals.check_minutes(parsed.minutes, draft.forum or None)
    except MinutesError as error:
        problem = error.message(str(get_locale()))
    page = _review_page(form, parsed, draft, draft.forum, problem)
    if restored:
        review.keep_edits(form, key)  # a reload shows the edits again (the errors once)
    return page


def _not_sent(draft_id: int):
    """A review's button address opened (GET): after a login that ended while the review was
    open, the next login leads there. Back to the review, which says nothing was saved."""
    draft = _draft_or_404(draft_id)
    if uploads.usable(draft):  # used or expired: the review itself says what happened
        flash(
            _(
                "Intet er gemt endnu: det, du sendte fra gennemgangen, kom ikke frem (du var "
                "måske logget ud). Vælg knappen igen."
            ),
            "warning",
        )
    return redirect(url_for(".review_draft", draft_id=draft.id), 303)


@bp.route("/<int:draft_id>/gem", methods=["GET", "POST"])
@role_required("secretary")
def save(draft_id):
    if request.method == "GET":
        return _not_sent(draft_id)
    draft, page, parsed = _posted_to(draft_id)
    if parsed is None:
        return redirect(page, 303)  # the review says it was imported, or has expired
    form = _review_form()
    try:
        saved = saving.save_review(form, parsed, draft, list_forums(), current_person())
    except saving.Refused:
        db.session.rollback()
        return _refused_review(form, parsed, draft, page)
    except saving.Gone:
        db.session.rollback()
        return redirect(page, 303)  # the review says why (imported meanwhile, or refused)
    services.notify(saved.assigned)
    _flash_attendee_doubts(parsed)
    flash(
        ngettext(
            "Referatet er importeret med %(num)d handling.",
            "Referatet er importeret med %(num)d handlinger.",
            saved.count,
        ),
        "success",
    )
    return redirect(url_for("meetings.meeting", meeting_id=saved.meeting.id))


@bp.route("/<int:draft_id>/fra-tekst", methods=["GET", "POST"])
@role_required("secretary")
def from_text(draft_id):
    """A sentence of the referat made a proposal: the review as sent plus its row, at it."""
    if request.method == "GET":
        return _not_sent(draft_id)
    draft, page, parsed = _posted_to(draft_id)
    if parsed is None:
        return redirect(page, 303)  # the review says it was imported, or has expired
    try:
        form, row = referat.with_sentence(parsed, request.form, request.form.get("saetning"))
    except referat.TextError as error:
        flash(str(error.message), "error")
        return _refused_review(ReviewForm(), parsed, draft, page)
    return _refused_review(form, parsed, draft, page, anchor=f"forslag-{row}")


@bp.app_template_global()
def referat_pane(parsed, form) -> referat.Pane:
    """For the import review: the referat's text and its links to the proposal rows."""
    key = (id(parsed), id(form))
    if getattr(g, "referat_pane_key", None) != key:  # the pane and each row ask: read once
        g.referat_pane_key, g.referat_pane = key, referat.pane(parsed, form)
    return g.referat_pane


def _flash_attendee_doubts(parsed) -> None:
    """Name the referat's attendees left off the list for the secretary to choose."""
    doubts = owners.attendee_doubts(parsed.minutes)
    if doubts:
        names = ", ".join(f"»{match.typed}«" for match in doubts)
        flash(
            _(
                "%(names)s er ikke sat på deltagerlisten, for referatet siger ikke, hvem de er. "
                "Vælg »Ret deltagerlisten« under Mødedeltagere herunder, skriv navnene, og vælg "
                "personerne.",
                names=names,
            ),
            "warning",
        )
