"""The outbox for admins and secretaries, and who has answered a status round."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import func, select

from tracker.auth.access import role_required
from tracker.extensions import db
from tracker.i18n import today
from tracker.mail import delivery, masked
from tracker.meetings.queries import next_planned
from tracker.meetings.services import get_forum_by_slug
from tracker.models import MAIL_STATES, OutboxMessage, utcnow
from tracker.reminders import services

bp = Blueprint("reminders", __name__)

PAGE_SIZE = 50
# Emails whose content is nobody's business but the recipient's: only who, kind and state show.
PRIVATE_KINDS = ("password_reset",)


@bp.route("/admin/udbakke")
@role_required("secretary")
def outbox():
    state = request.args.get("tilstand", "")
    query = select(OutboxMessage).order_by(OutboxMessage.id.desc())
    if state in MAIL_STATES:
        query = query.where(OutboxMessage.state == state)
    counts = dict(
        db.session.execute(
            select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
        ).all()
    )
    rows = db.session.scalars(query.limit(PAGE_SIZE)).all()
    return render_template(
        "reminders/outbox.html",
        rows=rows,
        counts=counts,
        state=state,
        mail_configured=delivery.mail_configured(),
        trouble=delivery.server_trouble(),
    )


@bp.route("/admin/udbakke/<int:message_id>")
@role_required("secretary")
def outbox_message(message_id):
    """One email as its recipient got it, personal links masked; a reset email's body not at all."""
    row = db.get_or_404(OutboxMessage, message_id)
    return render_template(
        "reminders/message.html",
        row=row,
        text=None if row.kind in PRIVATE_KINDS else masked(row.body_text),
        mail_configured=delivery.mail_configured(),
    )


@bp.route("/admin/udbakke/<int:message_id>/html")
@role_required("secretary")
def outbox_html(message_id):
    """The HTML part as the recipient sees it, sandboxed: no script, no forms, no navigation."""
    row = db.get_or_404(OutboxMessage, message_id)
    if row.kind in PRIVATE_KINDS:
        abort(404)
    return Response(
        masked(row.body_html),
        mimetype="text/html",
        headers={
            "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'"
        },
    )


@bp.route("/admin/udbakke/<int:message_id>/send-igen", methods=["POST"])
@role_required("secretary")
def resend(message_id):
    row = db.get_or_404(OutboxMessage, message_id)
    if row.state not in ("failed", "pending"):
        abort(400)
    row.state, row.next_attempt_at, row.attempts = "pending", utcnow(), 0
    db.session.commit()
    flash(_("E-mailen sendes igen ved næste kørsel."), "success")
    return redirect(url_for(".outbox_message", message_id=message_id))


@bp.route("/fora/<slug>/statusrunde")
@role_required("secretary")
def status_round(slug):
    forum = get_forum_by_slug(slug) or abort(404)
    meeting = next_planned(forum.id, today())
    answers = services.status_round_answers(meeting) if meeting else []
    return render_template(
        "reminders/status_round.html", forum=forum, meeting=meeting, answers=answers
    )
