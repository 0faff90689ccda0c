"""What the logs keep: no query values (searches, names, a login provider's answer), no tokens,
and one line per record whatever a path holds. The servers' own logs: test_security_processes."""

from __future__ import annotations

import logging

from tracker.logs import one_line, redact

ENTRA_ERROR = (
    "/login/sso/oidc/callback?error=access_denied&error_description=AADSTS50105%3A+"
    "The+signed+in+user+%27torben%40sonderborg.dk%27+is+not+assigned&state=abc"
)


def test_query_values_are_hidden_and_their_names_kept():
    line = '"GET /handlinger?q=sygemelding+Torben&owner=Torben+Chef&side=2 HTTP/1.1" 200'
    assert redact(line) == (
        '"GET /handlinger?q=[skjult]&owner=[skjult]&side=[skjult] HTTP/1.1" 200'
    )
    hidden = redact(f'"GET {ENTRA_ERROR} HTTP/1.1" 302 - "https://login.example/?u=x@y.dk"')
    assert "torben" not in hidden and "%40" not in hidden and "y.dk" not in hidden
    assert "?error=[skjult]&error_description=[skjult]&state=[skjult] " in hidden


def test_control_characters_are_escaped_and_colours_kept():
    assert one_line("GET /x\nINFO forged\r\x00\u2028") == "GET /x\\nINFO forged\\r\\x00\\u2028"
    assert one_line("\x1b[33mGET /findes-ikke\x1b[0m æøå") == "\x1b[33mGET /findes-ikke\x1b[0m æøå"


def test_a_line_break_in_a_path_that_ends_in_an_error_forges_no_line(
    app, client, member, monkeypatch, caplog
):
    """A database that fails as the login is read: Flask logs the 500 with the request's path."""
    from tracker.auth import sessions

    client.login(member)
    app.config["PROPAGATE_EXCEPTIONS"] = False

    calls = []

    def fails(login_id):  # once: the error page then reads no login and renders
        calls.append(login_id)
        if len(calls) == 1:
            raise RuntimeError("the database is gone")

    monkeypatch.setattr(sessions, "load", fails)
    with caplog.at_level(logging.ERROR):
        response = client.get("/findes-ikke%0A2025-05-01 INFO forged?q=Torben%0Ax")
    assert response.status_code == 500
    (record,) = [r for r in caplog.records if "Exception on" in r.getMessage()]
    assert record.getMessage() == "Exception on /findes-ikke\\n2025-05-01 INFO forged [GET]"
    assert "RuntimeError" in caplog.text


def test_the_app_s_handlers_clean_what_its_lower_loggers_pass_up(app):
    """A logger's filters see only its own records: tracker.reminders.* reach the app's
    handler (stderr, gunicorn's error log) unfiltered but for the handler's filter."""
    from flask.logging import default_handler  # Flask's, where no logging is set up

    handler = default_handler
    record = logging.getLogger("tracker.scheduler.jobs").makeRecord(
        "tracker.scheduler.jobs", logging.WARNING, __file__, 1, "sweep %s", ("/l/TOKEN\nx",), None
    )
    assert handler.filter(record)
    assert record.getMessage() == "sweep /l/[skjult]\\nx"
