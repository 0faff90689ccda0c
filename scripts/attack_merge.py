"""The two ways a secretary became admin through "merge duplicates", tried end to end.

Against gunicorn (two workers) on PostgreSQL, with a real SMTP server (aiosmtpd) on 127.0.0.1,
as a secretary and an admin would click, over HTTP only:

1. The secretary adds a look-alike of the admin with her own address and asks for a password
   reset for it; her server answers 451 (the email waits) or 550 (it fails). The admin merges the
   look-alike into himself. Then her server accepts again, the outbox is delivered, and the admin
   presses "Send igen": the admin's reset link must never reach her address.
2. The secretary sets a password on a look-alike of an admin who has none (one created on the
   people page), the admin merges it, and she tries to log in as that admin with it.

Each step prints REFUSED (the attack failed, as it must) or BROKEN; the exit code is the number
of BROKEN steps. Run it with `make attack-merge` (a PostgreSQL of its own on port 54339, removed
afterwards) or `.venv/bin/python scripts/attack_merge.py --database postgresql://...`.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.smtp import SMTPServer  # noqa: E402  (a real aiosmtpd whose answers we steer)

BIN = ROOT / ".venv" / "bin"
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
PASSWORD = "en lang adgangskode 2026"
SARA, SARA_OWN, SARA_OTHER = "sara@kommune.example", "sara.privat@example.org", "sara2@example.org"
ADMIN, BENTE = "morten@kommune.example", "bente@kommune.example"
broken: list[str] = []


def say(ok: bool, what: str) -> None:
    """One line of the report; a failed defence is counted."""
    print(("REFUSED " if ok else "BROKEN  ") + what, flush=True)
    if not ok:
        broken.append(what)


def free_port() -> int:
    """A free port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """A requests session that posts forms with the CSRF token of the page, as a browser does."""

    def __init__(self, base: str):
        self.base, self.http = base, requests.Session()

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base + path, allow_redirects=True, timeout=30)

    def post(self, path: str, data: dict, form_page: str | None = None) -> requests.Response:
        page = self.get(form_page or path).text
        token = CSRF.search(page)
        assert token, f"no form on {form_page or path}"
        body = {"csrf_token": token.group(1), **data}
        return self.http.post(self.base + path, data=body, allow_redirects=False, timeout=30)

    def login(self, email: str, password: str = PASSWORD) -> bool:
        answer = self.post("/login", {"email": email, "password": password})
        return answer.status_code in (302, 303) and "/login" not in answer.headers["Location"]


def tracker(env: dict, *args: str) -> str:
    """Run the ``tracker`` command; its output."""
    done = subprocess.run([str(BIN / "tracker"), *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"tracker {' '.join(args)}: {done.stderr}")
    return done.stdout


def wait_for(url: str) -> None:
    """Until the server answers (a minute at most)."""
    for _ in range(240):
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.25)
    raise SystemExit("gunicorn did not answer")


def person_id(engine, email: str) -> int | None:
    with engine.connect() as c:
        return c.scalar(text("SELECT id FROM person WHERE email = :e"), {"e": email})


def reset_row(engine, address: str) -> tuple[int, str, int | None]:
    with engine.connect() as c:
        return c.execute(
            text(
                "SELECT id, state, person_id FROM outbox_message WHERE kind = 'password_reset' "
                "AND to_address = :a ORDER BY id DESC"
            ),
            {"a": address},
        ).first()


def first_attack(env, engine, smtp, base: str, answer: str) -> None:
    """A look-alike's waiting (451) or failed (550) reset, merged into the admin."""
    sara, admin, anyone = Browser(base), Browser(base), Browser(base)
    assert sara.login(SARA)
    sara.post(
        "/admin/personer/ny",
        {"name": "Morten  Admin", "email": SARA_OWN, "language": "da", "role": "member"},
    )
    twin = person_id(engine, SARA_OWN)
    smtp.refuse[SARA_OWN] = answer
    anyone.post("/glemt-adgangskode", {"email": SARA_OWN})
    tracker(env, "reminders", "deliver")
    row_id, state, _ = reset_row(engine, SARA_OWN)
    print(f"        the look-alike's reset ({answer[:3]}) is {state}", flush=True)
    assert admin.login(ADMIN)
    me = person_id(engine, ADMIN)
    merged = admin.post(
        f"/admin/personer/{me}/sammenlaeg",
        {"duplicate_id": str(twin), "role": "admin", "confirm": "y"},
    )
    print(f"        the admin merged the look-alike: HTTP {merged.status_code}", flush=True)
    smtp.refuse.clear()
    later = (datetime.now(UTC) + timedelta(hours=7)).isoformat()
    tracker(env, "reminders", "deliver", "--at", later)
    say(smtp.to(SARA_OWN) == [], f"{answer[:3]}: after the merge, nothing reaches her address")
    resend = admin.post(f"/admin/udbakke/{row_id}/send-igen", {}, f"/admin/udbakke/{row_id}")
    tracker(env, "reminders", "deliver", "--at", later)
    refused = "sendes ikke igen" in admin.get(resend.headers.get("Location", "/")).text
    say(refused and smtp.to(SARA_OWN) == [], f"{answer[:3]}: 'Send igen' refuses the row")
    _, state, owner = reset_row(engine, SARA_OWN)
    print(f"        the row is now {state}, person #{owner}", flush=True)


def second_attack(env, engine, smtp, base: str) -> None:
    """A look-alike's password merged into an admin who has none."""
    sara, admin, anyone = Browser(base), Browser(base), Browser(base)
    assert admin.login(ADMIN)
    admin.post(
        "/admin/personer/ny",
        {"name": "Bente Direktør", "email": BENTE, "language": "da", "role": "admin"},
    )
    assert sara.login(SARA)
    sara.post(
        "/admin/personer/ny",
        {"name": "Bente  Direktør", "email": SARA_OTHER, "language": "da", "role": "member"},
    )
    anyone.post("/glemt-adgangskode", {"email": SARA_OTHER})
    tracker(env, "reminders", "deliver")
    mail = smtp.to(SARA_OTHER)[-1].message.get_body(("plain",)).get_content()
    link = re.search(r"/nulstil/\S+", mail).group(0)
    chosen = {"new": "saras egen kode 12345", "repeat": "saras egen kode 12345"}
    anyone.post(link, chosen)
    print("        she set a password on the look-alike through its reset link", flush=True)
    bente, twin = person_id(engine, BENTE), person_id(engine, SARA_OTHER)
    merged = admin.post(
        f"/admin/personer/{bente}/sammenlaeg",
        {"duplicate_id": str(twin), "role": "admin", "confirm": "y"},
    )
    print(f"        the admin merged it into Bente: HTTP {merged.status_code}", flush=True)
    say(not Browser(base).login(BENTE, chosen["new"]), "her password does not open Bente's account")
    say(not Browser(base).login(SARA_OTHER, chosen["new"]), "her address opens nothing either")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a PostgreSQL URL (default: a cluster of its own)")
    args = parser.parse_args()
    pg_env = {**os.environ, "PGTEST_DIR": "/tmp/tracker-attack-pg", "PGTEST_PORT": "54339"}
    url = args.database
    if url is None:
        started = subprocess.run(
            ["bash", str(ROOT / "scripts/test-postgres.sh"), "start"],
            env=pg_env,
            capture_output=True,
            text=True,
            check=True,
        )
        url = started.stdout.strip().rsplit("/", 1)[0] + "/tracker_serve"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = None
    with SMTPServer() as smtp_server, tempfile.TemporaryDirectory() as instance:
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "SECRET_KEY": secrets.token_hex(32),
            "TRACKER_INSTANCE_DIR": instance,
            "TRACKER_BASE_URL": base,
            "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": str(smtp_server.port),
            "MAIL_DEFAULT_SENDER": "tracker@kommune.example",
        }
        try:
            tracker(env, "db", "upgrade")
            for email, name, role in (
                (ADMIN, "Morten Admin", "admin"),
                (SARA, "Sara", "secretary"),
            ):
                tracker(env, "users", "create", "--email", email, "--name", name, "--role", role,
                        "--password", PASSWORD)  # fmt: skip
            server = subprocess.Popen(
                [str(BIN / "gunicorn"), "--config", "python:tracker.gunicorn_conf",
                 "--workers", "2", "--bind", f"127.0.0.1:{port}",
                 "--logger-class", "tracker.logs.Gunicorn", "tracker:create_app()"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            wait_for(base + "/login")
            engine = create_engine(url)
            print(f"gunicorn (2 workers) on {base}, {engine.dialect.name}", flush=True)
            for answer in ("451 4.2.0 try later", "550 5.1.1 no such user"):
                first_attack(env, engine, smtp_server.handler, base, answer)
            second_attack(env, engine, smtp_server.handler, base)
            engine.dispose()
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
            if args.database is None:
                subprocess.run(["bash", str(ROOT / "scripts/test-postgres.sh"), "stop"], env=pg_env)
    print(f"{len(broken)} broken", flush=True)
    return len(broken)


if __name__ == "__main__":
    sys.exit(main())
