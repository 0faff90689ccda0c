"""Never silent: what the import could not place is said, in Danish, on the review and in --json."""

from __future__ import annotations

import json

from tests.test_import import upload
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
    assert data["found"] == {"agenda_items": 0, "draft_actions": 0}
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
    assert "Importen forstod ikke hele referatet:" in page
    assert "Importen fandt ingen forslag til handlinger." in page


def test_the_review_warnings_are_translated(secretary_client, secretary):
    secretary.language = "en"
    page = upload(secretary_client, CALM_REFERAT.encode()).get_data(as_text=True)
    assert "Read: 2 agenda items and 0 proposed actions." in page
    assert "The import found no proposed actions." in page
