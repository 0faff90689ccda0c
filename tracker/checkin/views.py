"""The check-in page from an email button: no login; a GET shows, only a POST changes."""

from __future__ import annotations

from flask import Blueprint, flash, render_template
from flask_babel import force_locale

from tracker.actions.meeting_words import planned_meetings
from tracker.checkin import services
from tracker.checkin.forms import CheckinForm
from tracker.extensions import db
from tracker.forms_common import refused
from tracker.i18n import today

bp = Blueprint("checkin", __name__)


@bp.route("/e/<token>", methods=["GET", "POST"])
def checkin(token):
    """One action, the choice made in the email, an optional note (a new deadline when late)."""
    found = services.open_checkin(token)
    if isinstance(found, str):
        code = 400 if found == "invalid" else 410
        return render_template("checkin/refused.html", message=services.refusal(found)), code
    with force_locale(found.person.language or "da"):
        planned = planned_meetings(found.action.forum.name, today())
        form = CheckinForm(found.purpose, today(), planned=planned)
        if form.validate_on_submit():
            try:
                note = services.check_in(found, form.note.data, form.new_deadline, form.chosen)
            except services.Spent:
                db.session.rollback()
                return render_template(
                    "checkin/refused.html", message=services.refusal("spent")
                ), 410
            db.session.commit()
            if form.new_deadline and form.deadline.notice:  # the meeting "til næste møde" found
                flash(form.deadline.notice, "info")
            return render_template("checkin/done.html", checkin=found, note=note)
        # Keyed by person, action and purpose: the link's token is never kept in the session.
        key = f"checkin:{found.person.id}:{found.action.id}:{found.purpose}"
        if kept := refused(form, key):
            return kept
        return render_template("checkin/checkin.html", checkin=found, form=form)
