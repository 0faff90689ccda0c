"""Forms for forums, meetings, attendees, agenda items and points."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    Field,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import DataRequired, NumberRange, Optional, ValidationError

from tracker import rules
from tracker.actions.forms import NOT_A_CHOICE, DeadlineField

# The length limit lives with the cleaning in tracker.forms_common; importing takes it from here.
from tracker.forms_common import MAX_TEXT, CleanForm, NameField, ascii_id, max_length
from tracker.i18n import today
from tracker.text import clean_name

REQUIRED = _l("Feltet skal udfyldes.")


class ForumForm(CleanForm):
    name = StringField(_l("Navn"), validators=[DataRequired(REQUIRED), max_length(200)])
    description = TextAreaField(_l("Beskrivelse"), validators=[Optional(), max_length(MAX_TEXT)])
    submit = SubmitField(_l("Gem"))


class MeetingForm(CleanForm):
    title = StringField(
        _l("Titel"),
        validators=[Optional(), max_length(300)],
        description=_l("Tom: forummets navn og datoen, fx »Lederforum 26. februar 2025«."),
    )
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

    def validate_date(self, field):
        """A planned meeting lies today or later (tracker.rules.planned_date_allowed)."""
        if (
            field.data
            and self.status.data == "planned"
            and not rules.planned_date_allowed(field.data, today())
        ):
            raise ValidationError(
                _l("Et planlagt møde skal ligge i dag eller senere. Vælg en senere dato.")
            )


class PlanMeetingForm(MeetingForm):
    """ "Planlæg næste møde": the meeting form, and the last meeting's attendees to copy."""

    copy_attendees = BooleanField(_l("Invitér deltagerne fra sidste møde"), default=True)


CHOSEN_MAX = 100  # people chosen in the picker at once (a forum is a few dozen)


class ChosenField(Field):
    """What the person picker's chips post (templates/_person_picker.html): one hidden input of
    the field's name per chosen person; never rendered by the form itself. ``ids``: person ids
    (what is no id is left out); otherwise names chosen as new people on purpose (cleaned)."""

    def __init__(self, *args, ids=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.ids = ids

    def process_formdata(self, valuelist):
        read = [ascii_id(v) for v in valuelist] if self.ids else [clean_name(v) for v in valuelist]
        self.data = list(dict.fromkeys(value for value in read if value))[:CHOSEN_MAX]

    def _value(self):
        return ""


class AttendeeForm(CleanForm):
    """One name typed, or (with the picker) several people chosen: known ones by id, new ones
    by name only where the secretary chose "Opret »…« som ny person"."""

    name = NameField(_l("Navn på deltager"), validators=[Optional(), max_length(200)])
    person_ids = ChosenField(default=())
    new_names = ChosenField(ids=False, default=())
    present = BooleanField(_l("Til stede"), default=True)
    submit = SubmitField(_l("Tilføj deltager"))

    def validate(self, extra_validators=None) -> bool:
        # The name may be empty when people were chosen (Optional stops its own validators).
        valid = super().validate(extra_validators)
        # The chips are not fields of the page: their errors are said at the name field.
        if any(len(name) > 200 for name in self.new_names.data):
            self.name.errors = [*self.name.errors, _l("Et navn må højst have 200 tegn.")]
            return False
        if not (self.name.data or self.person_ids.data or self.new_names.data):
            self.name.errors = [*self.name.errors, REQUIRED]
            return False
        return valid


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


class ForumDecisionForm(CleanForm):
    """What the forum decided about one action at its meeting (the meeting view)."""

    accept = BooleanField(_l("Godkendt som udført"))
    deadline = DeadlineField(
        _l("Ny frist"),
        description=_l('Med ord, fx "ultimo april", "uge 20".'),
        validators=[Optional()],
    )
    owner_id = SelectField(
        _l("Ny ejer"),
        coerce=int,
        validate_choice=True,
        invalid_choice_message=NOT_A_CHOICE,
        invalid_value_message=NOT_A_CHOICE,
    )
    note = TextAreaField(_l("Note fra mødet"), validators=[Optional(), max_length(MAX_TEXT)])
    submit = SubmitField(_l("Registrér forummets beslutning"))

    def validate(self, extra_validators=None) -> bool:
        if not super().validate(extra_validators):
            return False
        if not (
            self.accept.data
            or self.deadline.deadline
            or self.owner_id.data
            or (self.note.data or "").strip()
        ):
            self.note.errors = [_l("Vælg mindst én beslutning, eller skriv en note fra mødet.")]
            return False
        return True
