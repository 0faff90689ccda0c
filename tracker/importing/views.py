"""Import pages: upload a referat, review its draft actions, save it all at once.

Post/Redirect/Get: an upload that can be reviewed is kept as a draft (tracker.importing.uploads)
and answered with 303 to its review, /import/<id>; a refused save goes back there with what was
typed and the errors (tracker.forms_common.refused), so Back never sends a form again.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _

from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.forms_common import refused, restore
from tracker.importing import notices, owners, review, services, uploads
from tracker.importing.forms import ReviewForm, UploadForm
from tracker.minutes.reading import MinutesError, megabytes
from tracker.people import services as people

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
            services.check_proposals(parsed)  # more than the review can show
            services.ensure_new(parsed.minutes, forum or None)
        except MinutesError as error:
            form.file.errors.append(error.message(str(get_locale())))
            return upload_page(form), 400
        try:
            services.check_minutes(parsed.minutes, forum or None)
        except MinutesError as error:
            # Show what was read, say what is wrong, and offer no save button (nothing kept).
            review_form = review.prefill(ReviewForm(formdata=None), parsed)
            problem = error.message(str(get_locale()))
            return _review_page(review_form, parsed, None, forum, problem), 400
        draft = uploads.keep(current_person(), parsed.text, upload.filename or "", forum)
        return redirect(url_for(".review_draft", draft_id=draft.id), 303)
    return upload_page(form), 400 if form.errors else 200


def upload_page(form) -> str:
    """The upload page; it names the size limit the server enforces."""
    limit = megabytes(services.upload_limit(), str(get_locale()))
    return render_template("importing/upload.html", form=form, limit_mb=limit)


def _draft_or_404(draft_id: int):
    return uploads.find(draft_id, current_person()) or abort(404)


def _review_page(form, parsed, draft, forum: str, problem: str | None = None) -> str:
    found = notices.counts(len(parsed.minutes.agenda_items), len(parsed.drafts))
    warnings = [notices.message(warning) for warning in parsed.warnings]
    review.explain_deadlines(form, parsed)  # "til næste møde = Lederforum 16. december 2026"
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
        owner_matches=review.owner_matches(form, parsed),
        attendee_doubts=owners.attendee_doubts(parsed.minutes),
    )


def _refused_review(form, parsed, draft, page: str):
    """Back to the review with what was typed (303), or, when it cannot be kept, the review."""
    key = f"import-review:{draft.id}"
    return refused(form, key, page) or (_review_page(form, parsed, draft, draft.forum), 400)


def _gone_page(draft):
    """A review that can no longer be saved: used (with its meeting) or expired."""
    return render_template("importing/gone.html", draft=draft, hours=uploads.DRAFT_HOURS), 410


@bp.route("/<int:draft_id>")
@role_required("secretary")
def review_draft(draft_id):
    draft = _draft_or_404(draft_id)
    if not uploads.usable(draft):
        return _gone_page(draft)
    parsed = services.parse_text(draft.text, draft.forum or None)
    form = ReviewForm(formdata=None)
    problem = None
    try:  # imported meanwhile (another tab, another secretary) or too long for the database
        services.check_proposals(parsed)  # kept before the upload refused so many
        if not restore(form, f"import-review:{draft.id}"):
            review.prefill(form, parsed)
        services.ensure_new(parsed.minutes, draft.forum or None)
        services.check_minutes(parsed.minutes, draft.forum or None)
    except MinutesError as error:
        problem = error.message(str(get_locale()))
    return _review_page(form, parsed, draft, draft.forum, problem)


@bp.route("/<int:draft_id>/gem", methods=["POST"])
@role_required("secretary")
def save(draft_id):
    draft = _draft_or_404(draft_id)
    page = url_for(".review_draft", draft_id=draft.id)
    if not uploads.usable(draft):
        return redirect(page, 303)  # the review says it was imported, or has expired
    form, parsed = ReviewForm(), services.parse_text(draft.text, draft.forum or None)
    try:
        services.check_proposals(parsed)  # a draft kept before the upload refused so many
        reviewed = review.reviewed_drafts(form, parsed) if form.validate_on_submit() else None
        if reviewed is None:
            return _refused_review(form, parsed, draft, page)
        typed = {
            r.form.owner.data: r.form.owner_email.data for r in form.drafts if r.form.accept.data
        }
        saved = uploads.save(draft, parsed, reviewed, typed, current_person())
        if saved is None:
            return redirect(page, 303)  # saved meanwhile: the review says so
        meeting, assigned = saved
    except people.PeopleError as error:
        db.session.rollback()
        flash(str(error.message), "error")
        return _refused_review(form, parsed, draft, page)
    except MinutesError:
        db.session.rollback()
        return redirect(page, 303)  # the review names the problem and offers no save button
    services.notify(assigned)
    _flash_attendee_doubts(parsed)
    flash(
        ngettext(
            "Referatet er importeret med %(num)d handling.",
            "Referatet er importeret med %(num)d handlinger.",
            len(reviewed),
        ),
        "success",
    )
    return redirect(url_for("meetings.meeting", meeting_id=meeting.id))


def _flash_attendee_doubts(parsed) -> None:
    """Name the referat's attendees left off the list for the secretary to choose."""
    doubts = owners.attendee_doubts(parsed.minutes)
    if doubts:
        names = ", ".join(f"»{match.typed}«" for match in doubts)
        flash(
            _(
                "%(names)s er ikke sat på deltagerlisten: vælg, hvem de er, under Mødedeltagere.",
                names=names,
            ),
            "warning",
        )
