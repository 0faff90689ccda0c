"""The forum's escalation ladder, as the admin sets it."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, IntegerField, SubmitField
from wtforms.validators import InputRequired, NumberRange

from tracker.forms_common import CleanForm

DAYS = NumberRange(min=1, max=60, message=_l("Skriv et antal arbejdsdage mellem 1 og 60."))


class EscalationForm(CleanForm):
    escalation_enabled = BooleanField(_l("Brug eskalering i dette forum"))
    escalation_manager_days = IntegerField(
        _l("Lederen får besked efter (arbejdsdage uden note efter fristen)"),
        validators=[InputRequired(_l("Skriv et antal arbejdsdage.")), DAYS],
    )
    escalation_secretariat_days = IntegerField(
        _l("Sekretariatet får besked efter yderligere (arbejdsdage)"),
        validators=[InputRequired(_l("Skriv et antal arbejdsdage.")), DAYS],
    )
    submit = SubmitField(_l("Gem"))
