"""Logs without secrets or personal data, one line per record, in every log the project
configures.

The dev server (werkzeug), gunicorn's access and error logs and the app's own loggers (its
handlers too, so ``tracker.reminders.*`` and ``tracker.mail.*``) pass their records through
:class:`RedactTokens`, tracebacks included: tokens in paths and every query value are hidden
(a search, a name, a note's words, a login provider's code, state or error_description, where
Entra writes the person's address), and control characters in a message are escaped, so a
``%0A`` in a path cannot forge a line. SQL parameters are kept out by the engine option
``hide_parameters`` (config.py), and the value PostgreSQL names in a constraint error is
hidden here.
"""

from __future__ import annotations

import logging
import re

from gunicorn.glogging import Logger as GunicornLogger

# Paths whose last part is a secret: email login links, check-ins from an email (/e/), password
# resets, calendar feeds.
TOKEN_PATH = re.compile(r"(/(?:l|e|nulstil|kalender)/)[^/?#\s\"']+")
# Every query value, the parameter's name kept: what people search for and filter by is theirs,
# and a login provider's answer carries secrets (code, state) and the person's address.
QUERY_VALUE = re.compile(r"([?&][^=&#?\s\"']*=)[^&#\s\"']+")
# PostgreSQL names the value that broke a constraint: "Key (email)=(torben@…) already exists".
KEY_DETAIL = re.compile(r"(Key \([^)]*\)=\().*?(\) (?:already exists|is not present))")
HIDDEN = "[skjult]"
# Control characters (and Unicode's line and paragraph separators) but colour codes (werkzeug
# colours its lines on a terminal): escaped, so each record stays the one line it is.
CONTROL = re.compile(r"\x1b\[[0-9;]*m|[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def redact(text: str) -> str:
    """``text`` with every token in a secret path, every query value, and every value a
    database error names, replaced by "[skjult]"."""
    text = TOKEN_PATH.sub(rf"\g<1>{HIDDEN}", text)
    text = QUERY_VALUE.sub(rf"\g<1>{HIDDEN}", text)
    return KEY_DETAIL.sub(rf"\g<1>{HIDDEN}\g<2>", text)


def one_line(text: str) -> str:
    """``text`` with its control characters escaped (a line break is ``\\n``), colours kept."""
    return CONTROL.sub(
        lambda found: found[0] if len(found[0]) > 1 else found[0].encode("unicode_escape").decode(),
        text,
    )


class RedactTokens(logging.Filter):
    """Rewrites each record's message with its tokens and query values hidden and its control
    characters escaped (formatting it first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        hidden = one_line(redact(message))
        if hidden != message:
            record.msg, record.args = hidden, ()
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text: the traceback is written with its values hidden.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


def hide_tokens(logger: logging.Logger | logging.Handler) -> None:
    """Attach the filter to ``logger`` (or a handler) once."""
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
    """The app's own logger (exceptions name the request path) hides tokens too, and so do its
    handlers (Flask's default one), which write what the loggers below it
    (``tracker.scheduler.jobs``, ...) pass up: a logger's filters see only its own records."""
    from flask.logging import default_handler  # what Flask adds where no logging is set up

    hide_tokens(app.logger)
    for handler in (default_handler, *app.logger.handlers):
        hide_tokens(handler)
