"""Language, time zone and the date formats people read ("26. februar 2025")."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from flask import Flask, current_app, request
from flask_babel import force_locale, format_datetime, get_locale, get_translations
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from jinja2 import pass_context

from tracker.mail.kinds import KINDS
from tracker.workdays.days import local_day

STATUS_LABELS = {
    "not_started": _l("Ikke startet"),
    "in_progress": _l("I gang"),
    "done": _l("Udført"),
    "cancelled": _l("Annulleret"),
}
# The status overview's sections, in their order (tracker.rules.report_section gives the key).
REPORT_SECTIONS = {
    "overdue": _l("Overskredne"),
    "before_next": _l("Frist før næste møde"),
    "in_progress": _l("I gang"),
    "not_started": _l("Ikke startet"),
    "done": _l("Udført siden sidste møde"),
    "cancelled": _l("Annulleret siden sidste møde"),
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
MAIL_KIND_LABELS = {name: kind.label for name, kind in KINDS.items()}  # tracker.mail.kinds


# Words repeated on every row of long pages, translated once rather than per row.
UI_LABELS = {
    "overdue": _l("Overskredet"),
    "ongoing": _l("løbende, ingen slutdato"),
    "no_deadline": _l("Ingen frist"),
    "no_period": _l("uden frist"),  # words that name no period: "snarest", "når vi ved mere"
}
LABEL_SETS = {
    "ui": UI_LABELS,
    "status": STATUS_LABELS,
    "role": ROLE_LABELS,
    "meeting_status": MEETING_STATUS_LABELS,
    "mail_state": MAIL_STATE_LABELS,
    "mail_kind": MAIL_KIND_LABELS,
}


@lru_cache(maxsize=64)
def _translated_labels(name: str, locale: str) -> dict[str, str]:
    with force_locale(locale):
        return {key: str(text) for key, text in LABEL_SETS[name].items()}


def label(name: str, key: str) -> str:
    """The label of ``key`` in a label set, in the current language (translated once per set)."""
    return _translated_labels(name, _language()).get(key, key)


# Pages ask for the language and the catalogue a few times per row. Flask-Babel finds the
# catalogue afresh on every gettext (three look-ups of its request state, the locale, the
# locale's name); these keep the name and the catalogue per Locale, so each call costs one
# get_locale(), which still follows the person's language and force_locale(). (Outside a
# request the Locale is None, and the catalogue Flask-Babel's empty one, as before.)
_LANGUAGES: dict[Locale, str] = {}
_CATALOGUES: dict[Locale, object] = {}


def _language() -> str:
    locale = get_locale()
    try:
        return _LANGUAGES[locale]
    except KeyError:
        return _LANGUAGES.setdefault(locale, str(locale))


def _catalogue():
    locale = get_locale()
    try:
        return _CATALOGUES[locale]
    except KeyError:
        return _CATALOGUES.setdefault(locale, get_translations())


def _gettext(message: str) -> str:
    return _catalogue().ugettext(message)


def _ngettext(singular: str, plural: str, number: int) -> str:
    return _catalogue().ungettext(singular, plural, number)


def select_locale() -> str:
    """The person's own language, else the browser's if we speak it, else the configured default
    (BABEL_DEFAULT_LOCALE, Danish); outside a request, as in the commands, the default decides."""
    default = current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and getattr(current_user, "is_authenticated", False):
        return current_user.language or default
    if request:
        return request.accept_languages.best_match(current_app.config["LANGUAGES"]) or default
    return default


def select_timezone() -> str:
    """All people see times in the configured zone (Europe/Copenhagen by default)."""
    return current_app.config["TRACKER_TIMEZONE"]


def local_tz() -> ZoneInfo:
    """The configured display time zone."""
    return ZoneInfo(current_app.config["TRACKER_TIMEZONE"])


def today() -> date:
    """Today's date where the people are (not in UTC)."""
    return local_day(datetime.now(UTC), local_tz())


def school_holidays() -> dict[str, int]:
    """The school holidays' ISO weeks for deadline words (TRACKER_SCHOOL_HOLIDAYS)."""
    return current_app.config.get("TRACKER_SCHOOL_HOLIDAYS") or {}


def long_date(value: date | datetime | None) -> str:
    """Format a date as "26. februar 2025" (Danish) or "26 February 2025" (English)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local_day(value, local_tz())
    return _long_date(value, _language())


def long_date_in(value: date, locale: str) -> str:
    """``long_date`` of a date in ``locale``: for a page that looked its locale up once."""
    return _long_date(value, locale)


@lru_cache(maxsize=4096)
def _long_date(value: date, locale: str) -> str:
    # Pages show the same few hundred dates over and over. The words are the deadlines' own
    # (tracker.deadlines.format_date), the one Danish date formatter; Babel's gave the same.
    from tracker.deadlines import format_date

    return format_date(value, locale)


def long_datetime(value: datetime | None) -> str:
    """Format an aware datetime in local time, e.g. "26. februar 2025 kl. 08:30"."""
    if value is None:
        return ""
    pattern = "d. MMMM y 'kl.' HH:mm" if _language() == "da" else "d MMMM y, HH:mm"
    return format_datetime(value, pattern)


def moment(value: datetime | None) -> str:
    """An aware datetime in local time: "kl. 08:32" when it is today, else as long_datetime."""
    if value is None:
        return ""
    if local_day(value, local_tz()) == today():
        return format_datetime(value, "'kl.' HH:mm" if _language() == "da" else "HH:mm")
    return long_datetime(value)


def short_time(value) -> str:
    """Format a time of day as 08:30."""
    return value.strftime("%H:%M") if value else ""


def date_range(start: date | None, end: date | None) -> str:
    """Format a deadline's dates as "1.–10. marts 2025", or one date when start is end."""
    if start is None or end is None:
        return ""
    return _date_range(start, end, _language())


def date_range_in(start: date, end: date, locale: str) -> str:
    """``date_range`` in ``locale``: for a page that looked its locale up once."""
    return _date_range(start, end, locale)


@lru_cache(maxsize=4096)
def _date_range(start: date, end: date, locale: str) -> str:
    from tracker.deadlines import format_range

    return format_range(start, end, locale)


def _label_filter(name: str):
    """The ``<name>_label`` filter. It takes the template context only so that Jinja never
    folds ``"overdue"|ui_label`` into the compiled template in the language of the first
    request (a constant argument would be evaluated once at compile time)."""

    @pass_context
    def label_filter(_context, key):
        return label(name, key)

    return label_filter


def init_app(app: Flask) -> None:
    """Make the formats and labels available in every template, and gettext cheaper in them
    (after Flask-Babel's init_app, whose callables these replace)."""
    app.jinja_env.install_gettext_callables(gettext=_gettext, ngettext=_ngettext, newstyle=True)
    app.add_template_filter(long_date)
    app.add_template_filter(long_datetime)
    app.add_template_filter(short_time)
    app.add_template_filter(moment)
    app.add_template_global(date_range)
    for name in LABEL_SETS:
        app.add_template_filter(_label_filter(name), f"{name}_label")

    @app.context_processor
    def inject_globals():
        return {"current_locale": _language(), "today": today()}
