"""Issue 12 with real processes: parallel logins on gunicorn, a sweep killed mid-send, a
scheduler stopped with SIGTERM, and what the servers write to their logs."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests import processes as forked
from tests.factories import make_action, make_person
from tests.house.test_serving import wait_for
from tests.smtp import free_port
from tracker.extensions import db
from tracker.models import OutboxMessage, SchedulerLock

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def environment(app, tmp_path, **extra) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "SECRET_KEY": app.config["SECRET_KEY"],
        "TRACKER_INSTANCE_DIR": str(tmp_path),
        "TRACKER_BASE_URL": "http://tracker.test",
        "MAIL_SERVER": "",
        "SCHEDULER_ENABLED": "0",
    }
    env.update(extra)
    return env


@contextmanager
def server(command: list[str], env: dict, port: int, log: Path):
    """Start a web server process, wait for /healthz, stop it afterwards."""
    with log.open("w") as out:
        process = forked.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:

        def healthy():
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/healthz")
                return connection.getresponse().status == 200
            except OSError:
                return False

        wait_for(healthy, 30, "the web server")
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def gunicorn(port: int, workers: int = 3, threads: int = 8) -> list[str]:
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--bind",
        f"127.0.0.1:{port}",
        "--access-logfile",
        "-",
        "--logger-class",
        "tracker.logs.Gunicorn",
        "tracker:create_app()",
    ]


def login_form(port: int) -> tuple[str, str]:
    """A fresh visitor: the session cookie and the CSRF token of the login page."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/login")
    response = connection.getresponse()
    cookie = response.getheader("Set-Cookie").split(";", 1)[0]
    token = CSRF.search(response.read().decode()).group(1)
    return cookie, token


def post_login(port: int, cookie: str, token: str, email: str, password: str) -> int:
    body = urllib.parse.urlencode({"csrf_token": token, "email": email, "password": password})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request(
        "POST",
        "/login",
        body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
    )
    response = connection.getresponse()
    text = response.read().decode()
    if response.status == 200:
        assert "Forkert e-mail eller adgangskode." in text
    return response.status


def test_parallel_guesses_get_no_more_checked_passwords_than_the_limit(app, member, tmp_path):
    port = free_port()
    with server(gunicorn(port), environment(app, tmp_path), port, tmp_path / "gunicorn.log"):
        visitors = [login_form(port) for _ in range(40)]
        start = threading.Barrier(len(visitors))
        statuses: list[int] = []
        email = member.email

        def guess(cookie, token):
            start.wait()
            statuses.append(post_login(port, cookie, token, email, "wrong guess"))

        threads = [threading.Thread(target=guess, args=visitor) for visitor in visitors]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        counted = Counter(statuses)
        assert counted[200] == 5 and counted[429] == 35, counted  # 5 checked, the rest refused


def test_a_sweep_killed_mid_send_sends_at_most_one_email_twice_with_the_same_message_id(
    app, smtp, tmp_path
):
    people = [make_person(name=f"Chef {n}", email=f"chef{n}@example.org") for n in range(6)]
    for person in people:
        make_action(person, words="marts 2025")
    db.session.commit()
    env = environment(
        app, tmp_path, MAIL_SERVER="127.0.0.1", MAIL_PORT=str(app.config["MAIL_PORT"])
    )
    command = ["reminders", "run", "--kind", "weekly", "--at"]
    run = [sys.executable, "-m", "tracker.cli", *command]
    sweep = forked.Popen([*run, "2025-03-03T07:00"], env=env, stdout=subprocess.DEVNULL)

    def kill_after_third(count):
        if count == 3:  # the server has the message; the sender never hears its "250"
            os.kill(sweep.pid, signal.SIGKILL)
            time.sleep(0.3)

    smtp.after_data = kill_after_third
    assert sweep.wait(timeout=60) == -signal.SIGKILL
    smtp.after_data = None
    states = Counter(db.session.scalars(select(OutboxMessage.state)))
    assert states == {"sent": 2, "sending": 1, "pending": 3}, states

    # The later sweeps need no process of their own: the killed one was the point.
    for moment in ("2025-03-03T07:05", "2025-03-03T07:20"):  # the claim is released after 15 min
        result = app.test_cli_runner().invoke(args=[*command, moment])
        assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert set(db.session.scalars(select(OutboxMessage.state))) == {"sent"}
    received = Counter(r for m in smtp.messages for r in m.recipients)
    assert set(received) == {p.email for p in people}, "nothing lost"
    twice = [address for address, n in received.items() if n > 1]
    assert len(twice) == 1 and received[twice[0]] == 2, received
    ids = {m.message["Message-ID"] for m in smtp.messages if twice[0] in m.recipients}
    assert len(ids) == 1, "the copy has the same Message-ID, so mail clients can tell"


def start_scheduler(env: dict, log: Path) -> forked.Popen:
    """`tracker scheduler` as its own process, writing to ``log`` (emptied first)."""
    with log.open("w") as out:
        return forked.Popen(
            [sys.executable, "-m", "tracker.cli", "scheduler"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def test_the_scheduler_gives_up_its_lock_on_sigterm(app, tmp_path):
    env = environment(app, tmp_path, SCHEDULER_LEASE_SECONDS="90")
    log = tmp_path / "scheduler.log"
    scheduler = start_scheduler(env, log)
    try:
        wait_for(lambda: "holds the lock" in log.read_text(), 30, "the scheduler to take the lock")
        scheduler.send_signal(signal.SIGTERM)
        assert scheduler.wait(timeout=15) == 0, log.read_text()
    finally:
        if scheduler.poll() is None:
            scheduler.kill()
    db.session.expire_all()
    if db.engine.dialect.name == "sqlite":
        assert db.session.scalar(select(func.count()).select_from(SchedulerLock)) == 0
    # Another scheduler takes over at once instead of waiting out the 90-second lease.
    second = start_scheduler(env, log)
    try:
        wait_for(lambda: "holds the lock" in log.read_text(), 20, "a new scheduler to take over")
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=15)


SECRETS = (
    "/login/sso/oidc/callback?code=SECRETCODE42&state=SECRETSTATE42&iss=x",
    # Entra names the person in its error's description.
    "/login/sso/oidc/callback?error=access_denied&error_description=SECRET+torben%40x.dk&state=s",
    "/handlinger?q=SECRETSEARCH42&owner=SECRET+Torben+Chef",
    "/l/SECRETLOGINTOKEN42?n=/mine",
    "/nulstil/SECRETRESETTOKEN42",
    "/kalender/SECRETCAL42.ics",
    "/findes-ikke%0Aforged%20line",
)


def visit_secret_paths(port: int) -> None:
    for path in SECRETS:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", path, headers={"Referer": f"http://127.0.0.1:{port}{path}"})
        connection.getresponse().read()


@pytest.mark.parametrize("kind", ["gunicorn", "tracker serve"])
def test_no_token_reaches_the_access_log(app, tmp_path, kind):
    port = free_port()
    command = (
        gunicorn(port, workers=1, threads=1)
        if kind == "gunicorn"
        else [sys.executable, "-m", "tracker.cli", "serve", "--port", str(port)]
    )
    log = tmp_path / "server.log"
    with server(command, environment(app, tmp_path), port, log):
        visit_secret_paths(port)
        wait_for(lambda: "/kalender/[skjult]" in log.read_text(), 10, "the access log")
    text = log.read_text()
    assert "SECRET" not in text, text
    assert "/l/[skjult]" in text and "/nulstil/[skjult]" in text and "/kalender/[skjult]" in text
    assert "/login/sso/oidc/callback?code=[skjult]&state=[skjult]&iss=[skjult]" in text
    assert "?error=[skjult]&error_description=[skjult]&state=[skjult]" in text
    assert "/handlinger?q=[skjult]&owner=[skjult]" in text and "torben" not in text
    assert not any(line.startswith("forged") for line in text.splitlines()), text
