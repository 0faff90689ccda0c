"""Forms for logging in and personal settings."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, EmailField, PasswordField, SelectField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional, ValidationError

from tracker.forms_common import CleanForm
from tracker.i18n import today
from tracker.rules import PASSWORD_MIN_LENGTH

TOO_SHORT = _l("Adgangskoden skal være mindst %(min)d tegn.")


class LoginForm(CleanForm):
    email = EmailField(
        _l("E-mail"),
        validators=[
            DataRequired(_l("Skriv din e-mailadresse.")),
            Email(_l("Skriv en gyldig e-mailadresse.")),
        ],
    )
    password = PasswordField(
        _l("Adgangskode"), validators=[DataRequired(_l("Skriv din adgangskode."))]
    )
    remember = BooleanField(_l("Husk mig på denne enhed"))
    submit = SubmitField(_l("Log ind"))


class SettingsForm(CleanForm):
    language = SelectField(
        _l("Sprog"), choices=[("da", "Dansk"), ("en", "English")], validators=[DataRequired()]
    )
    # "off" is digest_enabled False; the others are Person.digest_frequency.
    digest_frequency = SelectField(
        _l("Overblik over mine handlinger på e-mail"),
        choices=[
            ("weekly", _l("Hver uge")),
            ("biweekly", _l("Hver anden uge")),
            ("monthly", _l("Hver måned")),
            ("off", _l("Aldrig")),
        ],
        validate_choice=False,
    )
    deadline_reminders_enabled = BooleanField(_l("Send mig en påmindelse før og efter en frist"))
    absent_until = DateField(
        _l("Fraværende til og med"),
        validators=[Optional()],
        description=_l(
            "Mens du er væk, får du ingen e-mails, og din stedfortræder ser dine overskredne "
            "handlinger. Tomt: du er ikke væk."
        ),
    )
    submit = SubmitField(_l("Gem"))

    def validate_absent_until(self, field):
        if field.data and field.data < today():
            raise ValidationError(_l("Datoen er passeret. Skriv den sidste dag, du er væk."))

    def validate_digest_frequency(self, field):
        if field.data and field.data not in dict(field.choices):
            raise ValidationError(_l("Vælg en af mulighederne på listen."))


class PasswordForm(CleanForm):
    current = PasswordField(_l("Nuværende adgangskode"), validators=[DataRequired()])
    new = PasswordField(
        _l("Ny adgangskode"),
        validators=[
            DataRequired(),
            Length(min=PASSWORD_MIN_LENGTH, message=TOO_SHORT),
        ],
    )
    submit = SubmitField(_l("Skift adgangskode"))


class ForgotPasswordForm(CleanForm):
    email = EmailField(
        _l("E-mail"),
        validators=[
            DataRequired(_l("Skriv din e-mailadresse.")),
            Email(_l("Skriv en gyldig e-mailadresse.")),
        ],
    )
    submit = SubmitField(_l("Send link"))


class ResetPasswordForm(CleanForm):
    new = PasswordField(
        _l("Ny adgangskode"),
        validators=[
            DataRequired(_l("Skriv en ny adgangskode.")),
            Length(min=PASSWORD_MIN_LENGTH, message=TOO_SHORT),
        ],
    )
    repeat = PasswordField(
        _l("Gentag adgangskoden"),
        validators=[EqualTo("new", message=_l("De to adgangskoder er ikke ens."))],
    )
    submit = SubmitField(_l("Gem ny adgangskode"))
