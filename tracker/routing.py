"""What an address may carry, checked once for every route: no view sees a bad one; and the one
way an absolute address on this site is made (:func:`external_url`).

A path's ``<int:…>`` is a row id by the one id rule (tracker.forms_common.ascii_id), so an id
beyond the id columns (2^31 and up) is no match, a 404, rather than an error from PostgreSQL.
A path's text (a forum's slug, a token, a login provider's name) with a control character is
no match either: PostgreSQL refuses NUL in text. The query string's values are cleaned as a
form's one-line text is (tracker.text.clean_text): a search with NUL searches without it.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from flask import Flask, Request, current_app
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing import (
    IntegerConverter,
    MapAdapter,
    PathConverter,
    UnicodeConverter,
    ValidationError,
)
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


def external_url(endpoint: str, **values) -> str:
    """``url_for(endpoint, **values, _external=True)`` as people reach this site: under
    ``TRACKER_BASE_URL`` (scheme, host and any path prefix), whatever host a request came by,
    and outside a request too (the sweep, the commands). For emails, calendars, files, and the
    addresses a login provider is given; also the templates' ``external_url``."""
    app = current_app._get_current_object()
    adapter = _adapter(app, app.config["TRACKER_BASE_URL"])
    return adapter.build(endpoint, values, force_external=True)


@lru_cache(maxsize=16)
def _adapter(app: Flask, base_url: str) -> MapAdapter:
    """The URL map bound to the base URL (made once per app and base: an email has dozens)."""
    base = urlsplit(base_url)
    return app.url_map.bind(
        base.netloc, script_name=base.path or "/", url_scheme=base.scheme or "https"
    )


def init_app(app: Flask) -> None:
    """Use the converters and the request class (before any route is registered), and give the
    templates :func:`external_url`."""
    app.url_map.converters.update(
        int=IdConverter, default=TextConverter, string=TextConverter, path=CleanPathConverter
    )
    app.request_class = CleanRequest
    app.jinja_env.globals["external_url"] = external_url
