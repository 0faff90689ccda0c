"""Action forms; the deadline field takes the minutes' own words."""

from __future__ import annotations

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from tracker.deadlines import DeadlineError, parse_deadline


class DeadlineField(StringField):
    """A text field whose words are parsed into a Deadline against ``reference``."""

    def __init__(self, *args, reference=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.reference = reference
        self.deadline = None

    def pre_validate(self, form):
        self.deadline = None
        words = (self.data or "").strip()
        if not words:
            return
        try:
            self.deadline = parse_deadline(words, self.reference)
        except DeadlineError as error:
            raise ValidationError(error.message(str(get_locale()))) from error


class ActionForm(FlaskForm):
    title = StringField(
        _l("Titel"), validators=[DataRequired(_l("Skriv en titel.")), Length(max=300)]
    )
    description = TextAreaField(_l("Beskrivelse"), validators=[Optional()])
    owner_id = SelectField(_l("Ejer"), coerce=int, validate_choice=True)
    co_owner_ids = SelectMultipleField(_l("Medejere"), coerce=int, validate_choice=True)
    deadline = DeadlineField(
        _l("Frist"),
        description=_l(
            'Med mødets ord, fx "primo marts", "27. marts 2025", "april/maj", "uge 12".'
        ),
        validators=[DataRequired(_l("Skriv en frist."))],
    )
    preview = SubmitField(_l("Vis fristens datoer"))
    submit = SubmitField(_l("Opret handling"))

    def set_people(self, people) -> None:
        """Offer ``people`` as owner and co-owners."""
        choices = [(p.id, p.name) for p in people]
        self.owner_id.choices = [(0, _l("— vælg ejer —")), *choices]
        self.co_owner_ids.choices = choices

    def validate_owner_id(self, field):
        if not field.data:
            raise ValidationError(_l("Vælg en ejer."))
