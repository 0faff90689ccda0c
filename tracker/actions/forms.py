"""Action forms; the deadline field takes the minutes' own words."""

from __future__ import annotations

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from markupsafe import escape
from wtforms import (
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Optional, ValidationError

from tracker.actions.meeting_words import meeting_notice
from tracker.deadlines import DeadlineError, parse_deadline
from tracker.deadlines.formatting import examples
from tracker.forms_common import MAX_TEXT, CleanForm, ascii_id, max_length
from tracker.i18n import STATUS_LABELS, school_holidays, today

DEADLINE_MAX = 200  # Action.deadline_text is String(200)
# A person not on the list: unknown, or deactivated (they own nothing new).
NOT_A_CHOICE = _l("Vælg en person på listen. En fratrådt person kan ikke få nye handlinger.")


class _ExamplesHint:
    """A hint whose examples ("%(late)s", "%(week)s", "%(day)s") are deadline words a little
    after the field's reference date, so a hint never shows a date that has passed."""

    def __init__(self, text, field):
        self.text, self.field = text, field

    def __str__(self) -> str:
        return str(self.text) % self.field.examples

    def __html__(self) -> str:
        return str(escape(str(self)))


class DeadlineField(StringField):
    """A text field whose words are parsed into a Deadline against ``reference`` and, for
    meeting words ("til næste møde"), the planned meetings ``planned``
    (tracker.actions.meeting_words); ``notice`` then says which meeting they found."""

    def __init__(self, *args, reference=None, **kwargs):
        kwargs["validators"] = [*kwargs.get("validators", ()), max_length(DEADLINE_MAX)]
        super().__init__(*args, **kwargs)
        self.reference = reference
        self.planned = None
        self.deadline = None
        self.notice = None
        if self.description:  # its examples are formatted when shown, on every page
            self.description = _ExamplesHint(self.description, self)

    def against(self, reference, planned=None) -> None:
        """Read the words as written on ``reference``, meeting words against ``planned``."""
        self.reference, self.planned = reference, planned

    @property
    def examples(self) -> dict[str, str]:
        """Example words a little after the reference date (today), in the page's language."""
        return examples(self.reference or today(), str(get_locale()))

    def pre_validate(self, form):
        self.deadline = self.notice = None
        words = (self.data or "").strip()
        if not words or len(words) > DEADLINE_MAX:
            return  # too long: the length validator says so, without parsing it
        try:
            self.deadline = parse_deadline(
                words, self.reference, meetings=self.planned or (), holidays=school_holidays()
            )
        except DeadlineError as error:
            raise ValidationError(error.message(str(get_locale()))) from error
        if self.planned is not None:
            self.notice = meeting_notice(words, self.reference, self.planned)

    def read(self, reference, planned=None) -> None:
        """Parse the words against ``reference`` again (a preview restored after its redirect:
        its errors came with it), so the page shows the dates they mean."""
        self.against(reference, planned)
        try:
            self.pre_validate(None)
        except ValidationError:
            self.deadline = None


class ActionFieldsForm(CleanForm):
    """Title, description, owner and co-owners: shared by creating and editing an action."""

    title = StringField(
        _l("Titel"), validators=[DataRequired(_l("Skriv en titel.")), max_length(300)]
    )
    description = TextAreaField(_l("Beskrivelse"), validators=[Optional(), max_length(MAX_TEXT)])
    owner_id = SelectField(
        _l("Ejer"),
        coerce=int,
        validate_choice=True,
        invalid_choice_message=NOT_A_CHOICE,
        invalid_value_message=NOT_A_CHOICE,
    )
    co_owner_ids = SelectMultipleField(
        _l("Medejere"),
        coerce=int,
        validate_choice=True,
        invalid_choice_message=NOT_A_CHOICE,
        invalid_value_message=NOT_A_CHOICE,
    )

    def set_people(self, people) -> None:
        """Offer ``people`` as owner and co-owners; one who left (kept from before) says so."""
        choices = [
            (p.id, p.name if p.active else _l("%(name)s (fratrådt)", name=p.name)) for p in people
        ]
        self.owner_id.choices = [(0, _l("— vælg ejer —")), *choices]
        self.co_owner_ids.choices = choices

    def validate_owner_id(self, field):
        if not field.data:
            raise ValidationError(_l("Vælg en ejer."))


class ActionForm(ActionFieldsForm):
    deadline = DeadlineField(
        _l("Frist"),
        description=_l('Med mødets ord, fx "%(early)s", "%(day)s", "%(pair)s", "%(week)s".'),
        validators=[DataRequired(_l("Skriv en frist."))],
    )
    preview = SubmitField(_l("Vis fristens datoer"))
    submit = SubmitField(_l("Opret handling"))

    def prefill(self, args) -> None:
        """Fill from a link's query (``titel``, ``ejer``, ``medejer``, ``frist``): a proposal
        read from a decision. Nothing is saved; people not on the lists are left out."""
        offered = {value for value, _label in self.co_owner_ids.choices}
        self.title.data = (args.get("titel") or "")[:300] or self.title.data
        self.deadline.data = (args.get("frist") or "")[:DEADLINE_MAX] or self.deadline.data
        owner = ascii_id(args.get("ejer"))
        if owner in offered:
            self.owner_id.data = owner
        ids = [ascii_id(v) for v in args.getlist("medejer")]
        self.co_owner_ids.data = [i for i in dict.fromkeys(ids) if i in offered and i != owner]


STATUS_CHOICES = [("", _l("— uændret —")), *STATUS_LABELS.items()]


# No action has this version (they start at 1): a save claiming it is always a conflict.
UNKNOWN_VERSION = 0


class VersionedForm(CleanForm):
    """Carries the version of the action the person saw, to detect edits in between."""

    version = HiddenField(validators=[Optional()])
    seen_event = HiddenField(validators=[Optional()])

    def show(self, action) -> None:
        """Carry the action's version and newest history row as the page shows them now."""
        self.version.data, self.seen_event.data = action.version, action.last_event_id

    def seen(self) -> dict:
        """The version and last history row the person saw, as service arguments.

        Only what was posted counts, not the action the form was filled from: a missing or
        unreadable version ("abc") is a version nobody has, so the save is refused as a
        conflict instead of skipping the check.
        """
        return {
            "seen_version": ascii_id(_posted(self.version)) or UNKNOWN_VERSION,
            "seen_event": _int_or_none(_posted(self.seen_event)),
        }


def _posted(field) -> str | None:
    return field.raw_data[0] if field.raw_data else None


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class NoteForm(VersionedForm):
    text = TextAreaField(_l("Statusnote"), validators=[Optional(), max_length(5000)])
    status = SelectField(_l("Ny status"), choices=STATUS_CHOICES, validate_choice=False)
    submit_note = SubmitField(_l("Gem statusnote"))

    def validate_status(self, field):
        if field.data and field.data not in dict(STATUS_CHOICES):
            raise ValidationError(_l("Ukendt status. Vælg en af mulighederne på listen."))
        if field.data in ("done", "cancelled") and not (self.text.data or "").strip():
            self.text.errors = [
                *self.text.errors,
                _l("Skriv en statusnote, når handlingen markeres som udført eller annulleret."),
            ]
            raise ValidationError(_l("En statusnote er påkrævet for denne status."))
        if not field.data and not (self.text.data or "").strip():
            raise ValidationError(_l("Skriv en statusnote eller vælg en ny status."))


class DeadlineChangeForm(VersionedForm):
    deadline = DeadlineField(
        _l("Ny frist"),
        description=_l('Med ord, fx "%(late)s", "%(week)s", "%(day)s".'),
        validators=[DataRequired(_l("Skriv en frist."))],
    )
    preview = SubmitField(_l("Vis fristens datoer"))
    submit_deadline = SubmitField(_l("Flyt fristen"))


class EditActionForm(VersionedForm, ActionFieldsForm):
    # The body the minutes gave the task to ("Forvaltningen"); Action.unit is String(200).
    unit = StringField(_l("Enhed"), validators=[Optional(), max_length(200)])
    submit = SubmitField(_l("Gem ændringer"))
