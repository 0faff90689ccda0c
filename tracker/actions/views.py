"""Action pages."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.orm import selectinload

from tracker.actions import bp, services
from tracker.actions.forms import ActionForm
from tracker.auth.access import role_required
from tracker.extensions import db
from tracker.i18n import today
from tracker.models import Action, ActionEvent, Point, StatusNote


@bp.route("/handlinger/<int:action_id>")
def action(action_id):
    action = db.get_or_404(
        Action,
        action_id,
        options=[
            selectinload(Action.co_owners),
            selectinload(Action.notes).selectinload(StatusNote.author),
            selectinload(Action.events).selectinload(ActionEvent.actor),
        ],
    )
    return render_template("actions/action.html", action=action)


@bp.route("/beslutninger/<int:point_id>/handling/ny", methods=["GET", "POST"])
@role_required("secretary")
def new_from_point(point_id):
    point = db.get_or_404(Point, point_id)
    item = point.agenda_item
    form = ActionForm()
    form.deadline.reference = today()
    form.set_people(services.people_for_choice())
    if form.validate_on_submit() and not form.preview.data:
        action = services.create_action(
            forum=item.meeting.forum,
            meeting=item.meeting,
            agenda_item=item,
            point=point,
            title=form.title.data,
            description=form.description.data,
            owner=db.session.get(services.Person, form.owner_id.data),
            co_owners=services.people_by_ids(form.co_owner_ids.data),
            deadline=form.deadline.deadline,
            actor=current_user._get_current_object(),
        )
        db.session.commit()
        flash(_("Handlingen er oprettet."), "success")
        return redirect(url_for(".action", action_id=action.id))
    return render_template("actions/action_form.html", form=form, point=point, item=item)


FIELD_LABELS = {
    "title": _l("titel"),
    "description": _l("beskrivelse"),
    "owner": _l("ejer"),
    "co_owners": _l("medejere"),
    "deadline": _l("frist"),
    "status": _l("status"),
}


@bp.app_template_filter("field_label")
def field_label(name: str) -> str:
    """The Danish (or English) name of an action field, for the history."""
    return str(FIELD_LABELS.get(name, name))
