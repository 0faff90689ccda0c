"""Flask-Mail, the sending layer, with its two known gaps closed.

The extension is :data:`tracker.extensions.mail`, initialised in ``create_app``:

1. Flask-Mail 0.10 opens SMTP without a timeout (upstream issue #114).
   :class:`tracker.extensions.TimedConnection`, which ``mail.connect()`` gives, opens it with
   ``MAIL_TIMEOUT`` seconds for the connect and every command after it.
2. Importing Flask-Mail sets the ``utf-8`` charset to 8-bit bodies for the whole process, and an
   8-bit body keeps its lines as long as the text has them: a note of 5,000 characters would make
   a line beyond SMTP's limit of 998. :class:`OutboxMail` builds its MIME with a
   quoted-printable charset of its own (:data:`tracker.mail.render.UTF8_QP`, per message, not
   the global table), so every line stays under 78 characters whatever the text.

Delivery (:mod:`tracker.mail.delivery`) sends MAIL, RCPT and DATA one by one, to charge a
failure to the server or to the one email it is about; Flask-Mail's ``Connection.send`` does all
three in one ``sendmail`` and cannot tell them apart. So delivery gives those commands to the
connection's smtplib host (``connection.host``), then announces the email as ``send`` would,
with Flask-Mail's ``email_dispatched`` signal (:func:`dispatched`).
"""

from __future__ import annotations

from datetime import datetime
from email.policy import compat32

from flask import current_app
from flask_mail import Message, email_dispatched

from tracker.models import OutboxMessage

from .render import build_mime

WIRE = compat32.clone(linesep="\r\n")  # SMTP lines end in CRLF


class OutboxMail(Message):
    """An outbox row as a Flask-Mail message, whose MIME is :func:`build_mime` (quoted-printable
    bodies, the row's Message-ID, links signed for the row's person), not Flask-Mail's 8-bit one.

    Flask-Mail's ``__init__`` is not called: it would make a Message-ID from the host's name (a
    look-up per email) that the row has already; the attributes it sets are set here.
    """

    def __init__(self, row: OutboxMessage, sender: str, now: datetime) -> None:
        self.row, self.now = row, now
        self.subject, self.sender, self.recipients = row.subject, sender, [row.to_address]
        self.cc, self.bcc, self.reply_to, self.attachments = [], [], None, []
        self.body, self.alts, self.charset, self.extra_headers = row.body_text, {}, None, None
        self.html = row.body_html
        self.date, self.msgId = now.timestamp(), row.message_id
        self.mail_options, self.rcpt_options = [], []
        self._wire: bytes | None = None

    def _message(self):
        """The MIME message (tracker.mail.render.build_mime), as Flask-Mail's API expects."""
        return build_mime(self.row, self.sender, self.now)

    def as_bytes(self) -> bytes:
        """The message as it goes over the wire (CRLF line ends, no line over 78 characters),
        made once: a listener of ``email_dispatched`` sees the very bytes that were sent."""
        if self._wire is None:
            self._wire = self._message().as_bytes(policy=WIRE)
        return self._wire


def dispatched(message: OutboxMail) -> None:
    """Tell Flask-Mail's listeners (``email_dispatched``) that ``message`` has gone out."""
    email_dispatched.send(current_app._get_current_object(), message=message)
