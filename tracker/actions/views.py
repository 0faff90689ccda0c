"""Action pages: Mine handlinger, the shared list, one action, and the calendar feed."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError

from tracker.actions import cards, queries, services
from tracker.actions.filters import SORT_LABELS, read_filters
from tracker.actions.forms import ActionForm, DeadlineChangeForm, EditActionForm, NoteForm
from tracker.actions.meeting_words import planned_meetings
from tracker.auth.access import current_person, role_required
from tracker.auth.services import person_for_calendar_token
from tracker.extensions import db
from tracker.forms_common import refused, restore
from tracker.i18n import today
from tracker.models import Action, AgendaItem, Point

bp = Blueprint("actions", __name__)
PREVIEW = "preview"  # a kept form that was a deadline's preview, not a refusal


def _action_or_404(action_id: int) -> Action:
    return db.get_or_404(Action, action_id)


def _changeable(action_id: int) -> Action:
    action = _action_or_404(action_id)
    if not services.can_change(current_person(), action):
        abort(403)
    return action


def _render_action(action, note_form=None, deadline_form=None, conflict=None, code=200):
    seen = {"version": action.version, "seen_event": action.last_event_id}
    wanted = request.args.get("status")
    preset = {"status": wanted} if wanted in ("in_progress", "done", "cancelled") else {}
    if note_form is None:
        note_form = NoteForm(formdata=None, **seen, **preset)
        restore(note_form, f"note:{action.id}")  # what a refused note sent (refused())
    if deadline_form is None:
        deadline_form = DeadlineChangeForm(formdata=None, **seen)
        if restore(deadline_form, f"deadline:{action.id}") == PREVIEW:
            # the dates the words mean, as previewed
            deadline_form.deadline.read(today(), planned_meetings(action.forum.name, today()))
    if conflict is not None:
        for form in (note_form, deadline_form):
            form.show(action)
    return render_template(
        "actions/action.html",
        action=action,
        can_change=services.can_change(current_person(), action),
        note_form=note_form,
        deadline_form=deadline_form,
        conflict=conflict,
    ), code


def _path_before_id(endpoint: str, key: str) -> str:
    # A link's path up to its id ("/handlinger/"): url_for is one of the dearest calls on a page
    # of cards, so a page builds the path once and each card appends its id.
    return url_for(endpoint, **{key: 0}).removesuffix("0")


@bp.route("/mine")
def mine():
    closed = request.args.get("fane") == "afsluttede"
    data = cards.my_actions(current_user.id, today(), closed=closed)
    paths = {
        "action": _path_before_id(".action", "action_id"),
        "meeting": _path_before_id("meetings.meeting", "meeting_id"),
    }
    return render_template("actions/mine.html", data=data, closed=closed, paths=paths)


@bp.route("/handlinger")
def index():
    form, filters = read_filters(request.args)
    page = queries.list_actions(filters, today())
    return render_template(
        "actions/index.html", page=page, form=form, filters=filters, sort_labels=SORT_LABELS
    )


@bp.route("/handlinger/<int:action_id>")
def action(action_id):
    return _render_action(queries.action_for_page(action_id) or abort(404))


@bp.route("/handlinger/<int:action_id>/note", methods=["POST"])
def add_note(action_id):
    action = _changeable(action_id)
    form = NoteForm()
    valid = form.validate_on_submit()
    # Back, then save again: the same note twice in a row is kept once
    if valid and services.repeats_last_note(action, current_person(), form.text.data):
        form.text.errors.append(_("Den samme note er lige gemt. Den gemmes ikke to gange."))
        valid = False
    if not valid:
        page = url_for(".action", action_id=action_id, _anchor="ny-note")
        return refused(form, f"note:{action_id}", page) or _render_action(
            action, note_form=form, code=400
        )
    conflict = _save_or_conflict(
        lambda: services.add_note(
            action, current_person(), form.text.data, form.status.data or None, **form.seen()
        )
    )
    if conflict is not None:
        return _render_action(
            _action_or_404(action_id), note_form=form, conflict=conflict, code=409
        )
    flash(_("Statusnoten er gemt."), "success")
    # The page opens at the notes, the new one first; static/focus.js puts the focus there.
    return redirect(url_for(".action", action_id=action_id, _anchor="noter"))


@bp.route("/handlinger/<int:action_id>/frist", methods=["POST"])
def change_deadline(action_id):
    action = _changeable(action_id)
    form = DeadlineChangeForm()
    form.deadline.against(today(), planned_meetings(action.forum.name, today()))
    preview = bool(form.preview.data)
    if not form.validate_on_submit() or preview:
        # The preview too is answered at the page's GET address, with the dates it shows.
        page = url_for(".action", action_id=action_id, _anchor="ny-frist")
        mark = PREVIEW if preview else None
        return refused(form, f"deadline:{action_id}", page, mark) or _render_action(
            action, deadline_form=form, code=200 if preview else 400
        )
    conflict = _save_or_conflict(
        lambda: services.change_deadline(
            action, current_person(), form.deadline.deadline, **form.seen()
        )
    )
    if conflict is not None:
        action = _action_or_404(action_id)
        return _render_action(action, deadline_form=form, conflict=conflict, code=409)
    flash(_("Fristen er flyttet."), "success")
    _flash_notice(form.deadline)
    return redirect(url_for(".action", action_id=action_id, _anchor="ny-frist"))


@bp.route("/handlinger/<int:action_id>/rediger", methods=["GET", "POST"])
@role_required("secretary")
def edit(action_id):
    action = _action_or_404(action_id)
    form = EditActionForm(obj=action)
    if request.method == "GET":
        form.co_owner_ids.data = [p.id for p in action.co_owners]
        form.show(action)
    form.set_people(services.people_for_choice(keep=action.people))
    conflict = None
    if form.validate_on_submit():
        conflict = _save_or_conflict(
            lambda: services.edit_and_notify(
                action,
                current_person(),
                title=form.title.data,
                description=form.description.data,
                unit=form.unit.data,
                owner_id=form.owner_id.data,
                co_owner_ids=form.co_owner_ids.data,
                **form.seen(),
            )
        )
        if conflict is None:
            flash(_("Handlingen er gemt."), "success")
            return redirect(url_for(".action", action_id=action_id))
        form.show(action := _action_or_404(action_id))
    elif kept := refused(form, f"edit-action:{action_id}"):
        return kept
    return render_template("actions/edit.html", form=form, action=action, conflict=conflict)


def _flash_notice(field) -> None:
    """After a save: which meeting meeting words found, or that none is planned."""
    if field.notice:
        flash(field.notice, "info")


def _save_or_conflict(change) -> list | None:
    """Run ``change`` and flush it (the request commits); on an edit conflict roll back and
    return what others changed meanwhile (a list, maybe empty). None when it was saved."""
    try:
        change()
        db.session.flush()  # the version check is made here, where a conflict can be answered
        return None
    except (services.EditConflict, StaleDataError) as error:
        db.session.rollback()
        return error.changes if isinstance(error, services.EditConflict) else []


@bp.route("/beslutninger/<int:point_id>/handling/ny", methods=["GET", "POST"])
@role_required("secretary")
def new_from_point(point_id):
    point = db.get_or_404(Point, point_id)
    return _new_action(point.agenda_item, point, f"new-action:{point_id}")


@bp.route("/punkter/<int:item_id>/handling/ny", methods=["GET", "POST"])
@role_required("secretary")
def new_from_item(item_id):
    """An action of a decision typed in the agenda item's own field (no point to hang it on)."""
    item = db.get_or_404(AgendaItem, item_id)
    return _new_action(item, None, f"new-action-item:{item_id}")


def _new_action(item: AgendaItem, point: Point | None, key: str):
    """The "Ny handling" form of a decision (a point, or the item's own) and its save."""
    form = ActionForm()
    # The meeting's action: its deadline words ("om to uger") run from the meeting's date.
    held = item.meeting.date
    form.deadline.against(held, planned_meetings(item.meeting.forum.name, held))
    form.set_people(services.people_for_choice())
    if request.method == "GET":
        kept = restore(form, key)
        if kept == PREVIEW:
            form.deadline.read(held, form.deadline.planned)
        elif not kept:  # a proposal's link (tracker.meetings.proposals): its sentence's values
            form.prefill(request.args)
        return render_template("actions/action_form.html", form=form, point=point, item=item)
    preview = bool(form.preview.data)
    if form.validate_on_submit() and not preview:
        action = services.create_action(
            forum=item.meeting.forum,
            meeting=item.meeting,
            agenda_item=item,
            point=point,
            title=form.title.data,
            description=form.description.data,
            owner=services.person_by_id(form.owner_id.data),
            co_owners=services.people_by_ids(form.co_owner_ids.data),
            deadline=form.deadline.deadline,
            actor=current_person(),
        )
        services.notify_new_assignees(action, set(), current_person())
        flash(_("Handlingen er oprettet."), "success")
        _flash_notice(form.deadline)
        return redirect(url_for(".action", action_id=action.id))
    # Refused, or the deadline's preview: shown at the GET address (refused keeps the form).
    if kept := refused(form, key, mark=PREVIEW if preview else None):
        return kept
    page = render_template("actions/action_form.html", form=form, point=point, item=item)
    return page, 200 if preview else 400


FIELD_LABELS = {
    "title": _l("titel"),
    "description": _l("beskrivelse"),
    "unit": _l("enhed"),
    "owner": _l("ejer"),
    "co_owners": _l("medejere"),
    "deadline": _l("frist"),
    "status": _l("status"),
}


@bp.app_template_filter("field_label")
def field_label(name: str) -> str:
    """The Danish (or English) name of an action field, for the history."""
    return str(FIELD_LABELS.get(name, name))


@bp.route("/kalender/<token>.ics")
def calendar_feed(token):
    """The private calendar feed: no login, the unguessable token is the key."""
    person = person_for_calendar_token(token) or abort(404)
    from tracker.actions import calendar  # icalendar loads in 0.2 s: only the feed needs it

    body = calendar.build_feed(person, _("Handlinger – %(name)s", name=person.name))
    return Response(
        body,
        mimetype="text/calendar",
        headers={
            "Content-Disposition": "inline; filename=handlinger.ics",
            "Cache-Control": "private",
        },
    )
