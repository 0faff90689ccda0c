"""Rendering emails (text and HTML, in the person's language) and building their MIME message.

Personal links are never stored: the outbox keeps placeholders (``LOGIN_TOKEN``, ``RESET_TOKEN``,
``@@checkin:<action id>:<purpose>@@``) and :func:`personalise` signs them for the recipient as
the email leaves. Other links in an email are plain addresses that need a normal login.
"""

from __future__ import annotations

import re
import secrets
from email import charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from urllib.parse import urlsplit

from babel.dates import get_day_names
from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _

from tracker.models import OutboxMessage, Person
from tracker.routing import external_url
from tracker.tokens import checkin_url, sign_checkin, sign_login, sign_reset

# Quoted-printable keeps every line under the SMTP limit, also for plain-ASCII bodies.
UTF8_QP = charset.Charset("utf-8")
UTF8_QP.body_encoding = charset.QP

# What the outbox stores in place of a person's tokens: they are signed only as the email
# leaves, so no page, log or database copy ever holds a usable link.
LOGIN_TOKEN = "@@login@@"
RESET_TOKEN = "@@reset@@"
MASK = "[personligt link]"
CHECKIN_TOKEN = re.compile(r"@@checkin:(\d+):([a-z_]+)@@")


def checkin_placeholder(action_id: int, purpose: str) -> str:
    """The outbox's stand-in for the check-in token of one action and purpose."""
    return f"@@checkin:{int(action_id)}:{purpose}@@"


def personalise(body: str, person: Person | None) -> str:
    """``body`` with the recipient's freshly signed tokens in place of the placeholders."""
    if LOGIN_TOKEN in body:
        body = body.replace(LOGIN_TOKEN, sign_login(person) if person else "")
    if RESET_TOKEN in body:
        body = body.replace(RESET_TOKEN, sign_reset(person) if person else "")
    if "@@checkin:" in body:
        body = _sign_checkins(body, person)
    return body


def _sign_checkins(body: str, person: Person | None) -> str:
    """Each check-in placeholder signed; the links of one action share a nonce, so the first
    check-in on an action spends all of that email's links for it."""
    nonces: dict[int, str] = {}

    def sign(match: re.Match) -> str:
        if person is None:
            return ""
        action_id = int(match.group(1))
        nonce = nonces.setdefault(action_id, secrets.token_urlsafe(12))
        return sign_checkin(person, action_id, match.group(2), nonce)

    return CHECKIN_TOKEN.sub(sign, body)


def masked(body: str) -> str:
    """``body`` as anyone but the recipient may see it: "[personligt link]" for each token."""
    return CHECKIN_TOKEN.sub(MASK, body.replace(LOGIN_TOKEN, MASK).replace(RESET_TOKEN, MASK))


def one_line(text: str) -> str:
    """Header-safe text: no CR or LF can start a new header ("x\\r\\nBcc: y")."""
    return " ".join(str(text).split())


def sender_name(sender: str) -> str:
    """The display name of the sender address (``MAIL_DEFAULT_SENDER``), or its address."""
    name, address = parseaddr(sender)
    return name or address


def from_header(sender: str) -> str:
    """The From header of ``sender`` ("Lederforum – opfølgning <tracker@kommune.dk>"): the
    display name encoded (RFC 2047) when it is not ASCII, on one line."""
    name, address = parseaddr(one_line(sender))
    return formataddr((name, address), charset="utf-8") if address else one_line(sender)


def envelope_sender(sender: str) -> str:
    """The bare address of ``sender``, for SMTP's MAIL FROM."""
    return parseaddr(one_line(sender))[1] or one_line(sender)


def introduction(person: Person, step: str | None = None) -> dict:
    """What a person's first email says about the tracker (in the current language): who sends
    it, why this person (``step``: an escalation's "manager" or "secretariat"), what they get
    and how often (their own settings, the configured days); the templates add where to change
    it (email/_introduction.*)."""
    config = current_app.config
    when = {
        "weekday": get_day_names("wide", locale=person.language or "da")[
            config["REMINDER_WEEKDAY"]
        ],
        "time": config["REMINDER_TIME"].strftime("%H:%M"),
    }
    frequency = person.digest_frequency if person.digest_enabled else "off"
    digest = {
        "weekly": _("et overblik over dine åbne handlinger hver %(weekday)s kl. %(time)s", **when),
        "biweekly": _(
            "et overblik over dine åbne handlinger hver anden %(weekday)s kl. %(time)s", **when
        ),
        "monthly": _(
            "et overblik over dine åbne handlinger den første %(weekday)s i måneden kl. %(time)s",
            **when,
        ),
    }.get(frequency, _("intet overblik over dine handlinger: du har slået det fra"))
    lines = [digest]
    if person.deadline_reminders_enabled:
        lines.append(
            _(
                "en påmindelse %(days)d dage før en frist, og arbejdsdagen efter, hvis den er "
                "overskredet",
                days=config["DEADLINE_SOON_DAYS"],
            )
        )
    lines.append(
        _("en statusrunde %(days)d dage før forummets næste møde", days=config["STATUS_ROUND_DAYS"])
    )
    lines.append(_("besked, når du får en ny handling"))
    why = {
        "manager": _("Du får den, fordi du er leder for en, der har en overskreden handling."),
        "secretariat": _("Du får den, fordi du er med i sekretariatet."),
    }.get(
        step or "",
        _("Du får den, fordi du er ansvarlig for eller medejer af en eller flere af handlingerne."),
    )
    return {"sender": sender_name(config["MAIL_DEFAULT_SENDER"]), "why": why, "lines": lines}


def render_email(
    template: str, person: Person, subject: str, introduce: bool = False, **context
) -> tuple[str, str, str]:
    """Render ``email/<template>.txt`` and ``.html`` for ``person`` in their language.

    ``subject`` is a lazy string, translated here in the person's language.
    ``link(endpoint, **values)`` is a plain address on this site (tracker.routing.external_url;
    a normal login opens it); ``checkin(action_id, purpose)`` the
    check-in page, with the placeholder of the person's token (see :func:`personalise`).
    ``introduce``: the person's first email, which opens with what the tracker is (``intro``).
    """
    with force_locale(person.language or "da"):
        context = {
            "person": person,
            "link": external_url,
            "checkin": lambda action_id, purpose: checkin_url(
                checkin_placeholder(action_id, purpose)
            ),
            "intro": introduction(person, context.get("step")) if introduce else None,
            **context,
        }
        text = render_template(f"email/{template}.txt", **context)
        html = render_template(f"email/{template}.html", **context)
        return one_line(subject), text, html


def new_message_id() -> str:
    """A Message-ID in the domain of the configured base URL."""
    host = urlsplit(current_app.config["TRACKER_BASE_URL"]).hostname or "tracker.local"
    return make_msgid(domain=host)


def build_mime(row: OutboxMessage, sender: str, now) -> MIMEMultipart:
    """The MIME message for an outbox row: plain text and HTML alternatives, Date, Message-ID.

    The links are signed here, for the row's person, and only while the row's address is still
    that person's.

    Built with the classic ``email.mime`` classes: several times faster than EmailMessage's
    header parsing, which matters at thousands of emails a sweep. Every header value is one line.
    """
    message = MIMEMultipart("alternative")
    message["From"] = from_header(sender)
    message["To"] = one_line(row.to_address)
    message["Subject"] = Header(one_line(row.subject), "utf-8")
    message["Date"] = format_datetime(now)
    message["Message-ID"] = one_line(row.message_id)
    message["Auto-Submitted"] = "auto-generated"
    # Signed only for a person who still has the row's address (OutboxMessage.still_addressed).
    person = row.person if row.still_addressed() else None
    message.attach(MIMEText(personalise(row.body_text, person), "plain", UTF8_QP))
    message.attach(MIMEText(personalise(row.body_html, person), "html", UTF8_QP))
    return message
