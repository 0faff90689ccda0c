"""People forms: a person, deactivation with a new owner, merge, erase, the people import."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, DateField, HiddenField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Optional, ValidationError

from tracker.forms_common import CleanForm, NameField, max_length
from tracker.i18n import ROLE_LABELS
from tracker.models import ROLES
from tracker.people.services import PersonData

NOT_A_CHOICE = _l("Vælg en person på listen.")
LANGUAGE_LABELS = {"da": _l("Dansk"), "en": _l("English")}
EMAIL_MESSAGE = _l("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.")


def email_validators():
    """An optional email, checked for its form (not for a mail server), within its column."""
    return [
        Optional(),
        max_length(254),
        Email(message=EMAIL_MESSAGE, check_deliverability=False, granular_message=False),
    ]


def person_choice(label, blank):
    """A select of people by id, with a Danish message for anything not on the list."""
    return SelectField(
        label,
        coerce=int,
        default=0,
        validate_choice=True,
        invalid_choice_message=NOT_A_CHOICE,
        invalid_value_message=NOT_A_CHOICE,
        description=blank,
    )


def choices(people, blank) -> list:
    """Select choices: ``blank`` (0) first, then the people."""
    return [(0, blank), *[(p.id, _label(p)) for p in people]]


def _label(person) -> str:
    if not person.active:
        return str(_l("%(name)s (fratrådt)", name=person.name))
    return person.name + (f" – {person.unit}" if person.unit else "")


class PersonForm(CleanForm):
    name = NameField(
        _l("Navn"), validators=[DataRequired(_l("Skriv personens navn.")), max_length(200)]
    )
    email = StringField(_l("E-mail"), validators=email_validators())
    title = StringField(_l("Titel"), validators=[Optional(), max_length(200)])
    unit = StringField(_l("Enhed"), validators=[Optional(), max_length(200)])
    manager_id = person_choice(_l("Leder"), _l("Personens nærmeste leder."))
    substitute_id = person_choice(
        _l("Stedfortræder"), _l("Overtager personens handlinger og påmindelser under fravær.")
    )
    absent_until = DateField(
        _l("Fraværende til og med"),
        validators=[Optional()],
        description=_l("Tom, når personen er til stede."),
    )
    language = SelectField(_l("Sprog"), choices=list(LANGUAGE_LABELS.items()))
    role = SelectField(_l("Rolle"), choices=[(r, ROLE_LABELS[r]) for r in ROLES])
    digest_enabled = BooleanField(_l("Ugentlig oversigt på e-mail"))
    deadline_reminders_enabled = BooleanField(_l("Påmindelser om frister"))
    submit = SubmitField(_l("Gem"))

    def set_people(self, people) -> None:
        """Offer ``people`` as manager and substitute."""
        self.manager_id.choices = choices(people, _l("— ingen —"))
        self.substitute_id.choices = choices(people, _l("— ingen —"))

    def data_for(self, people_by_id, may_change_role: bool) -> PersonData:
        """The form as service arguments; the role only for those who may change it."""
        return PersonData(
            name=self.name.data,
            email=self.email.data or None,
            title=self.title.data or None,
            unit=self.unit.data or None,
            manager=people_by_id.get(self.manager_id.data),
            substitute=people_by_id.get(self.substitute_id.data),
            absent_until=self.absent_until.data,
            language=self.language.data,
            role=self.role.data if may_change_role else None,
            digest_enabled=self.digest_enabled.data,
            deadline_reminders_enabled=self.deadline_reminders_enabled.data,
        )


class DeactivateForm(CleanForm):
    new_owner_id = person_choice(
        _l("Overtages af"), _l("Personens åbne handlinger gives til denne person.")
    )
    submit = SubmitField(_l("Deaktivér"))


class ReactivateForm(CleanForm):
    submit = SubmitField(_l("Genaktivér"))


class SsoAccountForm(CleanForm):
    """The person's account at the login provider: link the refused login's account (its
    ``subject``, as the admin was shown it), or remove the binding."""

    subject = HiddenField()
    link = SubmitField(_l("Knyt den nye konto"))
    unlink = SubmitField(_l("Fjern koblingen"))


class MergeForm(CleanForm):
    duplicate_id = person_choice(
        _l("Dubletten"),
        _l("Dens handlinger, noter, historik og mødedeltagelse flyttes hertil, og den slettes."),
    )
    role = SelectField(
        _l("Rolle bagefter"),
        choices=[("", _l("— som nu (rollerne er ens) —"))] + [(r, ROLE_LABELS[r]) for r in ROLES],
        description=_l("Vælges kun, når de to har forskellige roller: én af deres to roller."),
    )
    confirm = BooleanField(_l("Ja, læg dubletten sammen med denne person"))
    submit = SubmitField(_l("Læg sammen"))

    def validate_duplicate_id(self, field):
        if not field.data:
            raise ValidationError(_l("Vælg dubletten."))

    def validate_confirm(self, field):
        if not field.data:
            raise ValidationError(_l("Bekræft sammenlægningen."))


class EraseForm(CleanForm):
    notes = SelectField(
        _l("Personens statusnoter"),
        choices=[
            ("keep", _l("Behold noterne (forfatteren vises som tidligere medarbejder)")),
            ("remove", _l("Slet noternes tekst")),
        ],
    )
    confirm = BooleanField(_l("Ja, slet personens navn og e-mail for altid"))
    submit = SubmitField(_l("Slet personoplysninger"))

    def validate_confirm(self, field):
        if not field.data:
            raise ValidationError(_l("Bekræft sletningen."))


class ExportForm(CleanForm):
    format = SelectField(_l("Format"), choices=[("json", "JSON"), ("xlsx", "Excel")])
    submit = SubmitField(_l("Hent personens data"))


class ImportUploadForm(CleanForm):
    file = FileField(
        _l("Fil (CSV eller Excel)"),
        validators=[FileRequired(_l("Vælg en fil."))],
        description=_l(
            "Kolonner: navn, e-mail, titel, enhed, leders e-mail. "
            "Semikolon eller komma; UTF-8 eller Windows-1252."
        ),
    )
    submit = SubmitField(_l("Vis, hvad der ændres"))


class ImportConfirmForm(CleanForm):
    content = HiddenField()
    filename = HiddenField()
    submit = SubmitField(_l("Importér"))


class EmailForm(CleanForm):
    """The quick fix on the lists of people without email."""

    email = StringField(
        _l("E-mail"), validators=[DataRequired(_l("Skriv en e-mailadresse.")), *email_validators()]
    )
    next = HiddenField()
    submit = SubmitField(_l("Gem e-mail"))
