"""Render reminder emails (text and HTML, in the person's language) and build MIME messages."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import urlsplit

from flask import current_app, render_template
from flask_babel import force_locale

from tracker.auth.links import login_link
from tracker.models import OutboxMessage, Person


def one_line(text: str) -> str:
    """Header-safe text: no CR or LF can start a new header ("x\\r\\nBcc: y")."""
    return " ".join(str(text).split())


def render_email(template: str, person: Person, subject: str, **context) -> tuple[str, str, str]:
    """Render ``email/<template>.txt`` and ``.html`` for ``person`` in their language.

    ``subject`` is a lazy string, translated here in the person's language.
    """
    with force_locale(person.language or "da"):
        context = {"person": person, "link": lambda path: login_link(person, path), **context}
        text = render_template(f"email/{template}.txt", **context)
        html = render_template(f"email/{template}.html", **context)
        return one_line(subject), text, html


def new_message_id() -> str:
    """A Message-ID in the domain of the configured base URL."""
    host = urlsplit(current_app.config["TRACKER_BASE_URL"]).hostname or "tracker.local"
    return make_msgid(domain=host)


def build_mime(row: OutboxMessage, sender: str, now) -> EmailMessage:
    """The MIME message for an outbox row: plain text and HTML alternatives, Date, Message-ID."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = one_line(row.to_address)
    message["Subject"] = one_line(row.subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = row.message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(row.body_text)
    message.add_alternative(row.body_html, subtype="html")
    return message
