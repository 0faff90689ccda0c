"""Rendering emails (text and HTML, in the person's language) and building their MIME message.

Personal links are never stored: the outbox keeps placeholders (``LOGIN_TOKEN``, ``RESET_TOKEN``)
and :func:`personalise` signs them for the recipient as the email leaves.
"""

from __future__ import annotations

from email import charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid
from urllib.parse import urlsplit

from flask import current_app, render_template
from flask_babel import force_locale

from tracker.models import OutboxMessage, Person
from tracker.tokens import login_url, sign_login, sign_reset

# Quoted-printable keeps every line under the SMTP limit, also for plain-ASCII bodies.
UTF8_QP = charset.Charset("utf-8")
UTF8_QP.body_encoding = charset.QP

# What the outbox stores in place of a person's tokens: they are signed only as the email
# leaves, so no page, log or database copy ever holds a usable link.
LOGIN_TOKEN = "@@login@@"
RESET_TOKEN = "@@reset@@"
MASK = "[personligt link]"


def personalise(body: str, person: Person | None) -> str:
    """``body`` with the recipient's freshly signed tokens in place of the placeholders."""
    if LOGIN_TOKEN in body:
        body = body.replace(LOGIN_TOKEN, sign_login(person) if person else "")
    if RESET_TOKEN in body:
        body = body.replace(RESET_TOKEN, sign_reset(person) if person else "")
    return body


def masked(body: str) -> str:
    """``body`` as anyone but the recipient may see it: "[personligt link]" for each token."""
    return body.replace(LOGIN_TOKEN, MASK).replace(RESET_TOKEN, MASK)


def one_line(text: str) -> str:
    """Header-safe text: no CR or LF can start a new header ("x\\r\\nBcc: y")."""
    return " ".join(str(text).split())


def render_email(template: str, person: Person, subject: str, **context) -> tuple[str, str, str]:
    """Render ``email/<template>.txt`` and ``.html`` for ``person`` in their language.

    ``subject`` is a lazy string, translated here in the person's language. Links carry the
    placeholder of the person's token (see :func:`personalise`).
    """
    with force_locale(person.language or "da"):
        context = {"person": person, "link": lambda path: login_url(LOGIN_TOKEN, path), **context}
        text = render_template(f"email/{template}.txt", **context)
        html = render_template(f"email/{template}.html", **context)
        return one_line(subject), text, html


def new_message_id() -> str:
    """A Message-ID in the domain of the configured base URL."""
    host = urlsplit(current_app.config["TRACKER_BASE_URL"]).hostname or "tracker.local"
    return make_msgid(domain=host)


def build_mime(row: OutboxMessage, sender: str, now) -> MIMEMultipart:
    """The MIME message for an outbox row: plain text and HTML alternatives, Date, Message-ID.

    The links are signed here, for the row's person.

    Built with the classic ``email.mime`` classes: several times faster than EmailMessage's
    header parsing, which matters at thousands of emails a sweep. Every header value is one line.
    """
    message = MIMEMultipart("alternative")
    message["From"] = one_line(sender)
    message["To"] = one_line(row.to_address)
    message["Subject"] = Header(one_line(row.subject), "utf-8")
    message["Date"] = format_datetime(now)
    message["Message-ID"] = one_line(row.message_id)
    message["Auto-Submitted"] = "auto-generated"
    message.attach(MIMEText(personalise(row.body_text, row.person), "plain", UTF8_QP))
    message.attach(MIMEText(personalise(row.body_html, row.person), "html", UTF8_QP))
    return message
