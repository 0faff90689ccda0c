"""A plain e-mail referat, as a MED-udvalg's secretary sends it: a subject line, "Deltagere:",
"Afbud:", items "1. …" with the minutes below each, and tasks in everyday sentences."""

from __future__ import annotations

import json
from datetime import date

EMAIL = """Emne: Referat fra møde i Hoved-MED 14. april 2026

Hej alle

Her er referatet fra mødet tirsdag den 14. april 2026 kl. 13.00 i mødelokale 2.

Deltagere: Anne Holm, Peter Lund, Mette Krogh, Søren Bak
Afbud: Bente Kjær

1. Godkendelse af dagsorden
Godkendt.

2. Sygefravær i hjemmeplejen
Sygefraværet er steget i første kvartal. Peter Lund laver en handleplan inden 1. juni 2026.

3. Trivselsmåling
Resultaterne blev drøftet. Mette Krogh og Anne Holm planlægger en temadag i uge 38.

4. Eventuelt
Intet.

Venlig hilsen
Søren Bak, sekretariatet
"""


def test_an_email_referat_imports_with_its_absence_items_and_actions(app, tmp_path):
    path = tmp_path / "referat.txt"
    path.write_text(EMAIL, encoding="utf-8")
    result = app.test_cli_runner().invoke(
        args=["minutes", "import", str(path), "--dry-run", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["meeting"]["date"] == "2026-04-14"
    assert data["meeting"]["start_time"] == "13:00"
    assert [a["name"] for a in data["attendees"] if not a["present"]] == ["Bente Kjær"]
    assert [(i["number"], i["title"]) for i in data["agenda_items"]] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Sygefravær i hjemmeplejen"),
        (3, "Trivselsmåling"),
        (4, "Eventuelt"),
    ]
    drafts = {d["agenda_item_number"]: d for d in data["draft_actions"]}
    assert sorted(drafts) == [2, 3], "a task in items 2 and 3, none from the signature"
    assert drafts[2]["owner_names"][0] == "Peter Lund"
    assert date.fromisoformat(drafts[2]["due_end"]) == date(2026, 6, 1)
    assert set(drafts[3]["owner_names"]) >= {"Mette Krogh", "Anne Holm"}
    assert date.fromisoformat(drafts[3]["due_end"]) == date(2026, 9, 20)  # Sunday of week 38


def test_a_line_about_earlier_minutes_still_dates_no_meeting():
    from tracker.minutes.parser import parse_minutes

    undated = parse_minutes(
        "Referat\n\nBemærkninger til referatet fra mødet den 3. marts 2026: ingen.\n\n"
        "1. Budget\n\nGodkendt.\n"
    )
    assert undated.date is None and "no_date" in [w.code for w in undated.warnings]
    handed_over = parse_minutes(
        "Emne: Referat fra møde i Hoved-MED 14. april 2026\n\n1. Budget\n\nGodkendt.\n"
    )
    assert handed_over.date == date(2026, 4, 14)
