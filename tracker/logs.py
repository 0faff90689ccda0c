"""Logs without secrets: tokens in paths are hidden in every log the project configures.

The dev server (werkzeug), gunicorn's access and error logs and the app's own logger all pass
their records through :class:`RedactTokens`, tracebacks included. SQL parameters are kept out
by the engine option ``hide_parameters`` (config.py), and the value PostgreSQL names in a
constraint error is hidden here.
"""

from __future__ import annotations

import logging
import re

from gunicorn.glogging import Logger as GunicornLogger

# Paths whose last part is a secret: email login links, check-ins from an email (/e/), password
# resets, calendar feeds.
TOKEN_PATH = re.compile(r"(/(?:l|e|nulstil|kalender)/)[^/?#\s\"']+")
# Query parameters that carry a secret: a login provider's answer (code, state) and the like.
TOKEN_QUERY = re.compile(
    r"([?&](?:code|state|session_state|id_token|access_token|SAMLResponse|RelayState)=)"
    r"[^&#\s\"']+"
)
# PostgreSQL names the value that broke a constraint: "Key (email)=(torben@…) already exists".
KEY_DETAIL = re.compile(r"(Key \([^)]*\)=\().*?(\) (?:already exists|is not present))")
HIDDEN = "[skjult]"


def redact(text: str) -> str:
    """``text`` with every token in a secret path or query parameter (a login provider's code
    and state), and every value a database error names, replaced by "[skjult]"."""
    text = TOKEN_PATH.sub(rf"\g<1>{HIDDEN}", text)
    text = TOKEN_QUERY.sub(rf"\g<1>{HIDDEN}", text)
    return KEY_DETAIL.sub(rf"\g<1>{HIDDEN}\g<2>", text)


class RedactTokens(logging.Filter):
    """Rewrites each record's message with its tokens hidden (formatting it first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        hidden = redact(message)
        if hidden != message:
            record.msg, record.args = hidden, ()
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text: the traceback is written with its values hidden.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


def hide_tokens(logger: logging.Logger) -> None:
    """Attach the filter to ``logger`` once."""
    if not any(isinstance(f, RedactTokens) for f in logger.filters):
        logger.addFilter(RedactTokens())


class Gunicorn(GunicornLogger):
    """gunicorn's logger with tokens hidden in the access and error logs
    (``--logger-class tracker.logs.Gunicorn``)."""

    def setup(self, cfg):
        super().setup(cfg)
        hide_tokens(self.access_log)
        hide_tokens(self.error_log)


def init_app(app) -> None:
    """The app's own logger (exceptions name the request path) hides tokens too."""
    hide_tokens(app.logger)
