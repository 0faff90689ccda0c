"""Never silent: what the import could not place is said, in Danish, on the review and in --json."""

from __future__ import annotations

import json

from tests.importing.test_import import upload
from tracker.minutes.notices import NO_ITEMS, NO_PROPOSALS, MinutesWarning, review_warnings
from tracker.minutes.parser import parse_minutes

# A referat whose items are written as running prose: nothing the parser can take as an item,
# yet it decides something.
NO_ITEMS_REFERAT = """\
Referat af bestyrelsesmøde

Mødedato: 3. marts 2026 kl. 17:00

Vi talte om legepladsen og om budgettet. Det blev besluttet, at kassereren skal indhente
tre tilbud på en ny gynge.
"""

# Items read, but only notes: no action to propose.
CALM_REFERAT = """\
# Referat Forældrerådet

Mødedato: 4. marts 2026 kl. 19:00

# Punkt 1: Orientering fra formanden

Formanden orienterede om skolens nye skema.

# Punkt 2: Eventuelt

Intet.
"""


def test_a_referat_without_items_warns_and_names_a_decision_word():
    minutes = parse_minutes(NO_ITEMS_REFERAT)
    assert minutes.agenda_items == []
    assert minutes.warnings == [MinutesWarning(NO_ITEMS, "besluttet")]


def test_no_proposals_is_a_warning_not_a_calm_none():
    minutes = parse_minutes(CALM_REFERAT)
    assert len(minutes.agenda_items) == 2 and minutes.warnings == []
    assert review_warnings(minutes, []) == [MinutesWarning(NO_PROPOSALS, "")]
    # no items: that warning says it all, "no proposals" is not added to it
    bare = parse_minutes(NO_ITEMS_REFERAT)
    assert [w.code for w in review_warnings(bare, [])] == [NO_ITEMS]


def test_the_command_reports_what_it_found_and_the_warnings(app, tmp_path):
    path = tmp_path / "referat.md"
    path.write_text(NO_ITEMS_REFERAT)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["minutes", "import", str(path), "--dry-run", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    # no items, the body read as one section: its task is proposed under no item
    assert data["found"] == {"agenda_items": 0, "draft_actions": 1}
    (warning,) = data["warnings"]
    assert warning["code"] == "no_items" and warning["detail"] == "besluttet"
    assert (
        "ingen dagsordenspunkter, men teksten rummer beslutninger (fx »besluttet«)"
        in (warning["message"])
    )
    plain = runner.invoke(args=["minutes", "import", str(path), "--dry-run"])
    assert "Advarsel: Importen fandt ingen dagsordenspunkter" in plain.stdout


def test_the_review_page_says_what_was_found_and_what_is_missing(secretary_client):
    page = upload(secretary_client, CALM_REFERAT.encode()).get_data(as_text=True)
    assert "Læst: 2 dagsordenspunkter og 0 forslag til handlinger." in page
    assert "Kontrollér, før du gemmer:" in page
    assert "Importen fandt ingen forslag til handlinger." in page


def test_the_review_warnings_are_translated(secretary_client, secretary):
    secretary.language = "en"
    page = upload(secretary_client, CALM_REFERAT.encode()).get_data(as_text=True)
    assert "Read: 2 agenda items and 0 proposed actions." in page
    assert "The import found no proposed actions." in page


def test_a_table_read_as_text_is_named():
    # A decision table ("Punkt | Beslutning | Ansvarlig | Frist") is read (tests/
    # test_minutes_tables.py); a table whose columns say nothing of a task is only text.
    minutes = parse_minutes(
        "# Referat\n\nMødedato: 5. marts 2026\n\n## 1. Opfølgning\n\n## Beslutning\n\n"
        "Skole\tElever\tKlasser\tNote\nNordskolen\t412\t18\tplanen opdateres\n"
    )
    assert MinutesWarning("unread_table", "Skole Elever Klasser Note") in minutes.warnings


def test_decisions_after_the_last_item_under_an_unknown_heading_are_named():
    minutes = parse_minutes(
        "# Referat\n\nMødedato: 5. marts 2026\n\n## 1. Budget\n\n## Beslutning\n\nGodkendt.\n\n"
        "## Bilag\n\n- Budgetnotat\n\n"
        "## Eventuelt og løse ender\n\nDet blev aftalt, at Eva indkalder til et ekstra møde.\n"
    )
    (warning,) = [w for w in minutes.warnings if w.code == "text_after_items"]
    assert warning.detail.startswith("Eventuelt og løse ender: Det blev aftalt")
    # A signature page after the last item is known: no warning, and no attachment either
    signed = parse_minutes(
        "# Referat\n\nMødedato: 5. marts 2026\n\n## 1. Budget\n\n## Beslutning\n\nGodkendt.\n\n"
        "## Bilag\n\n1 Budgetnotat\n\nUnderskriftsside\n\nEva Holm (A)\n"
    )
    assert signed.attachments == ["1 Budgetnotat"]
    assert [w.code for w in signed.warnings if w.code != "no_forum"] == []


def test_drafts_from_an_approved_proposal_are_marked_to_confirm(app, tmp_path, secretary_client):
    from tests.minutes.test_minutes_items import EDOC

    path = tmp_path / "referat.txt"
    path.write_text(EDOC)
    result = app.test_cli_runner().invoke(
        args=["minutes", "import", str(path), "--dry-run", "--json"]
    )
    rows = json.loads(result.stdout)["draft_actions"]
    marked = {row["title"]: row["from_approved_proposal"] for row in rows}
    assert any(marked.values()) and not all(marked.values()), marked
    page = upload(secretary_client, EDOC.encode(), forum="Udvalget").get_data(as_text=True)
    assert page.count("Fra indstillingen, som mødet godkendte uden ændringer") == 1
