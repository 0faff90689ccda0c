"""Import pages: upload a referat, review its draft actions, save it all at once."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import get_locale, ngettext
from flask_login import current_user

from tracker.auth.access import role_required
from tracker.extensions import db
from tracker.importing import review, services
from tracker.importing.forms import ReviewForm, UploadForm
from tracker.minutes.reading import MinutesError, megabytes
from tracker.people import services as people

bp = Blueprint("importing", __name__)


@bp.route("/import", methods=["GET", "POST"])
@role_required("secretary")
def upload():
    form = UploadForm()
    if form.validate_on_submit():
        upload = form.file.data
        try:
            parsed = services.read_referat(upload.read(), upload.filename or "")
            services.ensure_new(parsed.minutes, form.forum.data or None)
        except MinutesError as error:
            form.file.errors.append(error.message(str(get_locale())))
            return upload_page(form), 400
        review_form = review.prefill(ReviewForm(formdata=None), parsed, form.forum.data)
        try:
            services.check_minutes(parsed.minutes, form.forum.data or None)
        except MinutesError as error:
            # Show what was read, say what is wrong, and offer no save button.
            page = render_template(
                "importing/review.html",
                form=review_form,
                parsed=parsed,
                problem=error.message(str(get_locale())),
            )
            return page, 400
        return render_template("importing/review.html", form=review_form, parsed=parsed)
    return upload_page(form), 400 if form.errors else 200


def upload_page(form) -> str:
    """The upload page; it names the size limit the server enforces."""
    limit = megabytes(services.upload_limit(), str(get_locale()))
    return render_template("importing/upload.html", form=form, limit_mb=limit)


@bp.route("/import/gem", methods=["POST"])
@role_required("secretary")
def save():
    form = ReviewForm()
    try:
        parsed = services.parse_text(form.text.data or "")
        drafts = review.reviewed_drafts(form, parsed) if form.validate_on_submit() else None
        if drafts is None:
            return render_template("importing/review.html", form=form, parsed=parsed), 400
        meeting, assigned = services.save_import(
            parsed, drafts, current_user._get_current_object(), form.forum.data or None
        )
        typed = {
            r.form.owner.data: r.form.owner_email.data for r in form.drafts if r.form.accept.data
        }
        people.give_owner_emails(meeting.id, typed, current_user._get_current_object())
    except people.PeopleError as error:
        db.session.rollback()
        flash(str(error.message), "error")
        return render_template("importing/review.html", form=form, parsed=parsed), 400
    except MinutesError as error:
        db.session.rollback()
        flash(error.message(str(get_locale())), "error")
        return redirect(url_for(".upload"))
    services.notify(assigned)
    db.session.commit()
    flash(
        ngettext(
            "Referatet er importeret med %(num)d handling.",
            "Referatet er importeret med %(num)d handlinger.",
            len(drafts),
        ),
        "success",
    )
    return redirect(url_for("meetings.meeting", meeting_id=meeting.id))
