"""Links in emails and calendars point at the server people use: TRACKER_BASE_URL, and in
development without it the port being served (`PORT=5101 make run`)."""

from __future__ import annotations

from config import load_config
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
