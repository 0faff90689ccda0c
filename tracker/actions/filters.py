"""The shared action list's filters: read from the URL, so a view can be bookmarked and shared."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from wtforms import BooleanField, DateField, SelectField, StringField
from wtforms.validators import Optional, ValidationError

from tracker.actions.queries import SORTS, ActionFilters
from tracker.extensions import db
from tracker.forms_common import CleanForm, ascii_id, max_length
from tracker.i18n import STATUS_LABELS
from tracker.models import Forum, Meeting
from tracker.text import clean_name

STATUS_FILTERS = [("", _l("Alle")), ("aaben", _l("Åbne")), *STATUS_LABELS.items()]
SORT_LABELS = {
    "frist": _l("Frist"),
    "titel": _l("Titel"),
    "status": _l("Status"),
    "ejer": _l("Ejer"),
    "opdateret": _l("Senest ændret"),
}


SEARCH_MAX = 200  # characters searched for; the text is cleaned like any form's (CleanForm)


def _known_id(form, field):
    # Only ASCII digits within the id range: "²" and 20 digits are no id and must not reach SQL.
    if field.data and ascii_id(field.data) is None:
        raise ValidationError(_l("Ukendt værdi."))


class FilterForm(CleanForm):
    class Meta:
        csrf = False  # a GET search form changes nothing

    q = StringField(
        _l("Søg i titler, beskrivelser og noter"), validators=[Optional(), max_length(SEARCH_MAX)]
    )
    forum = SelectField(_l("Forum"), validate_choice=False, validators=[_known_id])
    meeting = SelectField(_l("Møde"), validate_choice=False, validators=[_known_id])
    # A name to search for: a select with every person would weigh more than the page itself.
    owner = StringField(_l("Ejer eller medejer (navn)"), validators=[Optional(), max_length(200)])
    status = SelectField(_l("Status"), choices=STATUS_FILTERS, validate_choice=False)
    overdue = BooleanField(_l("Kun overskredne"))
    fra = DateField(_l("Frist fra"), validators=[Optional()])
    til = DateField(_l("Frist til"), validators=[Optional()])
    sort = SelectField(_l("Sortér efter"), choices=list(SORT_LABELS.items()), validate_choice=False)

    def validate_status(self, field):
        if field.data and field.data not in dict(STATUS_FILTERS):
            raise ValidationError(_l("Ukendt status. Vælg en af mulighederne på listen."))

    def validate_til(self, field):
        if field.data and self.fra.data and field.data < self.fra.data:
            raise ValidationError(_l("»Frist til« skal være efter »Frist fra«."))


MEETING_CHOICES = 200


def _choices(forum: str | None) -> dict:
    forums = db.session.execute(select(Forum.id, Forum.name).order_by(Forum.name)).all()
    meetings = select(Meeting.id, Meeting.title, Meeting.date)
    if ascii_id(forum) is not None:
        meetings = meetings.where(Meeting.forum_id == ascii_id(forum))
    meetings = db.session.execute(meetings.order_by(Meeting.date.desc()).limit(MEETING_CHOICES))
    everyone = ("", _l("Alle"))
    return {
        "forum": [everyone, *((str(i), n) for i, n in forums)],
        "meeting": [everyone, *((str(i), f"{t} ({d.isoformat()})") for i, t, d in meetings)],
    }


def read_filters(args) -> tuple[FilterForm, ActionFilters]:
    """The filter form and validated filters from the query string; invalid parts are dropped."""
    form = FilterForm(formdata=args)
    for name, choices in _choices(args.get("forum")).items():
        form[name].choices = choices
    form.validate()
    bad = set(form.errors)

    def value(name):
        return None if name in bad else form[name].data

    # Digits are a person's id (a link from a person's page), anything else part of a name;
    # digits that are no id (out of range, "²") are dropped like any other bad value.
    owner = value("owner") or ""
    return form, ActionFilters(
        forum=ascii_id(value("forum")),
        meeting=ascii_id(value("meeting")),
        owner=ascii_id(owner),
        owner_name="" if owner.isdigit() else clean_name(owner),
        status=value("status") or None,
        overdue=bool(value("overdue")),
        due_from=value("fra"),
        due_to=value("til"),
        q=value("q") or "",
        sort=value("sort") if value("sort") in SORTS else "frist",
        page=ascii_id(args.get("side")) or 1,
    )
