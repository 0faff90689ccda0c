"""The follow-up routes beside their logic (tracker.meetings.follow_up): carrying open actions
into the next meeting, and the forum accepting done actions; on the meetings blueprint."""

from __future__ import annotations

from flask import abort, flash, redirect, url_for
from flask_babel import gettext as _

from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.i18n import local_tz, today
from tracker.meetings import follow_up, queries, services
from tracker.meetings.views import bp
from tracker.models import Action, Meeting


@bp.route("/fora/<slug>/opfoelgning", methods=["POST"])
@role_required("secretary")
def carry_over(slug):
    forum = services.get_forum_by_slug(slug) or abort(404)
    upcoming = queries.next_planned(forum.id, today())
    if upcoming is None:
        flash(_("Planlæg forummets næste møde først."), "error")
        return redirect(url_for("reports.status", slug=slug))
    follow_up.carry_over(upcoming, today(), local_tz())
    flash(_("Punktet »Opfølgning på handlinger« er lagt på næste møde."), "success")
    return redirect(url_for(".meeting", meeting_id=upcoming.id))


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
    return redirect(url_for(".meeting", meeting_id=meeting_id, _anchor="opfoelgning"))
