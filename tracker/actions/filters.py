"""The shared action list's filters: read from the URL, so a view can be bookmarked and shared."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, DateField, SelectField, StringField
from wtforms.validators import Optional, ValidationError

from tracker.actions.queries import SORTS, ActionFilters
from tracker.extensions import db
from tracker.models import Forum, Meeting, Person

STATUS_FILTERS = [
    ("", _l("Alle")),
    ("aaben", _l("Åbne")),
    ("not_started", _l("Ikke startet")),
    ("in_progress", _l("I gang")),
    ("done", _l("Udført")),
    ("cancelled", _l("Annulleret")),
]
SORT_LABELS = {
    "frist": _l("Frist"),
    "titel": _l("Titel"),
    "status": _l("Status"),
    "ejer": _l("Ejer"),
    "opdateret": _l("Senest ændret"),
}


def _known_id(form, field):
    if field.data and not field.data.isdigit():
        raise ValidationError(_l("Ukendt værdi."))


class FilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search form changes nothing

    q = StringField(_l("Søg i titler, beskrivelser og noter"), validators=[Optional()])
    forum = SelectField(_l("Forum"), validate_choice=False, validators=[_known_id])
    meeting = SelectField(_l("Møde"), validate_choice=False, validators=[_known_id])
    owner = SelectField(_l("Ejer"), validate_choice=False, validators=[_known_id])
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


def _choices() -> dict:
    forums = db.session.execute(select(Forum.id, Forum.name).order_by(Forum.name)).all()
    meetings = db.session.execute(
        select(Meeting.id, Meeting.title, Meeting.date).order_by(Meeting.date.desc()).limit(500)
    ).all()
    owners = db.session.execute(
        select(Person.id, Person.name).where(Person.active.is_(True)).order_by(Person.name)
    ).all()
    everyone = ("", _l("Alle"))
    return {
        "forum": [everyone, *((str(i), n) for i, n in forums)],
        "meeting": [everyone, *((str(i), f"{t} ({d.isoformat()})") for i, t, d in meetings)],
        "owner": [everyone, *((str(i), n) for i, n in owners)],
    }


def read_filters(args) -> tuple[FilterForm, ActionFilters]:
    """The filter form and validated filters from the query string; invalid parts are dropped."""
    form = FilterForm(formdata=args)
    for name, choices in _choices().items():
        form[name].choices = choices
    form.validate()
    bad = set(form.errors)

    def value(name):
        return None if name in bad else form[name].data

    def number(name):
        raw = value(name)
        return int(raw) if raw else None

    try:
        page = max(1, int(args.get("side", 1)))
    except ValueError:
        page = 1
    return form, ActionFilters(
        forum=number("forum"),
        meeting=number("meeting"),
        owner=number("owner"),
        status=value("status") or None,
        overdue=bool(value("overdue")),
        due_from=value("fra"),
        due_to=value("til"),
        q=(value("q") or "").strip(),
        sort=value("sort") if value("sort") in SORTS else "frist",
        page=page,
    )
