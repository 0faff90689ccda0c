"""Status overview pages and files, the follow-up item, and accepting actions as done."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.i18n import local_tz, today
from tracker.meetings import follow_up
from tracker.meetings.services import get_forum_by_slug
from tracker.models import Action, Meeting
from tracker.reports import files, services

bp = Blueprint("reports", __name__)


def overview_for(slug: str) -> services.Overview:
    """The status overview of the forum with ``slug`` as of today, or 404."""
    forum = get_forum_by_slug(slug) or abort(404)
    return services.status_overview(forum, today(), local_tz())


@bp.route("/fora/<slug>/status")
def status(slug):
    overview = overview_for(slug)
    return render_template("reports/status.html", **services.page_context(overview))


@bp.route("/fora/<slug>/status.<any(pdf, xlsx, csv, docx):fmt>")
def status_file(slug, fmt):
    overview = overview_for(slug)
    body = files.write(fmt, overview, str(get_locale()))
    name = f"status-{overview.forum.slug}-{overview.today.isoformat()}.{fmt}"
    return Response(
        body,
        content_type=files.content_type(fmt),  # as given: one charset, never a second one added
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.route("/fora/<slug>/opfoelgning", methods=["POST"])
@role_required("secretary")
def carry_over(slug):
    overview = overview_for(slug)
    if overview.next is None:
        flash(_("Planlæg forummets næste møde først."), "error")
        return redirect(url_for(".status", slug=slug))
    follow_up.carry_over(overview.next, overview.today, local_tz())
    flash(_("Punktet »Opfølgning på handlinger« er lagt på næste møde."), "success")
    return redirect(url_for("meetings.meeting", meeting_id=overview.next.id))


@bp.route("/moeder/<int:meeting_id>/godkend/<int:action_id>", methods=["POST"])
@role_required("secretary")
def accept(meeting_id, action_id):
    meeting = db.get_or_404(Meeting, meeting_id)
    action = db.get_or_404(Action, action_id)
    if action.forum_id != meeting.forum_id:
        abort(404)
    refused = follow_up.accept_as_done(action, meeting, current_person(), today())
    if refused:
        flash(refused, "error")
    else:
        flash(_("»%(title)s« er godkendt af forum.", title=action.title), "success")
    return redirect(url_for("meetings.meeting", meeting_id=meeting_id, _anchor="opfoelgning"))
