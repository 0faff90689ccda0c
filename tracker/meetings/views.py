"""Forum and meeting pages: thin views that validate, call a service, redirect or render."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from tracker.actions.meeting_words import planned_meetings
from tracker.actions.services import people_for_choice, person_by_id
from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.forms_common import query_id, refused, restore
from tracker.i18n import local_tz, today
from tracker.meetings import (
    attendee_list,
    follow_up,
    following,
    meeting_view,
    proposals,
    queries,
    services,
)
from tracker.meetings.forms import (
    AgendaItemForm,
    AttendeeForm,
    ForumDecisionForm,
    ForumForm,
    MeetingForm,
    PlanMeetingForm,
    PointForm,
)
from tracker.models import Action, AgendaItem, Attendance, Meeting, Point

bp = Blueprint("meetings", __name__)


@bp.route("/fora")
def forums():
    return render_template("meetings/forums.html", forums=queries.forum_overview())


@bp.route("/fora/ny", methods=["GET", "POST"])
@role_required("admin")
def new_forum():
    form = ForumForm()
    if form.validate_on_submit():
        if services.get_forum_by_slug(services.slugify(form.name.data)):
            form.name.errors.append(_("Der findes allerede et forum med det navn."))
        else:
            forum = services.get_or_create_forum(form.name.data, form.description.data or None)
            return redirect(url_for(".forum", slug=forum.slug))
    if kept := refused(form, "new-forum"):
        return kept
    return render_template("meetings/forum_form.html", form=form)


@bp.route("/fora/<slug>")
def forum(slug):
    forum = services.get_forum_by_slug(slug) or abort(404)
    return render_template("meetings/forum.html", forum=forum, **queries.forum_page(forum, today()))


@bp.route("/fora/<slug>/moeder/ny", methods=["GET", "POST"])
@role_required("secretary")
def new_meeting(slug):
    """A held meeting, or (?planlagt=1) the next one planned from the forum's last meeting."""
    forum = services.get_forum_by_slug(slug) or abort(404)
    proposal = services.plan_proposal(forum, today()) if request.args.get("planlagt") else None
    form = PlanMeetingForm(data=proposal["form"]) if proposal else MeetingForm(status="held")
    if form.validate_on_submit():
        meeting = services.save_meeting(Meeting(forum=forum), form.data)
        if proposal and form.copy_attendees.data:
            services.copy_attendees(meeting, proposal["attendees"])
        if meeting.status == "planned":
            follow_up.carry_over_to_new_meeting(meeting, today(), local_tz())
        followed = following.follow_meeting(meeting, None, current_person(), today())
        flash(_("Mødet er oprettet."), "success")
        _flash_followed(followed)
        return redirect(url_for(".meeting", meeting_id=meeting.id))
    if kept := refused(form, f"new-meeting:{forum.id}:{bool(proposal)}"):
        return kept
    return render_template(
        "meetings/meeting_form.html", form=form, forum=forum, meeting=None, proposal=proposal
    )


@bp.route("/moeder/<int:meeting_id>")
def meeting(meeting_id):
    meeting = db.get_or_404(Meeting, meeting_id)
    # the secretary's: what the decisions propose, as an import would have
    proposed = proposals.by_decision(meeting) if current_user.is_secretary else proposals.Proposed()
    return render_template(
        "meetings/meeting.html",
        meeting=meeting,
        decisions=meeting_view.decisions_at(meeting),
        proposals=proposed.points,
        item_proposals=proposed.items,
        **queries.meeting_page(meeting, local_tz(), today()),
    )


@bp.route("/fora/<slug>/moedevisning")
def meeting_screen(slug):
    """At the forum's meeting: one agenda item's actions at a time, large, for a projector."""
    forum = services.get_forum_by_slug(slug) or abort(404)
    chosen = request.args.get("moede", type=query_id)
    meeting = meeting_view.meeting_for_view(forum, today(), chosen)
    return _meeting_screen(forum, meeting, request.args.get("punkt", 1, type=query_id))


@bp.route("/moeder/<int:meeting_id>/moedevisning/<int:action_id>", methods=["POST"])
@role_required("secretary")
def forum_decision(meeting_id, action_id):
    """Record what the forum decided about one action, as decided at this meeting."""
    meeting, action = db.get_or_404(Meeting, meeting_id), db.get_or_404(Action, action_id)
    if action.forum_id != meeting.forum_id:
        abort(404)
    number = request.args.get("punkt", 1, type=query_id)
    page = url_for(
        ".meeting_screen",
        slug=meeting.forum.slug,
        moede=meeting.id,
        punkt=number,
        _anchor=f"handling-{action.id}",
    )
    if not meeting_view.may_decide(meeting, today()):
        flash(_("Forummets beslutninger registreres på mødets dag eller et afholdt møde."), "error")
        return redirect(page)
    # decided at the meeting: "om to uger" runs from the meeting's date
    planned = planned_meetings(meeting.forum.name, meeting.date)
    form = _decision_form(action, planned=planned, reference=meeting.date)
    if not form.validate_on_submit():
        return refused(form, f"decision:{meeting.id}:{action.id}", page) or _meeting_screen(
            meeting.forum, meeting, number, failed=(action.id, form)
        )
    meeting_view.decide(
        meeting,
        action,
        current_person(),
        today(),
        note=form.note.data,
        deadline=form.deadline.deadline,
        owner=person_by_id(form.owner_id.data) if form.owner_id.data else None,
        accept=form.accept.data,
    )
    flash(_("Forummets beslutning om »%(title)s« er gemt.", title=action.title), "success")
    if form.deadline.deadline and form.deadline.notice:  # the meeting "til næste møde" found
        flash(form.deadline.notice, "info")
    return redirect(page)


def _decision_form(action: Action, people=None, planned=None, reference=None) -> ForumDecisionForm:
    """The decision form of one action; its fields' ids carry the action's id (one page holds
    a form per action). ``planned``: the planned meetings, for "til næste møde"; ``reference``:
    the day its deadline words run from (the meeting's)."""
    form = ForumDecisionForm(prefix=f"a{action.id}")
    form.deadline.against(reference or today(), planned)
    people = people if people is not None else people_for_choice(keep=[action.owner])
    form.owner_id.choices = [(0, _("Uændret")), *((p.id, p.name) for p in people)]
    return form


def _meeting_screen(forum, meeting, number: int, failed=None):
    """The meeting view's page; ``failed`` is (action id, form) of a decision not saved."""
    slides = meeting_view.slides(meeting, local_tz()) if meeting else []
    number = min(max(number, 1), max(len(slides), 1))
    slide = slides[number - 1] if slides else None
    forms = {}
    if slide and meeting and current_user.is_secretary:
        people = people_for_choice(keep=[a.owner for a in slide.actions])
        for action in slide.actions:
            forms[action.id] = _decision_form(action, people)
            restore(forms[action.id], f"decision:{meeting.id}:{action.id}")
        if failed is not None:
            forms[failed[0]] = failed[1]
    return render_template(
        "meetings/meeting_view.html",
        forum=forum,
        meeting=meeting,
        slides=slides,
        slide=slide,
        number=number,
        forms=forms,
        may_decide=bool(meeting) and meeting_view.may_decide(meeting, today()),
    )


@bp.route("/moeder/<int:meeting_id>/rediger", methods=["GET", "POST"])
@role_required("secretary")
def edit_meeting(meeting_id):
    meeting = db.get_or_404(Meeting, meeting_id)
    form = MeetingForm(obj=meeting)
    if form.validate_on_submit():
        planned_on = meeting.date if meeting.status == "planned" else None
        services.save_meeting(meeting, form.data)
        followed = following.follow_meeting(meeting, planned_on, current_person(), today())
        flash(_("Mødet er gemt."), "success")
        _flash_followed(followed)
        return redirect(url_for(".meeting", meeting_id=meeting.id))
    if kept := refused(form, f"edit-meeting:{meeting.id}"):
        return kept
    return render_template(
        "meetings/meeting_form.html", form=form, forum=meeting.forum, meeting=meeting
    )


def _flash_followed(actions) -> None:
    """Say how many deadlines in meeting words ("til næste møde") followed the meeting."""
    if actions:
        flash(
            ngettext(
                "Fristen på %(num)d handling følger mødet (fx »til næste møde«).",
                "Fristerne på %(num)d handlinger følger mødet (fx »til næste møde«).",
                len(actions),
            ),
            "info",
        )


@bp.route("/moeder/<int:meeting_id>/deltagere", methods=["GET", "POST"])
@role_required("secretary")
def attendees(meeting_id):
    """Names typed or pasted: shown matched, new or ambiguous (the preview), then saved."""
    meeting = db.get_or_404(Meeting, meeting_id)
    form, key = AttendeeForm(), f"attendee:{meeting.id}"
    if form.validate_on_submit():
        rows = attendee_list.read_list(meeting, form.name.data, form.chosen())
        if not rows:
            form.name.errors.append(_("Der er ingen navne i teksten. Skriv et navn pr. linje."))
        elif form.saving() and attendee_list.check_list(rows):
            _flash_saved(attendee_list.save_list(meeting, rows))
            return redirect(url_for(".attendees", meeting_id=meeting.id))
    if request.method == "POST":
        checked = form.saving()  # a save refused for the choices still missing, or a preview
        if kept := refused(form, key, mark="checked" if checked else "preview"):
            return kept
    else:
        checked = restore(form, key) == "checked"
    rows = attendee_list.read_list(meeting, form.name.data, form.chosen()) if form.name.data else []
    if checked:
        attendee_list.check_list(rows)  # the choices still missing, marked again
    last = attendee_list.last_meeting_before(meeting)
    return render_template(
        "meetings/attendees.html", meeting=meeting, form=form, rows=rows, last=last
    )


def _flash_saved(counts: dict[str, int]) -> None:
    """Say what the saved list did: added, created on purpose, left out."""
    flash(
        _(
            "Deltagerlisten er gemt: %(added)d tilføjet, %(created)d oprettet som nye personer,"
            " %(skipped)d sprunget over.",
            **counts,
        ),
        "success",
    )


@bp.route("/moeder/<int:meeting_id>/deltagere/kopier", methods=["POST"])
@role_required("secretary")
def copy_last_attendees(meeting_id):
    """ "Kopier fra sidste møde": the forum's last meeting's attendees on this one's list."""
    meeting = db.get_or_404(Meeting, meeting_id)
    last, added = attendee_list.copy_last_list(meeting)
    if last is None:
        flash(_("Forummet har intet tidligere møde at kopiere deltagere fra."), "error")
    else:
        flash(
            _("%(num)d deltagere kopieret fra %(title)s.", num=added, title=last.title), "success"
        )
    return redirect(url_for(".attendees", meeting_id=meeting.id))


@bp.route("/deltagere/<int:attendance_id>", methods=["POST"])
@role_required("secretary")
def change_attendee(attendance_id):
    attendance = db.get_or_404(Attendance, attendance_id)
    meeting_id = attendance.meeting_id
    action = request.form.get("action")
    if action == "remove":
        services.remove_attendee(attendance)
    elif action in ("present", "absent"):
        services.set_attendance(attendance, action == "present")
    else:
        abort(400)
    return redirect(url_for(".attendees", meeting_id=meeting_id))


@bp.route("/moeder/<int:meeting_id>/punkter/ny", methods=["GET", "POST"])
@role_required("secretary")
def new_agenda_item(meeting_id):
    meeting = db.get_or_404(Meeting, meeting_id)
    form = AgendaItemForm(number=len(meeting.agenda_items) + 1)
    return _save_agenda_item(form, meeting, None)


@bp.route("/punkter/<int:item_id>/rediger", methods=["GET", "POST"])
@role_required("secretary")
def edit_agenda_item(item_id):
    item = db.get_or_404(AgendaItem, item_id)
    return _save_agenda_item(AgendaItemForm(obj=item), item.meeting, item)


def _save_agenda_item(form, meeting, item):
    if form.validate_on_submit():
        if services.agenda_number_taken(meeting, form.number.data, item):
            form.number.errors.append(_("Mødet har allerede et punkt med det nummer."))
        else:
            item = services.save_agenda_item(item or AgendaItem(meeting=meeting), form.data)
            flash(_("Punktet er gemt."), "success")
            return redirect(url_for(".meeting", meeting_id=meeting.id, _anchor=f"punkt-{item.id}"))
    if kept := refused(form, f"agenda-item:{meeting.id}:{item.id if item else 'ny'}"):
        return kept
    return render_template("meetings/agenda_item_form.html", form=form, meeting=meeting, item=item)


@bp.route("/punkter/<int:item_id>/beslutninger/ny", methods=["GET", "POST"])
@role_required("secretary")
def new_point(item_id):
    item = db.get_or_404(AgendaItem, item_id)
    return _save_point(PointForm(), item, None)


@bp.route("/beslutninger/<int:point_id>/rediger", methods=["GET", "POST"])
@role_required("secretary")
def edit_point(point_id):
    point = db.get_or_404(Point, point_id)
    return _save_point(PointForm(obj=point), point.agenda_item, point)


def _save_point(form, item, point):
    if form.validate_on_submit():
        point = services.save_point(point, item, form.data)
        flash(_("Beslutningen er gemt."), "success")
        return redirect(url_for(".meeting", meeting_id=item.meeting_id, _anchor=f"punkt-{item.id}"))
    if kept := refused(form, f"point:{item.id}:{point.id if point else 'ny'}"):
        return kept
    return render_template("meetings/point_form.html", form=form, item=item, point=point)


@bp.app_template_filter("groupby_heading")
def groupby_heading(points):
    """Group consecutive points under their section heading, keeping the minutes' order."""
    groups: list[tuple[str | None, list]] = []
    for point in points:
        if groups and groups[-1][0] == point.heading:
            groups[-1][1].append(point)
        else:
            groups.append((point.heading, [point]))
    return groups


# The follow-up routes live beside their logic, on the same blueprint.
from tracker.meetings import follow_up_views  # noqa: E402, F401
