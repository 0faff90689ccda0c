"""Items written as dashes, each with its decision below, in a referat without numbers."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes

DASHED = """Beslutningsprotokol fra bestyrelsesmøde 4. marts 2026
Sted: Klubhuset
Afbud: Jens Mølgaard
- Godkendelse af dagsorden
Beslutning: Godkendt
- Nyt fra udvalgene:
Haveudvalget: Hvem passer bedene i sommer?
Beslutning: Lone finder en afløser inden 1. juni.
- Eventuelt:
Intet.
"""


def test_dashes_over_their_decisions_are_the_items():
    minutes = parse_minutes(DASHED)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt fra udvalgene"),
        (3, "Eventuelt"),
    ]
    assert "Lone finder en afløser" in minutes.agenda_items[1].decision


def test_dashes_that_are_one_list_of_points_are_no_items():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\nVi talte om festen:\n"
        "- Telte\n- Musik\n- Kage\n\nFesten bliver i juni.\n"
    )
    assert "Telte" not in [i.title for i in minutes.agenda_items]
