"""Shared fixtures: the app on an empty database, a client with CSRF tokens, people who log in."""

from __future__ import annotations

import copy
import os
import re
import smtplib
import sys
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from jinja2 import FileSystemBytecodeCache
from sqlalchemy import text

from tracker import create_app
from tracker.extensions import db as _db

DATABASE_VARIABLES = ("TEST_DATABASE_URL", "TEST_MIGRATE_DATABASE_URL")
JINJA_CACHE_DIR = Path(__file__).parent / "__pycache__" / "jinja"

# Cache compiled modules even where PYTHONDONTWRITEBYTECODE is set (as on some CI images and
# sandboxes): otherwise every xdist worker compiles the app and rewrites the asserts of every
# test module again on every run (about 4 s of CPU per worker), and every process a test starts
# compiles the app again. The caches are the ordinary __pycache__ folders, ignored by git.
sys.dont_write_bytecode = False


def pytest_configure(config):
    """Under pytest-xdist each worker gets PostgreSQL databases of its own (``…_gw0``).

    The suite empties and migrates its databases freely, so two workers may never share one.
    The processes a test starts inherit the worker's URLs through the environment.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return
    for variable in DATABASE_VARIABLES:
        url = os.environ.get(variable, "")
        if url.startswith("postgresql"):
            os.environ[variable] = _fresh_database(url, worker)


def pytest_ignore_collect(collection_path, config):
    """With ``-m "not browser"`` the browser tests are not even imported (Playwright and their
    helpers cost each worker about a second); every test there is a browser test (see
    ``pytest_collection_modifyitems``)."""
    if config.getoption("markexpr", "") == "not browser":
        return "browser" in collection_path.relative_to(Path(__file__).parent).parts or None
    return None


# Modules whose tests start processes (servers, sweeps, schedulers) or take seconds each.
SLOW_MODULES = (
    "test_serving",
    "test_security_processes",
    "test_serve_command",
    "test_reminders_cli",
    "test_report_files",
    "test_delivery_parallel",
    "test_holidays_schedule",
    "test_people_import",
    "test_security",
    "test_csrf",
)


def pytest_collection_modifyitems(config, items):
    """Everything under tests/browser is marked ``browser``.

    The slow tests go first, so that pytest-xdist hands them out while every worker has work
    to fill the gaps with; last, one would keep a worker busy alone at the end of the run."""
    browser_dir = Path(__file__).parent / "browser"
    for item in items:
        if browser_dir in item.path.parents:
            item.add_marker(pytest.mark.browser)
    rank = {name: n for n, name in enumerate(SLOW_MODULES)}

    def slowness(item):
        return rank.get(item.module.__name__.rpartition(".")[2], len(rank)) if item.module else 0

    items.sort(key=slowness)  # stable: in each group the order of the files


def _fresh_database(url: str, worker: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = f"{parsed.database}_{worker}"
    server = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return parsed.set(database=name).render_as_string(hide_password=False)


CSRF_RE = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
ALLOWED_SMTP_PORTS: set[int] = set()


@pytest.fixture(autouse=True)
def smtp_guard(monkeypatch):
    """Fail any SMTP connection a test did not ask for (and anything beyond 127.0.0.1)."""
    original = smtplib.SMTP.connect

    def guarded(self, host="localhost", port=0, source_address=None):
        if host not in ("127.0.0.1", "localhost") or int(port) not in ALLOWED_SMTP_PORTS:
            raise AssertionError(f"unexpected SMTP connection to {host}:{port}")
        return original(self, host, port, source_address)

    monkeypatch.setattr(smtplib.SMTP, "connect", guarded)
    yield


@pytest.fixture(autouse=True)
def cheap_password_hash(request, monkeypatch):
    """Every password the app hashes in a test (the demo's logins, a reset, ``users create``)
    gets the factories' cheap hash: scrypt costs a tenth of a second per hash and again per
    check. So does the hash a login without an account is checked against, to take as long as
    one with. A test of the hash itself is marked ``real_password_hash``; processes a test
    starts hash for real."""
    if request.node.get_closest_marker("real_password_hash"):
        return
    from tests.factories import cheap_hash, hashing_module
    from tracker.auth import services as auth_services

    monkeypatch.setattr(hashing_module(), "generate_password_hash", cheap_hash)
    monkeypatch.setattr(auth_services, "_DUMMY_HASH", cheap_hash("no account"))


class IsolatedClient(FlaskClient):
    """Runs each request in its own app context, as in production: fresh ``g`` and session.

    The test's own session commits before and forgets its cache after, so both sides agree.
    """

    def open(self, *args, **kwargs):
        _db.session.commit()
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        _db.session.expire_all()
        return response


TEST_SECRET_KEY = "test-secret-key-that-is-long-enough-0123456789"


def _test_config(url: str, instance_dir) -> dict:
    return {
        "TESTING": True,
        "INSTANCE_DIR": str(instance_dir),
        "SECRET_KEY": TEST_SECRET_KEY,
        "SQLALCHEMY_DATABASE_URI": url,
        "TRACKER_BASE_URL": "http://tracker.test",
    }


@pytest.fixture(scope="session")
def session_app(tmp_path_factory):
    """One app and one database schema for the whole run; ``app`` hands it to each test.

    The database is ``TEST_DATABASE_URL`` (PostgreSQL) or an SQLite file. The processes some
    tests start (gunicorn, sweeps, schedulers) open the same URL, so they see what a test
    committed. One app rather than one per test keeps its compiled templates, routes and SQL.
    """
    url = os.environ.get("TEST_DATABASE_URL") or (
        f"sqlite:///{tmp_path_factory.mktemp('database') / 'test.db'}"
    )
    app = create_app(_test_config(url, tmp_path_factory.mktemp("instance")))
    app.test_client_class = IsolatedClient
    # Compiled templates are kept between runs beside the compiled modules (as .pyc files
    # are): each worker otherwise compiles every template again, about 1 s of CPU. Jinja
    # checks each template's source, so an edited one is compiled anew.
    JINJA_CACHE_DIR.mkdir(parents=True, exist_ok=True)
    app.jinja_env.bytecode_cache = FileSystemBytecodeCache(str(JINJA_CACHE_DIR))
    with app.app_context():
        _db.drop_all()
        _db.create_all()
        _db.engine.dispose()
    yield app
    with app.app_context():
        _db.drop_all()
        _db.engine.dispose()


_EMPTYING: dict[str, str] = {}  # database URL -> the SQL that empties it


def _emptying_sql(connection) -> str:
    """One batch that deletes every row (children first) and restarts every id at 1.

    (On PostgreSQL, DELETE of a few rows is about five times faster than TRUNCATE, which
    makes new files for every table and index.)"""
    tables = _db.metadata.sorted_tables
    quote = connection.dialect.identifier_preparer.format_table
    statements = [f"DELETE FROM {quote(table)}" for table in reversed(tables)]
    if connection.dialect.name == "postgresql":
        for table in tables:
            for column in table.primary_key.columns:
                sequence = connection.execute(
                    text("SELECT pg_get_serial_sequence(:table, :column)"),
                    {"table": table.name, "column": column.name},
                ).scalar()
                if sequence:
                    statements.append(f"ALTER SEQUENCE {sequence} RESTART")
    elif connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
    ).first():
        statements.append("DELETE FROM sqlite_sequence")
    return ";\n".join(statements)


def empty_database() -> None:
    """Delete every row of every table in one transaction; ids start again at 1."""
    url = str(_db.engine.url)
    with _db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Wait for a straggling process of the previous test a while, not forever.
            connection.execute(text("SET LOCAL lock_timeout = '20s'"))
        if url not in _EMPTYING:
            _EMPTYING[url] = _emptying_sql(connection)
        if connection.dialect.name == "sqlite":  # its driver runs one statement per call
            for statement in _EMPTYING[url].split(";\n"):
                connection.exec_driver_sql(statement)
        else:
            connection.exec_driver_sql(_EMPTYING[url])


@pytest.fixture
def app(session_app, tmp_path):
    """The app on an empty database with the full schema, its configuration as created.

    What a test changes in ``app.config`` is put back afterwards; the instance folder is the
    test's own ``tmp_path``; every connection goes back to the pool after the test, its
    transaction rolled back (no lock outlives it). The pool is kept: closing SQLite's last
    connection checkpoints and deletes its write-ahead log, and the next test would open and set
    up a new one (about 15 ms a test).
    """
    app = session_app
    config, instance_path = copy.deepcopy(dict(app.config)), app.instance_path
    app.config["INSTANCE_DIR"] = app.instance_path = str(tmp_path)
    try:
        with app.app_context():
            empty_database()
            yield app
            _db.session.remove()
    finally:
        app.config.clear()
        app.config.update(config)
        app.instance_path = instance_path


@pytest.fixture
def smtp(app):
    """A real SMTP server on 127.0.0.1, configured as the app's mail server."""
    from tests.smtp import SMTPServer

    with SMTPServer() as server:
        ALLOWED_SMTP_PORTS.add(server.port)
        app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, MAIL_TIMEOUT=2.0)
        try:
            yield server.handler
        finally:
            ALLOWED_SMTP_PORTS.discard(server.port)


@pytest.fixture
def db(app):
    """The database session bound to the test app."""
    return _db


def set_cookies(response) -> dict[str, dict]:
    """The cookies a response sets, by name, read from its ``Set-Cookie`` headers.

    ``{"session": {"value": "...", "expires": datetime, "httponly": True, "samesite": "Lax"}}``;
    an attribute the header does not carry is absent.
    """
    from email.utils import parsedate_to_datetime

    cookies = {}
    for header in response.headers.getlist("Set-Cookie"):
        name_value, *attributes = (part.strip() for part in header.split(";"))
        name, _, value = name_value.partition("=")
        cookie = {"value": value}
        for attribute in attributes:
            key, has_value, attribute_value = attribute.partition("=")
            cookie[key.lower()] = attribute_value if has_value else True
        if "expires" in cookie:
            cookie["expires"] = parsedate_to_datetime(cookie["expires"])
        cookies[name] = cookie
    return cookies


class Client:
    """A test client that posts with a CSRF token found on a page, like a browser."""

    def __init__(self, flask_client):
        self.raw = flask_client
        self._tokens: dict[str, str] = {}  # the session's CSRF secret -> a token found for it

    def get(self, url, **kwargs):
        return self.raw.get(url, **kwargs)

    def _csrf_secret(self) -> str | None:
        """The CSRF secret in the client's session cookie (what every token of it is made of)."""
        app = self.raw.application
        cookie = self.raw.get_cookie(app.config["SESSION_COOKIE_NAME"])
        if cookie is None:
            return None
        serializer = app.session_interface.get_signing_serializer(app)
        return serializer.loads(cookie.value).get("csrf_token")

    def csrf_token(self, page="/login"):
        """A token from ``page``, as a browser has it from the form; fetched once per session.

        Every token of one session is as good as another (Flask-WTF signs the session's one
        secret), so after the first the page is not rendered again for its token: a new login
        or a logout makes a new secret and so a new fetch. That each POST form the app renders
        carries its token is tests/security/test_csrf.py's job."""
        secret = self._csrf_secret()
        if secret in self._tokens:
            return self._tokens[secret]
        return self.visit_for_token(page)

    def visit_for_token(self, page):
        """GET ``page`` and return the CSRF token of its form."""
        html = self.raw.get(page).get_data(as_text=True)
        match = CSRF_RE.search(html)
        assert match, f"no CSRF token on {page}"
        secret = self._csrf_secret()
        if secret is not None:
            self._tokens[secret] = match.group(1)
        return match.group(1)

    def post(self, url, data=None, token_from=None, **kwargs):
        """POST ``data`` with a CSRF token; ``token_from`` is a page visited first for it (what
        the visit shows, such as a flashed message, is then seen), else one the session has."""
        data = dict(data or {})
        if "csrf_token" not in data:
            data["csrf_token"] = (
                self.csrf_token(url) if token_from is None else self.visit_for_token(token_from)
            )
        return self.raw.post(url, data=data, **kwargs)

    def login(self, person, password="correct horse battery"):
        response = self.post("/login", {"email": person.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        return response

    def logout(self):
        return self.post("/logout", token_from="/fora")


@pytest.fixture
def client(app):
    """A client that has not logged in."""
    return Client(app.test_client())


@pytest.fixture
def secretary(db):
    from tests.factories import make_person

    return make_person(name="Sara Sekretær", email="sara@example.org", role="secretary")


@pytest.fixture
def member(db):
    from tests.factories import make_person

    return make_person(name="Torben Chef", email="torben@example.org", role="member")


@pytest.fixture
def admin(db):
    from tests.factories import make_person

    return make_person(name="Morten Admin", email="morten@example.org", role="admin")


@pytest.fixture
def secretary_client(client, secretary):
    client.login(secretary)
    return client


@pytest.fixture
def member_client(client, member):
    client.login(member)
    return client


@pytest.fixture
def query_counter(db):
    """Count SQL statements run inside a ``with query_counter() as counts:`` block."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def counting():
        statements: list[str] = []

        def before(conn, cursor, statement, *args):
            statements.append(statement)

        engine = db.engine
        event.listen(engine, "before_cursor_execute", before)
        try:
            yield statements
        finally:
            event.remove(engine, "before_cursor_execute", before)

    return counting
