"""The app factory, configuration and the health check."""

from __future__ import annotations

import pytest

from config import ConfigError, load_config
from tracker import create_app


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


def test_production_secures_cookies(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", GOOD_SECRET)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    app = create_app({"INSTANCE_DIR": str(tmp_path)})
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    assert app.config["SESSION_COOKIE_HTTPONLY"]


def test_factory_has_no_side_effects(tmp_path):
    create_app({"INSTANCE_DIR": str(tmp_path), "SECRET_KEY": "k" * 40})
    assert not (tmp_path / "tracker.db").exists(), "creating the app must not touch the database"


def test_healthz_needs_no_login_and_no_database(client, query_counter):
    with query_counter() as statements:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}
    assert statements == []
