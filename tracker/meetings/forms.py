"""Forms for forums, meetings, attendees, agenda items and points."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import DataRequired, NumberRange, Optional

# The length limit lives with the cleaning in tracker.forms_common; importing takes it from here.
from tracker.forms_common import MAX_TEXT, CleanForm, NameField, max_length

REQUIRED = _l("Feltet skal udfyldes.")


class ForumForm(CleanForm):
    name = StringField(_l("Navn"), validators=[DataRequired(REQUIRED), max_length(200)])
    description = TextAreaField(_l("Beskrivelse"), validators=[Optional(), max_length(MAX_TEXT)])
    submit = SubmitField(_l("Gem"))


class MeetingForm(CleanForm):
    title = StringField(_l("Titel"), validators=[DataRequired(REQUIRED), max_length(300)])
    date = DateField(
        _l("Dato"),
        validators=[DataRequired(_l("Skriv en dato, fx 2025-02-26."))],
    )
    start_time = TimeField(_l("Starttidspunkt"), validators=[Optional()])
    location = StringField(_l("Mødested"), validators=[Optional(), max_length(300)])
    status = SelectField(
        _l("Status"), choices=[("held", _l("Afholdt")), ("planned", _l("Planlagt"))]
    )
    submit = SubmitField(_l("Gem mødet"))


class AttendeeForm(CleanForm):
    name = NameField(_l("Navn på deltager"), validators=[DataRequired(REQUIRED), max_length(200)])
    present = BooleanField(_l("Til stede"), default=True)
    submit = SubmitField(_l("Tilføj deltager"))


class AgendaItemForm(CleanForm):
    number = IntegerField(
        _l("Nummer"),
        validators=[
            DataRequired(_l("Skriv punktets nummer.")),
            NumberRange(min=1, max=999, message=_l("Nummeret skal være mellem 1 og 999.")),
        ],
    )
    title = StringField(_l("Titel"), validators=[DataRequired(REQUIRED), max_length(300)])
    case_number = StringField(_l("Sagsnummer"), validators=[Optional(), max_length(50)])
    summary = TextAreaField(_l("Sagens kerne"), validators=[Optional(), max_length(MAX_TEXT)])
    decision = TextAreaField(_l("Beslutning"), validators=[Optional(), max_length(MAX_TEXT)])
    submit = SubmitField(_l("Gem punktet"))


class PointForm(CleanForm):
    heading = StringField(_l("Overskrift (afsnit)"), validators=[Optional(), max_length(300)])
    text = TextAreaField(_l("Tekst"), validators=[DataRequired(REQUIRED), max_length(MAX_TEXT)])
    kind = SelectField(
        _l("Type"), choices=[("decision", _l("Beslutning")), ("plenum", _l("Plenumpunkt"))]
    )
    submit = SubmitField(_l("Gem"))
