"""Unbound Flask extensions; modules import them from here, never from ``tracker``."""

import smtplib
import sqlite3

import click
from flask import Flask, current_app
from flask_babel import Babel
from flask_login import LoginManager
from flask_mail import Connection, Mail
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
login = LoginManager()
login.login_view = "auth.login"
login.login_message = None
csrf = CSRFProtect()
babel = Babel()


class TimedConnection(Connection):
    """Flask-Mail's connection with a timeout: ``MAIL_TIMEOUT`` seconds for the connect and for
    every command after it.

    Flask-Mail 0.10 opens SMTP with none (upstream issue #114): a server that accepts and never
    answers would hold a delivery run for ever. Logs in whenever a user name is configured (an
    empty password is still a password). The message side: tracker.mail.sending.OutboxMail.
    """

    def configure_host(self) -> smtplib.SMTP:
        """The smtplib host: connected, TLS and login when configured; closed if any fails."""
        cls = smtplib.SMTP_SSL if self.mail.use_ssl else smtplib.SMTP
        timeout = current_app.config["MAIL_TIMEOUT"]
        host = cls(self.mail.server, self.mail.port, timeout=timeout)
        try:
            if self.mail.use_tls:
                host.starttls()
            if self.mail.username:
                host.login(self.mail.username, self.mail.password or "")
        except BaseException:
            host.close()
            raise
        return host

    def open(self) -> "TimedConnection":
        """Connect now, whatever MAIL_SUPPRESS_SEND says (Flask-Mail turns it on under TESTING):
        the outbox, not Flask-Mail, decides whether mail goes out (MAIL_SERVER set or not)."""
        self.host = self.configure_host()
        self.num_emails = 0
        return self


class TrackerMail(Mail):
    """Flask-Mail whose connections have a timeout (:class:`TimedConnection`)."""

    def connect(self) -> TimedConnection:
        """A connection with the current app's mail settings as they are now (a test or
        ``tracker serve`` may change them after ``init_app``); ``open()`` connects it."""
        app = current_app
        return TimedConnection(self.init_mail(app.config, app.debug, app.testing))


mail = TrackerMail()


MIGRATE_OPTIONS = {"compare_type": True, "render_as_batch": True}


def init_migrate(app: Flask, directory: str) -> None:
    """Flask-Migrate on ``app``, loaded at its first use rather than at start.

    Flask-Migrate imports Alembic (a third of a second), which only ``tracker db ...`` and code
    that calls ``flask_migrate.upgrade()`` and the like need; every gunicorn worker, scheduler
    and command would pay it. ``app.extensions["migrate"]`` and the ``db`` command group stand
    in until then and bind the real Flask-Migrate when first touched.
    """
    app.extensions["migrate"] = _PendingMigrate(app, directory)
    app.cli.add_command(_PendingDbGroup(app), "db")


def _bind_migrate(app: Flask, directory: str):
    from flask_migrate import Migrate

    Migrate(app, db, directory=directory, **MIGRATE_OPTIONS)  # its config and the db group
    return app.extensions["migrate"]


class _PendingMigrate:
    """Stands in ``app.extensions["migrate"]``; any attribute binds Flask-Migrate first."""

    def __init__(self, app: Flask, directory: str):
        self._pending = (app, directory)

    def __getattr__(self, name):
        return getattr(_bind_migrate(*self._pending), name)


class _PendingDbGroup(click.Group):
    """``tracker db``: Flask-Migrate's command group, imported when the command is run."""

    def __init__(self, app: Flask):
        super().__init__("db", help="Perform database migrations.")
        self._app = app

    def _real(self) -> click.Group:
        self._app.extensions["migrate"].migrate  # noqa: B018  (binds Flask-Migrate)
        from flask_migrate.cli import db as real

        return real

    def make_context(self, info_name, args, parent=None, **extra):
        return self._real().make_context(info_name, args, parent=parent, **extra)

    def get_command(self, ctx, cmd_name):
        return self._real().get_command(ctx, cmd_name)

    def list_commands(self, ctx):
        return self._real().list_commands(ctx)


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    """SQLite (the embedded default): write-ahead log, so readers never wait for a writer and a
    commit costs no full sync; wait for a busy database instead of failing at once."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
