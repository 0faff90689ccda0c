"""Upload and review forms for importing a referat."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    FieldList,
    FormField,
    HiddenField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import Optional

from tracker.forms_common import CleanForm, CleanSubform, max_length
from tracker.importing.refusals import MAX_PROPOSALS
from tracker.people.forms import email_validators


class UploadForm(CleanForm):
    file = FileField(
        _l("Referat (.docx, .pdf, .html, .md eller .txt)"),
        validators=[FileRequired(_l("Vælg en fil med referatet."))],
    )
    forum = StringField(
        _l("Forum (hvis det ikke står i referatets titel)"),
        validators=[Optional(), max_length(200)],
    )
    submit = SubmitField(_l("Læs referatet"))


class DraftForm(CleanSubform):
    accept = BooleanField(_l("Opret handlingen"), default=True)
    title = StringField(_l("Titel"), validators=[max_length(300)])
    deadline = StringField(_l("Frist"), validators=[Optional(), max_length(200)])
    owner = StringField(_l("Ejer"), validators=[Optional(), max_length(200)])
    co_owners = StringField(
        _l("Medejere (adskilt med komma)"), validators=[Optional(), max_length(1000)]
    )
    # The body the minutes gave the task to ("Forvaltningen"); Action.unit is String(200).
    unit = StringField(_l("Enhed"), validators=[Optional(), max_length(200)])
    # A name nobody known has: a person is created only when the secretary says so.
    owner_new = BooleanField(_l("Opret ejeren som ny person"))
    co_owners_new = BooleanField(_l("Opret de ukendte medejere som nye personer"))
    # For an owner with no email yet: without one they get no reminders (tracker.people).
    owner_email = StringField(_l("Ejerens e-mail"), validators=email_validators())
    suggested = HiddenField()
    source_text = HiddenField()
    agenda_item_number = HiddenField()
    point_index = HiddenField()


NEW_FORUM = "ny"  # the forum choice that creates a forum, on purpose


class ReviewForm(CleanForm):
    # The referat's text and the forum read are in the upload's draft (tracker.importing.uploads);
    # the meeting's fields below correct what was read (meeting_fields.corrected_meeting).
    # The forum: one of the forums (its id), or NEW_FORUM with the name typed in new_forum. Its
    # choices are set by the view; the choice is checked by meeting_fields.corrected_meeting.
    forum = SelectField(_l("Forum"), choices=[], validate_choice=False)
    new_forum = StringField(_l("Navn på det nye forum"), validators=[Optional(), max_length(200)])
    title = StringField(
        _l("Mødets titel"),
        validators=[Optional(), max_length(300)],
        description=_l("Tom: forummets navn og datoen, fx »Lederforum 26. februar 2025«."),
    )
    # Dates and times are read by meeting_fields.corrected_meeting, with Danish messages.
    date = StringField(_l("Mødedato"), validators=[max_length(40)])
    start_time = StringField(_l("Starttidspunkt"), validators=[Optional(), max_length(20)])
    location = StringField(_l("Mødested"), validators=[Optional(), max_length(300)])
    drafts = FieldList(FormField(DraftForm), min_entries=0, max_entries=MAX_PROPOSALS)
    submit = SubmitField(_l("Gem mødet og de valgte handlinger"))
