"""The outbox pages for admins and secretaries: every email, one as its recipient got it
(personal links masked), and "Send igen"."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from tracker.auth.access import role_required
from tracker.extensions import db
from tracker.mail import delivery
from tracker.mail.hours import sending_resumes
from tracker.models import OutboxMessage, utcnow
from tracker.outbox import services

bp = Blueprint("outbox", __name__, url_prefix="/admin/udbakke")


@bp.route("")
@role_required("secretary")
def index():
    return render_template(
        "outbox/outbox.html",
        **services.listing(request.args.get("tilstand", "")),
        mail_configured=delivery.mail_configured(),
        trouble=delivery.server_trouble(),
        held_until=sending_resumes(utcnow()),
    )


@bp.route("/<int:message_id>")
@role_required("secretary")
def message(message_id):
    """One email as its recipient got it, personal links masked; a reset email's body not at all."""
    row = db.get_or_404(OutboxMessage, message_id)
    return render_template(
        "outbox/message.html",
        row=row,
        text=services.shown_text(row),
        mail_configured=delivery.mail_configured(),
    )


@bp.route("/<int:message_id>/html")
@role_required("secretary")
def html(message_id):
    """The HTML part as the recipient sees it, sandboxed: no script, no forms, no navigation."""
    body = services.shown_html(db.get_or_404(OutboxMessage, message_id))
    if body is None:
        abort(404)
    return Response(
        body,
        mimetype="text/html",
        headers={
            "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'"
        },
    )


@bp.route("/<int:message_id>/send-igen", methods=["POST"])
@role_required("secretary")
def resend(message_id):
    refused = services.resend(db.get_or_404(OutboxMessage, message_id))
    if refused:
        flash(str(refused), "error")
        return redirect(url_for(".message", message_id=message_id))
    flash(_("E-mailen sendes igen ved næste kørsel."), "success")
    return redirect(url_for(".message", message_id=message_id))
