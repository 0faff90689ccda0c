"""The base of every form: text is cleaned before validation, lengths are checked in Danish.

``CleanForm`` gives each text field a filter (tracker.text.clean_text, or clean_name for a
``NameField``), so no view or service ever sees NUL, other control characters, untrimmed or
unnormalised text. ``max_length`` refuses text longer than its column with a Danish message.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from datetime import timedelta
from functools import partial

from flask import redirect, request, session
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import delete, select
from werkzeug.datastructures import MultiDict
from wtforms import (
    FieldList,
    FileField,
    Form,
    FormField,
    HiddenField,
    PasswordField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.csrf.core import CSRFTokenField
from wtforms.validators import Length

from tracker.extensions import db
from tracker.models import KeptForm, utcnow
from tracker.retention import KEPT_SECONDS
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


def query_id(value) -> int:
    """A query parameter as a row id, for ``request.args.get(name, default, type=query_id)``:
    a value that is no id by ascii_id's rule gives the default (werkzeug's ValueError rule)."""
    number = ascii_id(value)
    if number is None:
        raise ValueError("no id")
    return number


# --- Post/Redirect/Get for a refused form -----------------------------------------------------
#
# A refused POST does not render the page at the POST address (Back would then ask to send the
# form again): what the person typed and the error messages are kept under a key for the form
# and its object, the answer is 303 to the page's GET address, and that GET shows the form as it
# was sent, with its errors, once. Never kept: passwords, CSRF tokens, files and the buttons.
# One way of keeping: a row of kept_form for the person (the logged-in one, or the one a
# check-in link is for), committed by the request as any change (tracker.transactions); the
# session cookie holds only a random key to the row. With nobody to keep it for, or too big
# even for the row, nothing is kept: the view renders the refused form at the POST address.

KEPT = "kept_forms"
KEPT_FORMS = 3  # at most this many kept at once (several tabs), the oldest forgotten
KEPT_ROOM = 2_000_000  # characters for one form kept in the database
NOT_KEPT = (CSRFTokenField, PasswordField, FileField, SubmitField)


def _leaves(fields):
    for field in fields:
        if isinstance(field, (FormField, FieldList)):
            yield from _leaves(field)
        else:
            yield field


def _person_id(person) -> int | None:
    """The id of ``person``, or of the person logged in; None for nobody."""
    if person is not None:
        return person.id
    return current_user.get_id() and getattr(current_user, "id", None)


def keep_for_next_page(form, key: str, mark: str | None = None, person=None) -> bool:
    """Keep ``form``'s sent values and errors under ``key`` for the next GET, for ``person``
    (default: the one logged in); False (nothing kept) with nobody to keep them for or when
    they are too big. ``mark`` (e.g. "preview") comes back from restore().

    A refused form saves nothing else: what the view changed is rolled back first, and the
    request commits the kept row alone."""
    values, errors = [], {}
    for field in _leaves(form):
        if field.errors and isinstance(field.errors, (list, tuple)):  # a password's too
            errors[field.name] = [str(message) for message in field.errors]
        if not isinstance(field, NOT_KEPT):
            values += [
                (field.name, value) for value in (field.raw_data or ()) if isinstance(value, str)
            ]
    entry = {"values": values, "errors": errors}
    entry["form_errors"] = [str(message) for message in getattr(form, "form_errors", ())]
    if mark:
        entry["mark"] = mark
    payload = json.dumps(entry, ensure_ascii=False)
    person_id = _person_id(person)
    if person_id is None or len(payload) > KEPT_ROOM:
        return False
    db.session.rollback()
    now = int(time.time())
    old = session.get(KEPT) or {}
    kept = {k: v for k, v in old.items() if k != key and now - v.get("at", 0) < KEPT_SECONDS}
    kept = dict(sorted(kept.items(), key=lambda item: item[1]["at"])[-(KEPT_FORMS - 1) :])
    forgotten = [v.get("ref", "") for k, v in old.items() if kept.get(k) is not v]
    ref = secrets.token_urlsafe(24)
    _keep_in_database(person_id, key, ref, payload, forgotten)
    session[KEPT] = {**kept, key: {"at": now, "ref": ref}}
    return True


def _keep_in_database(person_id: int, key: str, ref: str, payload: str, forgotten) -> None:
    """Add ``payload`` as the kept_form row of ``person_id`` under ``ref`` (only its hash is
    stored); forget the rows named in ``forgotten``, the person's older one for ``key`` and
    every row older than KEPT_SECONDS. Flushes; the request commits."""
    now = utcnow()
    db.session.execute(
        delete(KeptForm).where(
            (KeptForm.created_at < now - timedelta(seconds=KEPT_SECONDS))
            | (KeptForm.key_hash.in_([_hash(old) for old in forgotten]))
            | ((KeptForm.person_id == person_id) & (KeptForm.form_key == key[:300]))
        )
    )
    db.session.add(
        KeptForm(
            key_hash=_hash(ref),
            person_id=person_id,
            form_key=key[:300],
            payload=payload,
            created_at=now,
        )
    )
    db.session.flush()


def _from_database(ref: str, key: str, person_id: int | None) -> dict | None:
    """The entry kept in the database under ``ref`` for ``key``, read once (the row is deleted;
    the request commits); None when it is gone, too old, or not ``person_id``'s."""
    row = db.session.scalar(select(KeptForm).where(KeptForm.key_hash == _hash(str(ref))))
    if row is None:
        return None
    fresh = utcnow() - row.created_at < timedelta(seconds=KEPT_SECONDS)
    mine = person_id is not None and row.person_id == person_id
    if mine or not fresh:
        db.session.execute(delete(KeptForm).where(KeptForm.id == row.id))
    if not (fresh and mine and row.form_key == key[:300]):
        return None
    try:
        entry = json.loads(row.payload)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) else None


def _hash(ref: str) -> str:
    return hashlib.sha256(ref.encode()).hexdigest()


def restore(form, key: str, person=None) -> bool | str:
    """Put what was kept under ``key`` for ``person`` (default: the one logged in) back into
    ``form`` (values and errors) and forget it.

    False when nothing (recent) was kept; the form is then as the view made it. Otherwise the
    mark it was kept with (keep_for_next_page), or True."""
    kept = session.get(KEPT) or {}
    if key not in kept:
        return False
    entry = kept.pop(key)
    session[KEPT] = kept
    if not kept:
        session.pop(KEPT)
    if "ref" not in entry:  # kept in the cookie itself by an older version: forgotten
        return False
    entry = _from_database(entry["ref"], key, _person_id(person))  # a stale row deleted unread
    if entry is None:
        return False
    form.process(formdata=MultiDict([tuple(pair) for pair in entry.get("values", ())]))
    errors = entry.get("errors", {})
    for field in _leaves(form):
        if field.name in errors:
            field.errors = list(errors[field.name])
    if entry.get("form_errors"):
        form.form_errors = list(entry["form_errors"])
    return entry.get("mark") or True


def refused(form, key: str, url: str | None = None, mark: str | None = None, person=None):
    """Post/Redirect/Get for a form that was refused (call it after the form's save path).

    On a POST: keep the form (keep_for_next_page, with ``mark``, for ``person``) and return a
    303 to ``url`` (the request's own address by default, for a page that shows and takes its
    form); None when it could not be kept, so the view renders as before. On a GET: restore
    what was kept and return None.
    """
    if request.method == "POST":
        if keep_for_next_page(form, key, mark, person):
            return redirect(url or request.url, 303)
        return None
    restore(form, key, person)
    return None
