"""Links in emails and calendars point at the server people use: TRACKER_BASE_URL, and in
development without it the port being served (`PORT=5101 make run`)."""

from __future__ import annotations

import re

import pytest

from config import ConfigError, load_config
from tests.factories import make_action, make_person
from tracker.commands import serve as serve_command


def test_development_base_url_follows_port(tmp_path, monkeypatch):
    monkeypatch.delenv("TRACKER_BASE_URL", raising=False)
    monkeypatch.setenv("PORT", "5101")
    config = load_config({"INSTANCE_DIR": str(tmp_path)})
    assert config["TRACKER_BASE_URL"] == "http://127.0.0.1:5101"
    monkeypatch.setenv("TRACKER_BASE_URL", "https://tracker.kommune.dk/")
    assert load_config({"INSTANCE_DIR": str(tmp_path)})["TRACKER_BASE_URL"] == (
        "https://tracker.kommune.dk"
    ), "a given address wins"


def test_serve_links_to_the_port_it_serves_on(app, monkeypatch):
    served = []
    monkeypatch.setattr(
        serve_command, "run_simple", lambda host, port, *a, **k: served.append(port)
    )
    monkeypatch.setitem(app.config, "SCHEDULER_ENABLED", False)
    monkeypatch.setitem(app.config, "TRACKER_BASE_URL", app.config["TRACKER_BASE_URL"])
    monkeypatch.setitem(app.config, "TRACKER_BASE_URL_GIVEN", False)
    result = app.test_cli_runner().invoke(args=["serve", "--port", "5101"])
    assert result.exit_code == 0, result.output
    assert served == [5101] and app.config["TRACKER_BASE_URL"] == "http://127.0.0.1:5101"
    monkeypatch.setitem(app.config, "TRACKER_BASE_URL", "https://tracker.kommune.dk")
    monkeypatch.setitem(app.config, "TRACKER_BASE_URL_GIVEN", True)
    app.test_cli_runner().invoke(args=["serve", "--port", "5102"])
    assert app.config["TRACKER_BASE_URL"] == "https://tracker.kommune.dk"


def test_serve_and_the_preview_link_to_the_same_port(app, tmp_path, monkeypatch):
    """`PORT=5101 tracker serve` serves on 5101 and `PORT=5101 tracker reminders preview` links
    to 5101: both take $PORT from config.py (the preview once printed port 5000 links)."""
    monkeypatch.delenv("TRACKER_BASE_URL", raising=False)
    monkeypatch.setenv("PORT", "5101")
    config = load_config({"INSTANCE_DIR": str(tmp_path)})
    assert (config["PORT"], config["TRACKER_BASE_URL"]) == (5101, "http://127.0.0.1:5101")
    for key in ("PORT", "TRACKER_BASE_URL", "TRACKER_BASE_URL_GIVEN"):
        monkeypatch.setitem(app.config, key, config[key])
    person = make_person(name="Torben Chef", email="torben@example.org")
    make_action(person, "Seminar", words="april 2025")
    preview = app.test_cli_runner().invoke(
        args=["reminders", "preview", "--person", person.email, "--at", "2025-03-03T08:00"]
    )
    assert preview.exit_code == 0, preview.output
    assert "http://127.0.0.1:5101/e/[personligt link]" in preview.output
    assert ":5000" not in preview.output
    served = []
    monkeypatch.setattr(
        serve_command, "run_simple", lambda host, port, *a, **k: served.append(port)
    )
    monkeypatch.setitem(app.config, "SCHEDULER_ENABLED", False)
    result = app.test_cli_runner().invoke(args=["serve"])
    assert result.exit_code == 0, result.output
    assert served == [5101] and app.config["TRACKER_BASE_URL"] == "http://127.0.0.1:5101"


def test_a_port_that_is_no_port_is_refused_in_danish(tmp_path, monkeypatch):
    monkeypatch.setenv("PORT", "50x1")
    with pytest.raises(ConfigError, match="PORT skal være et portnummer"):
        load_config({"INSTANCE_DIR": str(tmp_path)})


def test_every_absolute_link_is_under_the_base_url_with_its_path(app, client, smtp, member):
    """Emails, the calendar address and files link under TRACKER_BASE_URL, path prefix and all,
    whichever host a request came by: one builder (tracker.routing.external_url)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tracker.routing import external_url
    from tracker.scheduler.jobs import sweep

    base = "https://tracker.kommune.dk/lederforum"
    app.config["TRACKER_BASE_URL"] = base
    action = make_action(member, "Budgettemadag", words="den 10. marts 2025")
    sweep("deadline", datetime(2025, 3, 7, 7, 0, tzinfo=ZoneInfo("Europe/Copenhagen")))
    (received,) = smtp.to(member.email)
    html = received.message.get_body(("html",)).get_content()
    text = received.message.get_body(("plain",)).get_content()
    for body in (html, text):
        links = re.findall(r"https?://[^\s\"<>]+", body)
        assert links and all(link.startswith(base + "/") for link in links), links
    assert f"{base}/handlinger/{action.id}" in html
    with app.test_request_context("/", base_url="http://10.0.0.7:8000"):
        assert external_url("actions.mine") == f"{base}/mine"


def test_no_module_or_template_builds_an_absolute_link_by_hand():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    by_hand = re.compile(r"TRACKER_BASE_URL['\"]\]\s*(\+|}/)|TRACKER_BASE_URL \}\}\{\{|link\('/")
    found = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("tracker", "templates")
        for path in (root / folder).rglob("*.*")
        if path.suffix in (".py", ".html", ".txt")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if by_hand.search(line)
    ]
    assert found == [], "use tracker.routing.external_url (templates: external_url / link)"
