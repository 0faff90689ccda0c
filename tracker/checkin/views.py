"""The check-in page from an email button: no login; a GET shows, only a POST changes."""

from __future__ import annotations

from flask import Blueprint, flash, render_template
from flask_babel import force_locale

from tracker import transactions
from tracker.actions.meeting_words import planned_meetings
from tracker.checkin import services
from tracker.checkin.forms import CheckinForm, LateNoteForm
from tracker.checkin.reported import REPORTED, Reported, keep_late_note
from tracker.extensions import db
from tracker.forms_common import refused
from tracker.i18n import today

bp = Blueprint("checkin", __name__)


@bp.route("/e/<token>", methods=["GET", "POST"])
def checkin(token):
    """One action, the choice made in the email, an optional note (a new deadline when late,
    saved once the page has shown its dates)."""
    found = services.open_checkin(token)
    if isinstance(found, Reported):
        return _reported(found)
    if isinstance(found, str):
        code = 400 if found == "invalid" else 410
        return render_template("checkin/refused.html", message=services.refusal(found)), code
    with force_locale(found.person.language or "da"):
        planned = planned_meetings(found.action.forum.name, today())
        form = CheckinForm(found.purpose, today(), planned=planned)
        if form.validate_on_submit() and not form.unseen:
            try:
                note = services.check_in(found, form.note.data, form.new_deadline, form.chosen)
            except services.Spent:  # another tab saved first: say so, keep this one's note
                db.session.rollback()
                return _reported(services.open_checkin(token))
            transactions.commit_now()  # saved before its page is drawn: a failed page loses none
            if form.new_deadline and form.deadline.notice:  # the meeting "til næste møde" found
                flash(form.deadline.notice, "info")
            return render_template("checkin/done.html", checkin=found, note=note)
        # Refused, or the new deadline's dates to show first: shown at the GET address, kept for
        # the link's person. Keyed by person, action and purpose: the token is never kept.
        key = f"checkin:{found.person.id}:{found.action.id}:{found.purpose}"
        if kept := refused(form, key, person=found.person):
            return kept
        form.show_dates()
        return render_template("checkin/checkin.html", checkin=found, form=form)


def _reported(found):
    """A link already used (Back after saving, another tab): what was reported and when; a
    note sent from the other tab is saved, or offered back when it comes too late."""
    if not isinstance(found, Reported):  # pragma: no cover - a spent link stays spent
        return render_template("checkin/refused.html", message=services.refusal(found)), 410
    with force_locale(found.person.language or "da"):
        form, saved = LateNoteForm(), None
        if form.validate_on_submit() and form.note.data:
            saved = keep_late_note(found, form.note.data)
            transactions.commit_now()  # as the check-in: saved before its page is drawn
        return render_template(
            "checkin/reported.html",
            reported=found,
            reported_labels=REPORTED,
            form=form,
            saved=saved,
        )
