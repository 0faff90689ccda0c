"""The base of every form: text is cleaned before validation, lengths are checked in Danish.

``CleanForm`` gives each text field a filter (tracker.text.clean_text, or clean_name for a
``NameField``), so no view or service ever sees NUL, other control characters, untrimmed or
unnormalised text. ``max_length`` refuses text longer than its column with a Danish message.
"""

from __future__ import annotations

from functools import partial

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Form, HiddenField, PasswordField, StringField, TextAreaField
from wtforms.validators import Length

from tracker.text import clean_name, clean_text

# Ids are 32-bit integer columns (serial on PostgreSQL).
MAX_ID = 2**31 - 1


MAX_TEXT = 10_000  # descriptions, summaries, decisions and point texts, in characters
TOO_LONG = _l("Teksten er for lang: højst %(max)d tegn (her er %(length)d).")


def max_length(limit: int) -> Length:
    """Length(max=limit) with the Danish message; String(n) columns take ``limit`` = n.

    Counted after cleaning, so spaces around the text do not count.
    """
    return Length(max=limit, message=TOO_LONG)


class NameField(StringField):
    """A person's name: cleaned as names are stored (no invisible characters, NFKC)."""


def text_filter(field_class):
    """The cleaning filter for a field of ``field_class``, or None for a field not typed in."""
    if not issubclass(field_class, StringField) or issubclass(
        field_class, (PasswordField, HiddenField)
    ):
        return None
    if issubclass(field_class, NameField):
        return clean_name
    return partial(clean_text, multiline=issubclass(field_class, TextAreaField))


class _CleanMeta:
    def bind_field(self, form, unbound_field, options):
        cleaner = text_filter(unbound_field.field_class)
        if cleaner is not None:
            filters = (cleaner, *unbound_field.kwargs.get("filters", ()))
            options = {**options, "filters": filters}
        return super().bind_field(form, unbound_field, options)


class CleanForm(FlaskForm):
    """A FlaskForm whose text fields are cleaned (see the module's docstring)."""

    class Meta(_CleanMeta):
        pass


class CleanSubform(Form):
    """The same for a form inside a form (FormField), which has no CSRF token of its own."""

    class Meta(_CleanMeta):
        pass


def ascii_id(value) -> int | None:
    """``value`` as a row id when it is plain ASCII digits within the id range, else None.

    "²".isdigit() is True and int() refuses it; int() also refuses more than 4,300 digits and
    the databases refuse numbers beyond their integer columns: all are just no id.
    """
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return None
    if len(value) > len(str(MAX_ID)):
        return None
    number = int(value)
    return number if 1 <= number <= MAX_ID else None
