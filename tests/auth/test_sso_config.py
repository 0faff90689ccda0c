"""The single sign-on settings, read in config.py only: unsafe ones are refused at start."""

from __future__ import annotations

import pytest

from config import ConfigError, load_config

GOOD_SECRET = "9f2c4e7a1b8d3f6e0a5c9b2d7e4f1a8c3b6d9e2f5a8c1b4d"
ENTRA = "https://login.microsoftonline.com/6f1c3e2a-0000-4000-8000-000000000001/v2.0"


@pytest.fixture
def env(monkeypatch, tmp_path):
    """Set environment variables for one load_config (the OIDC ones start unset)."""
    for name in (
        "OIDC_ISSUER",
        "OIDC_CLIENT_ID",
        "OIDC_CLIENT_SECRET",
        "OIDC_LABEL",
        "OIDC_CREATE_PEOPLE",
        "OIDC_ROLE_GROUPS",
        "TRACKER_PASSWORD_LOGIN",
        "TRACKER_ENV",
        "TRACKER_BASE_URL",
        "FLASK_DEBUG",
    ):
        monkeypatch.delenv(name, raising=False)

    def load(**variables):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        return load_config({"INSTANCE_DIR": str(tmp_path), "SECRET_KEY": GOOD_SECRET})

    return load


def production(**more) -> dict:
    return {"TRACKER_ENV": "production", "TRACKER_BASE_URL": "https://tracker.kommune.dk", **more}


def client(issuer=ENTRA, **more) -> dict:
    return {"OIDC_ISSUER": issuer, "OIDC_CLIENT_ID": "app-id", "OIDC_CLIENT_SECRET": "s", **more}


def test_nothing_set_means_passwords_only(env):
    config = env()
    assert config["OIDC_ISSUER"] == "" and config["TRACKER_PASSWORD_LOGIN"] is True


def test_entra_in_production(env):
    config = env(
        **production(),
        **client(
            ENTRA + "/",
            OIDC_LABEL="Sønderø Kommune",
            OIDC_CREATE_PEOPLE="1",
            OIDC_ROLE_GROUPS="admin=11111111-aaaa, secretary=22222222-bbbb,admin=33333333-cccc",
            TRACKER_PASSWORD_LOGIN="0",
        ),
    )
    assert config["OIDC_ISSUER"] == ENTRA, "the trailing slash goes"
    assert config["OIDC_LABEL"] == "Sønderø Kommune" and config["OIDC_CREATE_PEOPLE"] is True
    assert config["OIDC_ROLE_GROUPS"] == {
        "11111111-aaaa": "admin",
        "22222222-bbbb": "secretary",
        "33333333-cccc": "admin",
    }
    assert config["TRACKER_PASSWORD_LOGIN"] is False


@pytest.mark.parametrize(
    ("variables", "words"),
    [
        (production(**client("http://127.0.0.1:9000")), "https"),
        (production(**client("http://login.kommune.dk")), "https"),
        (client("http://login.kommune.dk"), "https"),  # http only to 127.0.0.1, even in development
        (client("ftp://127.0.0.1"), "https"),
        ({"OIDC_ISSUER": ENTRA, "OIDC_CLIENT_ID": "app-id"}, "OIDC_CLIENT_SECRET"),
        ({"OIDC_ISSUER": ENTRA, "OIDC_CLIENT_SECRET": "s"}, "OIDC_CLIENT_ID"),
        ({"TRACKER_PASSWORD_LOGIN": "0"}, "kan ingen logge ind"),
        (production(TRACKER_PASSWORD_LOGIN="0"), "kan ingen logge ind"),
        ({**production(), "TRACKER_BASE_URL": "http://tracker.kommune.dk", **client()}, "https"),
        (client(OIDC_ROLE_GROUPS="chef=1234"), "OIDC_ROLE_GROUPS"),
        (client(OIDC_ROLE_GROUPS="admin"), "OIDC_ROLE_GROUPS"),
        (client(OIDC_ROLE_GROUPS="admin="), "OIDC_ROLE_GROUPS"),
    ],
)
def test_unsafe_settings_are_refused_in_danish(env, variables, words):
    with pytest.raises(ConfigError, match=words):
        env(**variables)


def test_http_to_loopback_is_allowed_in_development(env):
    assert env(**client("http://127.0.0.1:9000"))["OIDC_ISSUER"] == "http://127.0.0.1:9000"
    assert env(**client("http://localhost:9000"))["OIDC_ISSUER"] == "http://localhost:9000"
