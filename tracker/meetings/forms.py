"""Forms for forums, meetings, attendees, agenda items and points."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    FormField,
    HiddenField,
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
from tracker.forms_common import MAX_TEXT, CleanForm, CleanSubform, max_length
from tracker.i18n import today
from tracker.text import clean_text

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


class AttendeeRowForm(CleanSubform):
    """One name of a previewed list: the name as shown, the choice made, an email for a new one."""

    typed = HiddenField()
    choice = HiddenField()  # drawn as radio buttons (a person's id, "new" or "skip")
    email = StringField(_l("E-mail (valgfri)"), validators=[Optional(), max_length(254)])


class AttendeeForm(CleanForm):
    """Attendees typed or pasted (tracker.meetings.attendee_list): previewed, then saved."""

    name = TextAreaField(_l("Deltagere"), validators=[DataRequired(REQUIRED), max_length(MAX_TEXT)])
    previewed = HiddenField()  # the list as previewed: saving another list previews it first
    rows = FieldList(FormField(AttendeeRowForm), max_entries=500)
    submit = SubmitField(_l("Vis, hvem det er"))
    save = SubmitField(_l("Gem deltagerne"))

    def chosen(self) -> dict[str, tuple[str, str]]:
        """(choice, email) sent for each previewed row, by the name it is for (each name of a
        list is there once: tracker.text.typed_names)."""
        return {r.typed.data: (r.choice.data or "", r.email.data or "") for r in self.rows}

    def saving(self) -> bool:
        """True when "Gem deltagerne" was pressed for the list that was previewed."""
        previewed = clean_text(self.previewed.data or "", multiline=True)
        return bool(self.save.data) and previewed == self.name.data


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
