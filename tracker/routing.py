"""What an address may carry, checked once for every route: no view sees a bad one.

A path's ``<int:…>`` is a row id by the one id rule (tracker.forms_common.ascii_id), so an id
beyond the id columns (2^31 and up) is no match, a 404, rather than an error from PostgreSQL.
A path's text (a forum's slug, a token, a login provider's name) with a control character is
no match either: PostgreSQL refuses NUL in text. The query string's values are cleaned as a
form's one-line text is (tracker.text.clean_text): a search with NUL searches without it.
"""

from __future__ import annotations

from flask import Flask, Request
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing import IntegerConverter, PathConverter, UnicodeConverter, ValidationError
from werkzeug.utils import cached_property

from tracker.forms_common import ascii_id
from tracker.text import clean_text, has_controls


class IdConverter(IntegerConverter):
    """``<int:…>``: a row id within the id columns, else no match."""

    def to_python(self, value: str) -> int:
        """The id, or ValidationError (the route does not match: 404)."""
        number = ascii_id(value)
        if number is None:
            raise ValidationError()
        return number


class TextConverter(UnicodeConverter):
    """``<…>`` and ``<string:…>``: one path segment without control characters."""

    def to_python(self, value: str) -> str:
        """``value``, or ValidationError when it holds a control character."""
        if has_controls(value):
            raise ValidationError()
        return value


class CleanPathConverter(PathConverter):
    """``<path:…>``: as TextConverter, slashes allowed."""

    to_python = TextConverter.to_python


class CleanRequest(Request):
    """A request whose query values are cleaned like a form's one-line text."""

    @cached_property
    def args(self) -> ImmutableMultiDict[str, str]:
        """The query string's parameters, each value without control characters, trimmed."""
        raw = Request.args.fget(self)  # werkzeug's parsing, not its cached copy
        return self.parameter_storage_class(
            [(key, clean_text(value)) for key, value in raw.items(multi=True)]
        )


def init_app(app: Flask) -> None:
    """Use the converters and the request class (before any route is registered)."""
    app.url_map.converters.update(
        int=IdConverter, default=TextConverter, string=TextConverter, path=CleanPathConverter
    )
    app.request_class = CleanRequest
