"""The app factory, configuration and the health check."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from config import ConfigError, load_config
from tests.conftest import CSRF_RE, set_cookies
from tests.factories import PASSWORD
from tracker import create_app
from tracker.extensions import db


def test_development_defaults_use_sqlite_and_a_kept_secret(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("TRACKER_INSTANCE_DIR", str(tmp_path))
    first = load_config()
    second = load_config()
    assert first["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'tracker.db'}"
    assert len(first["SECRET_KEY"]) >= 32
    assert first["SECRET_KEY"] == second["SECRET_KEY"], "the development key must be kept"
    assert first["TRACKER_TIMEZONE"] == "Europe/Copenhagen"
    assert first["MAIL_SERVER"] == ""


def test_environment_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@127.0.0.1/tracker")
    monkeypatch.setenv("TRACKER_BASE_URL", "https://tracker.kommune.dk/")
    monkeypatch.setenv("MAIL_SERVER", "127.0.0.1")
    monkeypatch.setenv("MAIL_PORT", "2525")
    config = load_config({"INSTANCE_DIR": str(tmp_path)})
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u:p@127.0.0.1/tracker"
    assert config["TRACKER_BASE_URL"] == "https://tracker.kommune.dk"
    assert (config["MAIL_SERVER"], config["MAIL_PORT"]) == ("127.0.0.1", 2525)


GOOD_SECRET = "9f2c4e7a1b8d3f6e0a5c9b2d7e4f1a8c3b6d9e2f5a8c1b4d"


@pytest.mark.parametrize("secret", [None, "dev", "too-short", "a" * 64, "ab" * 32])
def test_production_refuses_a_missing_or_default_secret(tmp_path, monkeypatch, secret):
    monkeypatch.setenv("TRACKER_ENV", "production")
    if secret is None:
        monkeypatch.delenv("SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("SECRET_KEY", secret)
    with pytest.raises(ConfigError, match="SECRET_KEY") as refused:
        create_app({"INSTANCE_DIR": str(tmp_path)})
    assert "secrets.token_hex(32)" in str(refused.value), "says how to make a good one"
    assert not (tmp_path / "secret_key").exists()


def test_production_refuses_debug(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.setenv("FLASK_DEBUG", "1")
    with pytest.raises(ConfigError, match="Debug"):
        create_app({"INSTANCE_DIR": str(tmp_path)})


def test_production_sends_secure_http_only_lax_cookies(app, member, tmp_path, monkeypatch):
    """The Set-Cookie headers a production app sends at login, with and without Husk mig."""
    monkeypatch.setenv("TRACKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    production = create_app(
        {
            "INSTANCE_DIR": str(tmp_path),
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
        }
    )
    assert production.config["TRACKER_ENV"] == "production" and not production.testing
    site = "https://tracker.kommune.example"
    try:
        for remember, names in ((False, {"session"}), (True, {"session", "remember_token"})):
            client = production.test_client()
            page = client.get("/login", base_url=site).get_data(as_text=True)
            data = {"csrf_token": CSRF_RE.search(page).group(1), "email": member.email}
            data.update(password=PASSWORD, **({"remember": "y"} if remember else {}))
            response = client.post(
                "/login", data=data, base_url=site, headers={"Referer": f"{site}/login"}
            )
            assert response.status_code == 302, response.get_data(as_text=True)[-800:]
            cookies = set_cookies(response)
            assert set(cookies) == names
            for name, cookie in cookies.items():
                assert cookie.get("secure") is True, name
                assert cookie.get("httponly") is True, name
                assert cookie.get("samesite") == "Lax", name
    finally:
        with production.app_context():
            db.engine.dispose()


@pytest.fixture
def bare_environment(tmp_path, monkeypatch):
    """No settings at all, as on a fresh machine; the instance folder is a new one."""
    for name in ("SECRET_KEY", "DATABASE_URL", "TRACKER_ENV", "FLASK_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    instance = tmp_path / "instance"
    monkeypatch.setenv("TRACKER_INSTANCE_DIR", str(instance))
    return instance


@contextmanager
def side_effects(folder: Path):
    """What happens meanwhile: database connections opened, threads started, files written."""
    seen = {"connections": 0}

    def connected(*args):
        seen["connections"] += 1

    threads = set(threading.enumerate())
    event.listen(Engine, "connect", connected)
    try:
        yield seen
    finally:
        event.remove(Engine, "connect", connected)
    seen["threads"] = set(threading.enumerate()) - threads
    seen["files"] = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_factory_opens_no_database_and_starts_nothing(bare_environment, tmp_path):
    """Creating the app (as gunicorn, the CLI and every test do) neither connects to nor creates
    the database, nor starts the scheduler. The one file it may write is the development secret,
    on purpose: with no SECRET_KEY, config keeps a generated one in instance/secret_key so that
    logins survive a restart. Everything else waits for a command or a request."""
    with side_effects(tmp_path) as seen:
        app = create_app()
        again = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{bare_environment / 'tracker.db'}"
    assert seen["connections"] == 0, "no connection to the database"
    assert seen["files"] == ["instance", "instance/secret_key"], "no database file, nothing else"
    assert seen["threads"] == set(), "no scheduler or other thread"
    assert (bare_environment / "secret_key").stat().st_mode & 0o077 == 0, (
        "readable by its owner only"
    )
    assert app.config["SECRET_KEY"] == again.config["SECRET_KEY"]


def test_factory_in_production_writes_nothing(bare_environment, tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'production.db'}")
    with side_effects(tmp_path) as seen:
        create_app()
    assert seen == {"connections": 0, "threads": set(), "files": []}


def test_healthz_needs_no_login_and_no_database(client, query_counter):
    with query_counter() as statements:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}
    assert statements == []


def test_starting_the_app_or_a_command_loads_no_file_writer_or_reader(tmp_path):
    """fpdf2, python-docx, openpyxl, icalendar, pypdf(ium2) and holidays take about a second to
    load together: a gunicorn worker, the scheduler and every command pay that only when
    they write or read such a file. Likewise Flask-Migrate and Alembic, only when migrating."""
    import subprocess
    import sys

    heavy = ("fpdf", "docx", "openpyxl", "icalendar", "pypdf", "pypdfium2", "holidays")
    heavy += ("flask_migrate", "alembic")
    code = (
        "import sys; from tracker import create_app; from tracker.cli import cli; "
        f"app = create_app({{'INSTANCE_DIR': {str(tmp_path)!r}, 'SECRET_KEY': 'k' * 40}}); "
        "cli.main(['report', '--help'], standalone_mode=False, prog_name='tracker'); "
        f"print('loaded:', *(m for m in {heavy!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[-1] == "loaded:", result.stdout
