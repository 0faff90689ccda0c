"""The outbox: every email the system sends is planned, rendered, recorded, then delivered.

No blueprint and no views (the outbox pages are ``tracker.reminders.views``). It depends on the
models, the extensions, Flask and Flask-Babel only, never on an area such as auth or reminders:
personal tokens come from ``tracker.tokens``.

- :mod:`tracker.mail.kinds`: the one table of email kinds (key, subject, templates, label, who
  may receive it); a kind's ``plan()`` makes its :class:`PlannedEmail`.
- :mod:`tracker.mail.outbox`: :func:`render_row` and :func:`record`, the one write path into
  the outbox; :func:`queue_assignment_notices`; whether a person's email is
  their first (:func:`introduced`), which then introduces the tracker.
- :mod:`tracker.mail.render`: templates in the person's language, token placeholders, masking,
  the MIME message.
- :mod:`tracker.mail.delivery`: sending the outbox over SMTP, with Flask-Mail
  (:mod:`tracker.mail.sending`).
"""

from .kinds import ANY_HOUR_KINDS, KINDS, PlannedEmail
from .outbox import (
    decide_introductions,
    introduced,
    queue_assignment_notices,
    record,
    render,
    render_row,
)
from .render import LOGIN_TOKEN, RESET_TOKEN, masked

__all__ = [
    "ANY_HOUR_KINDS",
    "KINDS",
    "LOGIN_TOKEN",
    "RESET_TOKEN",
    "PlannedEmail",
    "decide_introductions",
    "introduced",
    "masked",
    "queue_assignment_notices",
    "record",
    "render",
    "render_row",
]
