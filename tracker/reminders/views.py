"""Who has answered a status round, the chase, and the forum's escalation settings."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy.exc import IntegrityError

from tracker import rules
from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.i18n import long_datetime, today
from tracker.mail.hours import sending_resumes
from tracker.meetings.queries import next_planned
from tracker.meetings.services import get_forum_by_slug
from tracker.models import utcnow
from tracker.reminders import chase, escalation, services
from tracker.reminders import status_round as round_
from tracker.reminders.forms import EscalationForm
from tracker.workdays.schedule import settings_from_config

bp = Blueprint("reminders", __name__, url_prefix="/fora/<slug>")


@bp.app_template_global()
def secretary_overview() -> list[dict]:
    """The next forums, their status rounds and overdue actions without news (start page)."""
    return chase.start_overview(utcnow(), settings_from_config(current_app.config))


@bp.route("/statusrunde")
@role_required("secretary")
def status_round(slug):
    forum = get_forum_by_slug(slug) or abort(404)
    meeting = next_planned(forum.id, today())
    answers = services.status_round_answers(meeting) if meeting else []
    settings = settings_from_config(current_app.config)
    now = utcnow()
    pending = chase.not_answered(meeting, now, settings) if answers else []
    before = meeting and not answers  # not sent yet: who it will ask, and when
    return render_template(
        "reminders/status_round.html",
        forum=forum,
        meeting=meeting,
        answers=answers,
        pending=pending,
        preview=round_.preview(meeting, now, settings) if before else [],
        goes_out=round_.goes_out(meeting, now, settings) if before else None,
        may_send=bool(before) and meeting.date > today(),
        closes=meeting and rules.status_round_closes(meeting.date),
        held_until=sending_resumes(utcnow()),
    )


@bp.route("/statusrunde/send", methods=["POST"])
@role_required("secretary")
def send_round_now(slug):
    """ "Send statusrunden nu": the round before the next meeting queued at once (once each)."""
    forum = get_forum_by_slug(slug) or abort(404)
    meeting = next_planned(forum.id, today())
    if meeting is None or meeting.date <= today():
        flash(_("Der er intet kommende møde at sende statusrunden før."), "error")
        return redirect(url_for(".status_round", slug=slug))
    settings = settings_from_config(current_app.config)
    return _queued_now(lambda now: round_.send_now(meeting, now, settings), _round_sent, slug)


def _round_sent(count: int, held_until) -> str:
    """What "Send statusrunden nu" did: sent now, waiting for sending hours, or nobody to ask."""
    if not count:
        return _("Ingen at spørge: alle er spurgt, eller de kan ikke få e-mail nu.")
    if held_until is not None:
        return ngettext(
            "Statusrunden til %(num)d person venter og sendes %(when)s.",
            "Statusrunden til %(num)d personer venter og sendes %(when)s.",
            count,
            when=long_datetime(held_until),
        )
    return ngettext(
        "Statusrunden til %(num)d person sendes nu.",
        "Statusrunden til %(num)d personer sendes nu.",
        count,
    )


@bp.route("/statusrunde/paamind", methods=["POST"])
@role_required("secretary")
def chase_now(slug):
    """ "Send påmindelse nu": one reminder to each who has not answered (once a day each)."""
    forum = get_forum_by_slug(slug) or abort(404)
    meeting = next_planned(forum.id, today()) or abort(404)
    settings = settings_from_config(current_app.config)
    return _queued_now(lambda now: chase.chase(meeting, now, settings), _chased, slug)


def _queued_now(queue, said, slug: str):
    """Queue emails now (``queue(now)`` gives how many), say so with ``said``, back to the
    status round; a second click at the same moment queues nothing (the outbox's keys)."""
    now = utcnow()
    try:
        count = queue(now)
    except IntegrityError:  # a second click at the same moment: those are on their way
        db.session.rollback()
        count = 0
    flash(said(count, sending_resumes(now)), "success" if count else "info")
    return redirect(url_for(".status_round", slug=slug))


def _chased(count: int, held_until) -> str:
    """What "Send påmindelse nu" did: sent now, waiting for sending hours, or nobody to remind."""
    if not count:
        return _(
            "Ingen at påminde: alle har svaret, fik statusrunden i dag eller er påmindet i dag."
        )
    if held_until is not None:
        return ngettext(
            "%(num)d påmindelse venter og sendes %(when)s.",
            "%(num)d påmindelser venter og sendes %(when)s.",
            count,
            when=long_datetime(held_until),
        )
    return ngettext("%(num)d påmindelse sendes nu.", "%(num)d påmindelser sendes nu.", count)


@bp.route("/eskalering", methods=["GET", "POST"])
@role_required("admin")
def escalation_settings(slug):
    """The forum's escalation ladder (off by default)."""
    forum = get_forum_by_slug(slug) or abort(404)
    form = EscalationForm(obj=forum)
    if form.validate_on_submit():
        escalation.configure(
            forum,
            form.escalation_enabled.data,
            form.escalation_manager_days.data,
            form.escalation_secretariat_days.data,
            current_person(),
        )
        flash(_("Eskaleringen er gemt."), "success")
        return redirect(url_for(".escalation_settings", slug=slug))
    return render_template("reminders/escalation.html", forum=forum, form=form)
