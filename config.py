"""Configuration: the one place that reads the environment.

Development gets safe defaults (SQLite in ``instance/``, a generated secret kept there, mail kept
in the outbox). Production (``TRACKER_ENV=production``) refuses to start without a real secret.
"""

from __future__ import annotations

import os
import secrets
from datetime import date, time, timedelta
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlsplit

from tracker.workdays.days import CLOSED_DAYS

PROJECT_DIR = Path(__file__).resolve().parent
DEFAULT_SECRET_KEYS = {"", "dev", "change-me", "secret"}
SECRET_MIN_LENGTH = 32
SECRET_MIN_DISTINCT = 12  # "aaaa…" or "abab…" is long but guessable
MAKE_SECRET = 'python3 -c "import secrets; print(secrets.token_hex(32))"'


class ConfigError(RuntimeError):
    """Raised when the configuration is not safe to start with."""


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def _weekday(value: str) -> int:
    """0-6 (Monday = 0) or a Danish day name."""
    value = value.strip().lower()
    if value in WEEKDAYS:
        return WEEKDAYS.index(value)
    if value.isdigit() and 0 <= int(value) <= 6:
        return int(value)
    raise ConfigError(f"REMINDER_WEEKDAY skal være 0-6 eller en ugedag, ikke {value!r}.")


def _clock(value: str) -> time:
    """HH:MM."""
    try:
        hours, minutes = (int(part) for part in value.strip().split(":"))
        return time(hours, minutes)
    except ValueError as error:
        raise ConfigError(f"REMINDER_TIME skal skrives som TT:MM, ikke {value!r}.") from error


def _seconds(value: str) -> float:
    """A positive number of seconds (IMPORT_READ_SECONDS)."""
    try:
        seconds = float(value.strip().replace(",", "."))
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < 3600:
        raise ConfigError(
            f"IMPORT_READ_SECONDS skal være et antal sekunder over 0 (fx 10), ikke {value!r}."
        )
    return seconds


def _pages(value: str) -> int:
    """A number of pages from 1 to 500 (IMPORT_OCR_PAGES)."""
    value = value.strip()
    if not (value.isdigit() and 1 <= int(value) <= 500):
        raise ConfigError(f"IMPORT_OCR_PAGES skal være et antal sider, 1-500, ikke {value!r}.")
    return int(value)


SCHOOL_HOLIDAYS = ("vinterferie", "efterårsferie")


def _school_holidays(value: str) -> dict[str, int]:
    """vinterferie=7,efterårsferie=42: the school holidays' ISO weeks, for deadline words such as
    "efter vinterferien" (one left out keeps the grammar's default week)."""
    weeks = {}
    for part in filter(None, (p.strip() for p in value.split(","))):
        name, _, week = (s.strip() for s in part.partition("="))
        if name.lower() not in SCHOOL_HOLIDAYS or not (week.isdigit() and 1 <= int(week) <= 53):
            raise ConfigError(
                f"TRACKER_SCHOOL_HOLIDAYS skal være ferie=uge adskilt af komma "
                f"(fx vinterferie=7,efterårsferie=42), ikke {part!r}."
            )
        weeks[name.lower()] = int(week)
    return weeks


def _closed_days(value: str) -> tuple[tuple[int, int], ...]:
    """MM-DD,MM-DD,...: the days the municipality is closed besides the public holidays."""
    days = []
    for part in filter(None, (p.strip() for p in value.split(","))):
        try:
            month, day = (int(n) for n in part.split("-"))
            date(2000, month, day)  # a leap year: 02-29 is allowed
        except ValueError as error:
            raise ConfigError(
                f"TRACKER_CLOSED_DAYS skal være datoer som MM-DD adskilt af komma "
                f"(fx 12-24,12-31,06-05), ikke {part!r}."
            ) from error
        days.append((month, day))
    return tuple(days)


def _check_production_secret(secret: str | None) -> None:
    """Refuse a missing, default, short or repetitive secret, saying how to make a good one."""
    if (
        not secret
        or secret in DEFAULT_SECRET_KEYS
        or len(secret) < SECRET_MIN_LENGTH
        or len(set(secret)) < SECRET_MIN_DISTINCT
    ):
        raise ConfigError(
            f"SECRET_KEY skal sættes til en lang tilfældig værdi i produktion (mindst "
            f"{SECRET_MIN_LENGTH} tegn og mindst {SECRET_MIN_DISTINCT} forskellige). "
            f"Lav en med: {MAKE_SECRET}"
        )


MAIL_SENDER_NAME = "Lederforum – opfølgning"  # the sender's name when none is configured


def _sender(value: str) -> str:
    """MAIL_DEFAULT_SENDER with a display name: "Lederforum – opfølgning <address>" when only an
    address is given, so people see who writes (kept as text; encoded as the email is built)."""
    name, address = parseaddr(value.strip())
    if not address or "@" not in address:
        raise ConfigError(
            f"MAIL_DEFAULT_SENDER skal være en e-mailadresse, fx "
            f"»{MAIL_SENDER_NAME} <tracker@kommune.dk>«, ikke {value!r}."
        )
    return value.strip() if name else f"{MAIL_SENDER_NAME} <{address}>"


def _port(value: str | None) -> int:
    """$PORT: where `tracker serve` listens and, in development, where links point."""
    if value is None or not value.strip():
        return 5000
    value = value.strip()
    if not value.isascii() or not value.isdigit() or not 0 < int(value) < 65536:
        raise ConfigError(f"PORT skal være et portnummer fra 1 til 65535, ikke {value!r}.")
    return int(value)


def local_base_url(host: str, port: int) -> str:
    """The address of a development server on ``host``:``port`` (0.0.0.0 shown as 127.0.0.1)."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    return f"http://{shown}:{port}"


SSO_ROLES = ("admin", "secretary", "member")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def _role_groups(value: str) -> dict[str, str]:
    """``role=group,role=group``: the group ids (Entra ID: object ids) that give a role."""
    groups = {}
    for part in filter(None, (p.strip() for p in value.split(","))):
        role, sep, group = (s.strip() for s in part.partition("="))
        if not sep or role not in SSO_ROLES or not group:
            raise ConfigError(
                f"OIDC_ROLE_GROUPS skal være rolle=gruppe adskilt af komma (roller: "
                f"{', '.join(SSO_ROLES)}), fx admin=<gruppe-id>,secretary=<gruppe-id>; "
                f"ikke {part!r}."
            )
        groups[group] = role
    return groups


def _sso_config(env, production: bool, base_url: str) -> dict:
    """Single sign-on (OpenID Connect) and password login; refuses settings that are unsafe."""
    issuer = env.get("OIDC_ISSUER", "").strip().rstrip("/")
    client_id = env.get("OIDC_CLIENT_ID", "").strip()
    secret = env.get("OIDC_CLIENT_SECRET", "")
    password_login = _bool(env.get("TRACKER_PASSWORD_LOGIN"), default=True)
    if issuer:
        parts = urlsplit(issuer)
        loopback = parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
        if parts.scheme != "https" and (production or not loopback):
            raise ConfigError(
                "OIDC_ISSUER skal være en https-adresse (http kun til 127.0.0.1 under udvikling)."
            )
        if not client_id or not secret:
            raise ConfigError("OIDC_ISSUER kræver både OIDC_CLIENT_ID og OIDC_CLIENT_SECRET.")
        if production and not base_url.startswith("https://"):
            raise ConfigError(
                "TRACKER_BASE_URL skal være en https-adresse, når der logges ind med OIDC i "
                "produktion (den er en del af adressen, udbyderen sender tilbage til)."
            )
    if not password_login and not issuer:
        raise ConfigError(
            "TRACKER_PASSWORD_LOGIN=0 kræver OIDC_ISSUER: ellers kan ingen logge ind."
        )
    return {
        "OIDC_ISSUER": issuer,
        "OIDC_CLIENT_ID": client_id,
        "OIDC_CLIENT_SECRET": secret,
        "OIDC_LABEL": env.get("OIDC_LABEL", "Microsoft").strip() or "Microsoft",
        "OIDC_SCOPES": env.get("OIDC_SCOPES", "openid email profile").strip(),
        "OIDC_CREATE_PEOPLE": _bool(env.get("OIDC_CREATE_PEOPLE")),
        "OIDC_GROUPS_CLAIM": env.get("OIDC_GROUPS_CLAIM", "groups").strip(),
        "OIDC_ROLE_GROUPS": _role_groups(env.get("OIDC_ROLE_GROUPS", "")),
        "OIDC_TIMEOUT": float(env.get("OIDC_TIMEOUT", "10")),
        "TRACKER_PASSWORD_LOGIN": password_login,
    }


def _instance_dir() -> Path:
    return Path(os.environ.get("TRACKER_INSTANCE_DIR", PROJECT_DIR / "instance")).resolve()


def _development_secret(instance_dir: Path) -> str:
    """Return the development secret kept in ``instance/``, creating it on first use."""
    path = instance_dir / "secret_key"
    if not path.exists():
        instance_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _base_url(env, production: bool, port: int) -> str:
    """The address in email and calendar links: TRACKER_BASE_URL; in development without it,
    127.0.0.1 at $PORT (what `tracker serve` and `make run` serve on), so `PORT=5101 make run`
    and `PORT=5101 tracker reminders preview` both link to 5101."""
    given = env.get("TRACKER_BASE_URL")
    if given:
        return given.rstrip("/")
    return local_base_url("127.0.0.1", port if not production else 5000)


def load_config(overrides: dict | None = None) -> dict:
    """Build the app configuration from the environment, then apply ``overrides`` (tests)."""
    env = os.environ
    overrides = dict(overrides or {})
    instance_dir = Path(overrides.pop("INSTANCE_DIR", None) or _instance_dir())
    tracker_env = overrides.get("TRACKER_ENV", env.get("TRACKER_ENV", "development"))
    production = tracker_env == "production"

    secret = overrides.get("SECRET_KEY", env.get("SECRET_KEY"))
    if production:
        _check_production_secret(secret)
        if _bool(env.get("FLASK_DEBUG")) or overrides.get("DEBUG"):
            raise ConfigError("Debug-tilstand må ikke være slået til i produktion.")
    elif not secret:
        secret = _development_secret(instance_dir)

    database_url = env.get("DATABASE_URL") or f"sqlite:///{instance_dir / 'tracker.db'}"
    for prefix in ("postgres://", "postgresql://"):
        if database_url.startswith(prefix):  # psycopg 3 is the driver we ship
            database_url = "postgresql+psycopg://" + database_url.removeprefix(prefix)

    port = _port(env.get("PORT"))
    config = {
        "TRACKER_ENV": tracker_env,
        "INSTANCE_DIR": str(instance_dir),
        "SECRET_KEY": secret,
        "SQLALCHEMY_DATABASE_URI": database_url,
        # hide_parameters: errors in the log never show the values (names, notes, emails).
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "hide_parameters": True},
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=int(env.get("SESSION_HOURS", "10"))),
        "REMEMBER_COOKIE_DURATION": timedelta(days=14),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": production,
        "WTF_CSRF_ENABLED": True,
        "WTF_CSRF_TIME_LIMIT": None,
        # The largest upload (a referat); the import and the error page name this same figure.
        "MAX_CONTENT_LENGTH": int(env.get("UPLOAD_MAX_MB", "5")) * 1024 * 1024,
        # A .docx is a zip: what it may hold unpacked, checked before anything is read.
        "IMPORT_MAX_UNPACKED_BYTES": int(env.get("IMPORT_MAX_UNPACKED_MB", "20")) * 1024 * 1024,
        # An upload is read in a child process killed after this long (below gunicorn's 30 s).
        "IMPORT_READ_SECONDS": _seconds(env.get("IMPORT_READ_SECONDS", "10")),
        # A scanned PDF (no text) is read by Tesseract: at most this many pages, within the
        # reading's time; TESSERACT names the program ("" or a missing one: scans are refused).
        "IMPORT_OCR_PAGES": _pages(env.get("IMPORT_OCR_PAGES", "12")),
        "TESSERACT": env.get("TESSERACT", "tesseract").strip(),
        "BABEL_DEFAULT_LOCALE": "da",
        "BABEL_DEFAULT_TIMEZONE": env.get("TRACKER_TIMEZONE", "Europe/Copenhagen"),
        "LANGUAGES": ("da", "en"),
        "TRACKER_TIMEZONE": env.get("TRACKER_TIMEZONE", "Europe/Copenhagen"),
        "PORT": port,
        "TRACKER_BASE_URL": _base_url(env, production, port),
        # Whether the address was given: if not, `tracker serve` uses the address it serves on.
        "TRACKER_BASE_URL_GIVEN": bool(env.get("TRACKER_BASE_URL")),
        "MAIL_SERVER": env.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(env.get("MAIL_PORT", "25")),
        "MAIL_USE_TLS": _bool(env.get("MAIL_USE_TLS")),
        "MAIL_USE_SSL": _bool(env.get("MAIL_USE_SSL")),
        "MAIL_USERNAME": env.get("MAIL_USERNAME"),
        "MAIL_PASSWORD": env.get("MAIL_PASSWORD"),
        "MAIL_DEFAULT_SENDER": _sender(env.get("MAIL_DEFAULT_SENDER", "tracker@localhost")),
        "MAIL_TIMEOUT": float(env.get("MAIL_TIMEOUT", "30")),
        "REMINDER_WEEKDAY": _weekday(env.get("REMINDER_WEEKDAY", "0")),
        "REMINDER_TIME": _clock(env.get("REMINDER_TIME", "07:00")),
        "REMINDER_BATCH": int(env.get("REMINDER_BATCH", "500")),  # people per batch of the sweep
        "STATUS_ROUND_DAYS": int(env.get("STATUS_ROUND_DAYS", "7")),
        "DEADLINE_SOON_DAYS": int(env.get("DEADLINE_SOON_DAYS", "3")),
        # Closed besides the public holidays: by default tracker.workdays.days.CLOSED_DAYS.
        "TRACKER_CLOSED_DAYS": (
            _closed_days(env["TRACKER_CLOSED_DAYS"])
            if "TRACKER_CLOSED_DAYS" in env
            else CLOSED_DAYS
        ),
        # The weeks of "vinterferien" and "efterårsferien" in deadlines (week 8 in some places).
        "TRACKER_SCHOOL_HOLIDAYS": _school_holidays(
            env.get("TRACKER_SCHOOL_HOLIDAYS", "vinterferie=7,efterårsferie=42")
        ),
        "SCHEDULER_ENABLED": _bool(env.get("SCHEDULER_ENABLED"), default=True),
        "TRACKER_PROXY_COUNT": int(env.get("TRACKER_PROXY_COUNT", "0")),
        "SCHEDULER_LEASE_SECONDS": int(env.get("SCHEDULER_LEASE_SECONDS", "90")),
    }
    config.update(_sso_config(env, production, config["TRACKER_BASE_URL"]))
    config.update(overrides)
    return config
