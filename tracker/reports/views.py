"""Status overview pages and files (the follow-up routes live with their logic in meetings)."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template
from flask_babel import get_locale

from tracker.i18n import local_tz, today
from tracker.meetings.services import get_forum_by_slug
from tracker.reports import files, services

bp = Blueprint("reports", __name__, url_prefix="/fora/<slug>")


def overview_for(slug: str) -> services.Overview:
    """The status overview of the forum with ``slug`` as of today, or 404."""
    forum = get_forum_by_slug(slug) or abort(404)
    return services.status_overview(forum, today(), local_tz())


@bp.route("/status")
def status(slug):
    overview = overview_for(slug)
    return render_template("reports/status.html", **services.page_context(overview))


@bp.route("/status.<any(pdf, xlsx, csv, docx):fmt>")
def status_file(slug, fmt):
    overview = overview_for(slug)
    body = files.write(fmt, overview, str(get_locale()))
    name = f"status-{overview.forum.slug}-{overview.today.isoformat()}.{fmt}"
    return Response(
        body,
        content_type=files.content_type(fmt),  # as given: one charset, never a second one added
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
