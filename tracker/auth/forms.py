"""Forms for logging in and personal settings."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, SelectField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from tracker.forms_common import CleanForm
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
    digest_enabled = BooleanField(_l("Send mig det ugentlige overblik over mine handlinger"))
    deadline_reminders_enabled = BooleanField(_l("Send mig en påmindelse før og efter en frist"))
    submit = SubmitField(_l("Gem"))


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
