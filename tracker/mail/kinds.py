"""The kinds of email the tracker sends: one table, the one place a kind is described.

Each :class:`Kind` says what its outbox rows are called (``kind``), how its unique key is made
(and read back), its subject, its templates, its label on the outbox pages, and who may receive
it. A planner asks its kind for a :class:`PlannedEmail` (:meth:`Kind.plan`)
and for its keys (:meth:`Kind.key`, :meth:`Kind.prefix`, :meth:`Kind.parse`); nothing else
writes a key or a kind's name.

A new kind: add a row here (and its templates, ``email/<template>.txt`` and ``.html``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flask_babel import lazy_gettext as _l

if TYPE_CHECKING:
    from tracker.models import Person

# Who may receive a kind (``Kind.audience``).
OWNERS = "owners"  # the owner and co-owners of the actions it lists, each while mailable
LADDER = "ladder"  # a manager or the secretariat, on the escalation ladder, while mailable
ASKER = "asker"  # the person who asked for it a moment ago: at any hour, away or not


@dataclass
class PlannedEmail:
    """One email to make: its unique key, who gets it, and how to render it (made by
    :meth:`Kind.plan`; rendered and recorded by :mod:`tracker.mail.outbox`)."""

    key: str
    kind: str
    person: Person
    template: str
    subject: object
    context: dict = field(default_factory=dict)
    # Rows written in the same transaction as the email, or not at all: (table, values), e.g.
    # the escalation steps an email reports, so a rerun never takes a step without its email.
    extra: list = field(default_factory=list)
    # The person's first email: it opens with what the tracker is (email/_introduction.*).
    # None: record() asks the outbox.
    introduce: bool | None = None


@dataclass(frozen=True)
class Kind:
    """One kind of email: its name, key, subject, templates, label and audience."""

    name: str  # the outbox row's ``kind``, and the first part of its key
    parts: tuple[str, ...]  # the rest of the key, in order: "weekly:<person>:<week>"
    subject: Callable[..., object]  # the subject (lazy, translated when rendered) of values
    label: object  # the kind on the outbox pages (tracker.i18n's "mail_kind" labels)
    audience: str  # OWNERS, LADDER or ASKER
    template: str = ""  # email/<template>.txt and .html; the name when empty

    @property
    def any_hour(self) -> bool:
        """Asked for a moment ago: goes at any hour, introduces nothing, and its body (a
        personal link) is never shown on the outbox pages."""
        return self.audience == ASKER

    @property
    def templates(self) -> str:
        """The name of its templates under ``email/``."""
        return self.template or self.name

    def key(self, **parts) -> str:
        """The email's unique key (one per kind and ``parts``): "weekly:12:2025-W10"."""
        return ":".join([self.name, *(str(parts[p]) for p in self.parts)])

    def prefix(self, **parts) -> str:
        """The start shared by the keys whose leading parts are ``parts``: "chase:7:"."""
        given = []
        for part in self.parts:
            if part not in parts:
                break
            given.append(str(parts[part]))
        return ":".join([self.name, *given, ""])

    def parse(self, key: str) -> dict[str, str]:
        """The parts of one of this kind's keys, as text: {"person": "12", "week": "2025-W10"}."""
        name, *values = key.split(":")
        if name != self.name or len(values) != len(self.parts):
            raise ValueError(f"not a {self.name} key: {key!r}")
        return dict(zip(self.parts, values, strict=True))

    def plan(
        self, person: Person, context: dict, /, *, subject: dict | None = None, extra=(), **parts
    ) -> PlannedEmail:
        """The email of this kind to ``person``: key from ``parts``, subject from ``subject``'s
        values, ``context`` for the templates, ``extra`` rows written with it."""
        return PlannedEmail(
            self.key(**parts),
            self.name,
            person,
            self.templates,
            self.subject(**(subject or {})),
            context,
            extra=list(extra),
        )


WEEKLY = Kind(
    "weekly",
    ("person", "week"),
    lambda week: _l("Dine handlinger – uge %(week)d", week=week),
    _l("Ugentligt overblik"),
    OWNERS,
    template="digest",
)
STATUS_ROUND = Kind(
    "status_round",
    ("meeting", "person"),
    lambda forum: _l("Status før %(forum)s", forum=forum),
    _l("Statusrunde"),
    OWNERS,
)
DEADLINE_SOON = Kind(
    "deadline_soon",
    ("action", "due_end", "person"),
    lambda title: _l("Frist snart: %(title)s", title=title),
    _l("Frist snart"),
    OWNERS,
)
DEADLINE_PASSED = Kind(
    "deadline_passed",
    ("action", "due_end", "person"),
    lambda title: _l("Fristen er overskredet: %(title)s", title=title),
    _l("Frist overskredet"),
    OWNERS,
)
ASSIGNMENT = Kind(
    "assignment",
    ("person", "save"),
    lambda: _l("Nye handlinger til dig"),
    _l("Nye handlinger"),
    OWNERS,
)
PASSWORD_RESET = Kind(
    "password_reset",
    ("person", "request"),
    lambda: _l("Nulstil din adgangskode"),
    _l("Nulstil adgangskode"),
    ASKER,
)
ESCALATION = Kind(
    "escalation",
    ("step", "person", "week"),
    lambda: _l("Overskredne handlinger uden nyt"),
    _l("Eskalering"),
    LADDER,
)
CHASE = Kind(
    "chase",
    ("meeting", "person", "day"),
    lambda forum: _l("Påmindelse: status før %(forum)s", forum=forum),
    _l("Påmindelse fra sekretariatet"),
    OWNERS,
)

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        WEEKLY,
        STATUS_ROUND,
        DEADLINE_SOON,
        DEADLINE_PASSED,
        ASSIGNMENT,
        PASSWORD_RESET,
        ESCALATION,
        CHASE,
    )
}
# Asked for a moment ago (Kind.any_hour): sent at any hour, introduces nobody, body private.
ANY_HOUR_KINDS = tuple(name for name, kind in KINDS.items() if kind.any_hour)
