"""Language, time zone and the date formats people read ("26. februar 2025")."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import Flask, current_app, request
from flask_babel import format_date, format_datetime, get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

STATUS_LABELS = {
    "not_started": _l("Ikke startet"),
    "in_progress": _l("I gang"),
    "done": _l("Udført"),
    "cancelled": _l("Annulleret"),
}
ROLE_LABELS = {
    "admin": _l("Administrator"),
    "secretary": _l("Sekretariat"),
    "member": _l("Medlem"),
}
MEETING_STATUS_LABELS = {"planned": _l("Planlagt"), "held": _l("Afholdt")}
MAIL_STATE_LABELS = {
    "pending": _l("Venter"),
    "sending": _l("Sendes"),
    "sent": _l("Sendt"),
    "failed": _l("Fejlet"),
}
MAIL_KIND_LABELS = {
    "weekly": _l("Ugentligt overblik"),
    "status_round": _l("Statusrunde"),
    "deadline_soon": _l("Frist snart"),
    "deadline_passed": _l("Frist overskredet"),
    "assignment": _l("Nye handlinger"),
    "password_reset": _l("Nulstil adgangskode"),
}


def select_locale() -> str:
    """The person's own language, else the browser's if we speak it, else Danish."""
    if current_user and getattr(current_user, "is_authenticated", False):
        return current_user.language or "da"
    languages = current_app.config["LANGUAGES"]
    if request:
        return request.accept_languages.best_match(languages) or "da"
    return "da"


def select_timezone() -> str:
    """All people see times in the configured zone (Europe/Copenhagen by default)."""
    return current_app.config["TRACKER_TIMEZONE"]


def local_tz() -> ZoneInfo:
    """The configured display time zone."""
    return ZoneInfo(current_app.config["TRACKER_TIMEZONE"])


def today() -> date:
    """Today's date where the people are (not in UTC)."""
    return datetime.now(local_tz()).date()


def long_date(value: date | None) -> str:
    """Format a date as "26. februar 2025" (Danish) or "26 February 2025" (English)."""
    if value is None:
        return ""
    pattern = "d. MMMM y" if str(get_locale()) == "da" else "d MMMM y"
    return format_date(value, pattern)


def long_datetime(value: datetime | None) -> str:
    """Format an aware datetime in local time, e.g. "26. februar 2025 kl. 08:30"."""
    if value is None:
        return ""
    pattern = "d. MMMM y 'kl.' HH:mm" if str(get_locale()) == "da" else "d MMMM y, HH:mm"
    return format_datetime(value, pattern)


def short_time(value) -> str:
    """Format a time of day as 08:30."""
    return value.strftime("%H:%M") if value else ""


def date_range(start: date | None, end: date | None) -> str:
    """Format a deadline's dates as "1.–10. marts 2025", or one date when start is end."""
    from tracker.deadlines import format_range

    if start is None or end is None:
        return ""
    return format_range(start, end, str(get_locale()))


def init_app(app: Flask) -> None:
    """Make the formats and labels available in every template."""
    app.add_template_filter(long_date)
    app.add_template_filter(long_datetime)
    app.add_template_filter(short_time)
    app.add_template_global(date_range)
    app.add_template_filter(lambda s: STATUS_LABELS.get(s, s), "status_label")
    app.add_template_filter(lambda s: ROLE_LABELS.get(s, s), "role_label")
    app.add_template_filter(lambda s: MEETING_STATUS_LABELS.get(s, s), "meeting_status_label")
    app.add_template_filter(lambda s: MAIL_STATE_LABELS.get(s, s), "mail_state_label")
    app.add_template_filter(lambda s: MAIL_KIND_LABELS.get(s, s), "mail_kind_label")

    @app.context_processor
    def inject_globals():
        return {"current_locale": str(get_locale()), "today": today()}
