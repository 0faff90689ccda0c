"""People: the leaders named in minutes, some of whom log in."""

from __future__ import annotations

from datetime import date, datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates
from werkzeug.security import check_password_hash, generate_password_hash

from tracker import rules
from tracker.extensions import db
from tracker.text import clean_name
from tracker.workdays import absence

from .types import UTCDateTime, utcnow

ROLES = ("admin", "secretary", "member")
LANGUAGES = ("da", "en")


def name_key(name: str) -> str:
    """The form of a name used for matching: cleaned as stored (clean_name), casefolded."""
    return clean_name(name).casefold()


class Person(UserMixin, db.Model):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Casefolded name for matching "lasse lyø  rahbek" to "Lasse Lyø Rahbek" on any database.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    # People named in minutes often have no email yet; unique where given.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    title: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="member")
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(5), default="da")
    # Bumped on password change so every other session ends.
    auth_version: Mapped[int] = mapped_column(default=1)
    digest_enabled: Mapped[bool] = mapped_column(default=True, server_default=sa_true())
    deadline_reminders_enabled: Mapped[bool] = mapped_column(default=True, server_default=sa_true())
    # How often the digest comes while digest_enabled: "weekly", "biweekly" or "monthly".
    digest_frequency: Mapped[str] = mapped_column(
        String(10), default="weekly", server_default="weekly"
    )
    # Private calendar feed: no login, an unguessable token; renewing it stops the old URL.
    calendar_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The person's leader, and who stands in while they are away (both other people).
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    substitute_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    # Away (leave, illness) up to and including this day; the substitute stands in.
    absent_until: Mapped[date | None]
    # When the person left (deactivated) and when their name and email were erased (GDPR).
    deactivated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Single sign-on (tracker.auth.sso): the provider's issuer and the person's stable subject
    # there, bound at the first login through it; later logins are matched by these, never by
    # the email alone. A login whose email is this person's but whose subject is another is
    # refused and kept in sso_refused_*, for an admin to link (or not) on the person's page.
    sso_issuer: Mapped[str | None] = mapped_column(String(300))
    sso_subject: Mapped[str | None] = mapped_column(String(255))
    sso_refused_issuer: Mapped[str | None] = mapped_column(String(300))
    sso_refused_subject: Mapped[str | None] = mapped_column(String(255))
    sso_refused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The role the provider's groups gave at the last login through it, and when; a role that
    # came from groups is trusted for one session length after that (tracker.auth.group_roles).
    sso_role: Mapped[str | None] = mapped_column(String(20))
    sso_role_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_person_sso_subject", "sso_issuer", "sso_subject", unique=True),)

    manager: Mapped[Person | None] = relationship(
        remote_side="Person.id", foreign_keys=[manager_id]
    )
    substitute: Mapped[Person | None] = relationship(
        remote_side="Person.id", foreign_keys=[substitute_id]
    )

    @validates("name")
    def _keep_name_key(self, key: str, value: str) -> str:
        value = clean_name(value)
        self.name_key = name_key(value)
        return value

    def __repr__(self) -> str:
        return f"<Person {self.id} {self.name!r}>"

    # A person is the same person only as the same row (SQLAlchemy's identity map gives one
    # object per row): Flask-Login's UserMixin compares get_id(), which is "" for everybody
    # not logged in here, so any two such people were "equal" and `person in people` lied.
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    @property
    def is_active(self) -> bool:  # Flask-Login: inactive people cannot log in
        return self.active

    @property
    def first_name(self) -> str:
        """The first word of the name, for "Hej Mette," (tracker.rules.first_name)."""
        return rules.first_name(self.name)

    def absent_on(self, today: date) -> bool:
        """Away on ``today`` (tracker.rules.is_absent): the substitute stands in (for mail, see
        :meth:`mailable`)."""
        return rules.is_absent(self.absent_until, today)

    def mailable(self, at: datetime, settings) -> bool:
        """May get mail at ``at`` (tracker.workdays.absence.mailable): an address, active, and
        not away (no mail until the send time of the working day after the absence)."""
        return absence.mailable(self, at, settings)

    @property
    def can_log_in(self) -> bool:
        """True when the person has an email and a password."""
        return bool(self.email and self.password_hash and self.active)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_secretary(self) -> bool:
        """Secretaries manage meetings and actions; admins may do the same."""
        return self.role in ("secretary", "admin")

    # The login (tracker.auth.sessions) this object was loaded for; not a column.
    login_id = None

    def get_id(self) -> str:
        """Flask-Login's id for the cookies: the login, never the person alone."""
        return self.login_id or ""

    def set_password(self, password: str) -> None:
        """Store a salted scrypt hash of ``password``; links and reset tokens signed before stop."""
        self.use_password_hash(generate_password_hash(password))

    def use_password_hash(self, password_hash: str) -> None:
        """Store a hash made by ``set_password`` (the demo's people share one password)."""
        self.password_hash = password_hash
        self.auth_version = (self.auth_version or 0) + 1

    def check_password(self, password: str) -> bool:
        """Return True when ``password`` matches the stored hash."""
        return bool(self.password_hash) and check_password_hash(self.password_hash, password)


# What the trail records: data handed out, erased, merged, deactivated, imported; a role given or
# taken, an email changed, a password set by an administrator, the reminder settings changed;
# an account at the login provider linked or unlinked.
AUDIT_KINDS = (
    "export",
    "erase",
    "merge",
    "deactivate",
    "import",
    "role",
    "email",
    "password",
    "settings",
    "sso-link",
    "sso-unlink",
)


class PersonAudit(db.Model):
    """The audit trail of what was done to people's data: who did it, when, to whom."""

    __tablename__ = "person_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    # The person the entry is about; kept as a plain number too, for a person merged away.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    subject_id: Mapped[int | None]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # What was done, in words without personal data ("3 handlinger til #7", "noter slettet").
    detail: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person | None] = relationship(foreign_keys=[person_id])
    actor: Mapped[Person | None] = relationship(foreign_keys=[actor_id])
