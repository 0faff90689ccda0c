"""The check-in page's form: an optional note, and the new deadline in words for "Forsinket"."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, RadioField, SubmitField, TextAreaField
from wtforms.validators import Optional

from tracker.actions.forms import DeadlineField
from tracker.forms_common import CleanForm, max_length
from tracker.tokens import CHECKIN_CHOICES

CHOICES = list(CHECKIN_CHOICES.items())


PAST = _l("Den nye frist er allerede overskredet. Skriv en frist fra i dag eller senere.")


class CheckinForm(CleanForm):
    # Only for a link that lets the person choose ("any": the text part's one link per action).
    choice = RadioField(_l("Hvordan går det?"), choices=CHOICES, validate_choice=False)
    note = TextAreaField(_l("Note"), validators=[Optional(), max_length(5000)])
    deadline = DeadlineField(
        _l("Ny frist"),
        description=_l('Med ord, fx "%(late)s", "%(week)s", "%(day)s".'),
    )
    # The words whose dates the page showed: "Forsinket" moves the deadline only to those.
    shown = HiddenField()
    submit = SubmitField(_l("Gem"))

    def __init__(self, purpose: str, today, *args, planned=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.purpose = purpose
        self.deadline.against(today, planned)  # planned: for "til næste møde"

    @property
    def chosen(self) -> str | None:
        """What the check-in does: the link's purpose, or the choice made on the page."""
        if self.purpose != "any":
            return self.purpose
        return self.choice.data if self.choice.data in dict(CHOICES) else None

    def validate(self, extra_validators=None) -> bool:
        """The fields' own checks, then what the choice needs: a deadline, or a note."""
        valid = super().validate(extra_validators)
        if self.chosen is None:
            self.choice.errors = [_l("Vælg en af mulighederne.")]
            return False
        if self.chosen == "delayed" and not (self.deadline.data or "").strip():
            self.deadline.errors = [*self.deadline.errors, _l("Skriv den nye frist med ord.")]
            valid = False
        new = self.deadline.deadline
        if self.chosen == "delayed" and new is not None and new.is_overdue(self.deadline.reference):
            self.deadline.errors = [*self.deadline.errors, PAST]
            valid = False
        if self.chosen == "note" and not (self.note.data or "").strip():
            self.note.errors = [*self.note.errors, _l("Skriv en note.")]
            valid = False
        return valid

    @property
    def new_deadline(self):
        """The deadline the words mean (only for "Forsinket")."""
        return self.deadline.deadline if self.chosen == "delayed" else None

    @property
    def unseen(self) -> bool:
        """ "Forsinket" with words whose dates the page has not shown: it shows them first."""
        return self.new_deadline is not None and _words(self.shown.data) != _words(
            self.deadline.data
        )

    def show_dates(self) -> None:
        """Read the words again for the page (a form restored after its redirect) and mark
        their dates as shown, so that the next "Gem" saves them."""
        if self.deadline.deadline is None and _words(self.deadline.data):
            self.deadline.read(self.deadline.reference, self.deadline.planned)
        self.shown.data = self.deadline.data if self.new_deadline is not None else ""

    def earlier_than(self, action) -> bool:
        """The new deadline ends before the action's current one."""
        new = self.new_deadline
        return bool(new and new.end and action.due_end and new.end < action.due_end)


class LateNoteForm(CleanForm):
    """The note of a check-in page sent after its link was spent (another tab, Back)."""

    note = TextAreaField(_l("Note"), validators=[Optional(), max_length(5000)])


def _words(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()
