"""``tracker deadline parse`` answers the issue's examples as JSON, refusals on stderr."""

from __future__ import annotations

import json

import pytest

EXAMPLES = [
    ("den 27. marts 2025", "2025-03-27", "2025-03-27", "day"),
    ("27/3-2025", "2025-03-27", "2025-03-27", "day"),
    ("27.03.2025", "2025-03-27", "2025-03-27", "day"),
    ("2025-03-27", "2025-03-27", "2025-03-27", "day"),
    ("March 27, 2025", "2025-03-27", "2025-03-27", "day"),
    ("27/3", "2025-03-27", "2025-03-27", "day"),
    ("primo marts", "2025-03-01", "2025-03-10", "period"),
    ("medio marts", "2025-03-11", "2025-03-20", "period"),
    ("ultimo marts", "2025-03-21", "2025-03-31", "period"),
    ("end of March", "2025-03-21", "2025-03-31", "period"),
    ("i marts", "2025-03-01", "2025-03-31", "month"),
    ("april/maj", "2025-04-01", "2025-05-31", "period"),
    ("april og maj", "2025-04-01", "2025-05-31", "period"),
    ("uge 12", "2025-03-17", "2025-03-23", "week"),
    ("første kvartal", "2025-01-01", "2025-03-31", "quarter"),
    ("Q2", "2025-04-01", "2025-06-30", "quarter"),
    ("foråret", "2025-03-01", "2025-05-31", "season"),
    ("inden sommerferien", "2025-02-26", "2025-06-30", "period"),
    ("efter sommerferien", "2025-08-01", "2025-08-31", "period"),
    ("senest den 15. maj", "2025-02-26", "2025-05-15", "day"),
    ("om to uger", "2025-03-12", "2025-03-12", "day"),
    ("i løbet af 2025", "2025-01-01", "2025-12-31", "year"),
    ("løbende", None, None, "ongoing"),
    ("primo januar", "2026-01-01", "2026-01-10", "period"),
]


def parse(app, *args):
    return app.test_cli_runner().invoke(args=["deadline", "parse", *args])


@pytest.mark.parametrize("words,start,end,precision", EXAMPLES)
def test_parse_prints_one_json_object(app, words, start, end, precision):
    result = parse(app, words, "--today", "2025-02-26")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["text"], data["start"], data["end"], data["precision"]) == (
        words,
        start,
        end,
        precision,
    )
    assert data["label"]


def test_label_in_danish(app):
    data = json.loads(parse(app, "primo marts", "--today", "2025-02-26").stdout)
    assert data["label"] == "primo marts 2025 (1.–10. marts 2025)"


@pytest.mark.parametrize(
    "words",
    ["", "blabla", "32. marts", "uge 54", "13. kvartal", "uge 52 9999", "31. december 9999"],
)
def test_words_not_understood_exit_2_with_danish_message(app, words):
    result = parse(app, words, "--today", "2025-02-26")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Fristen" in result.stderr and "primo marts" in result.stderr


def test_the_school_holidays_setting_moves_the_holiday_words(app):
    data = json.loads(parse(app, "efter vinterferien", "--today", "2025-11-12").stdout)
    assert (data["start"], data["end"]) == ("2026-02-16", "2026-03-01")  # week 7: 9-15 Feb
    app.config["TRACKER_SCHOOL_HOLIDAYS"] = {"vinterferie": 8, "efterårsferie": 42}
    data = json.loads(parse(app, "efter vinterferien", "--today", "2025-11-12").stdout)
    assert (data["start"], data["end"]) == ("2026-02-23", "2026-03-08")
    assert data["label"].startswith("efter vinterferien 2026 (23. februar–8. marts 2026)")


def test_the_school_holidays_setting_is_read_and_checked(monkeypatch, tmp_path):
    from config import ConfigError, load_config

    monkeypatch.setenv("TRACKER_INSTANCE_DIR", str(tmp_path))
    monkeypatch.delenv("TRACKER_SCHOOL_HOLIDAYS", raising=False)
    default = load_config({"SECRET_KEY": "x"})["TRACKER_SCHOOL_HOLIDAYS"]
    assert default == {"vinterferie": 7, "efterårsferie": 42}
    monkeypatch.setenv("TRACKER_SCHOOL_HOLIDAYS", " Vinterferie = 8 ,")
    assert load_config({"SECRET_KEY": "x"})["TRACKER_SCHOOL_HOLIDAYS"] == {"vinterferie": 8}
    for wrong in ("vinterferie=54", "sommerferie=28", "vinterferie", "vinterferie=uge 7"):
        monkeypatch.setenv("TRACKER_SCHOOL_HOLIDAYS", wrong)
        with pytest.raises(ConfigError, match="ferie=uge"):
            load_config({"SECRET_KEY": "x"})
