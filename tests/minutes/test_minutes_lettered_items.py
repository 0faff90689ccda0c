"""A general assembly's agenda lettered as the statutes have it (issue 25).

The documents are invented, in the shapes associations' referater take.
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af generalforsamling i Grundejerforeningen Søly\n\n"
    "Dato: Onsdag den 5. marts 2025 kl. 19:30\n\nSted: Hos Per Holm, Kirsebærhaven 12\n\n"
)


def items(text: str) -> list[tuple[int, str]]:
    return [(i.number, i.title) for i in parse_minutes(text).agenda_items]


def test_lettered_items_with_their_minutes_below_are_the_items_in_order():
    text = HEAD + (
        "a) Valg af dirigent\nBo Holm blev valgt.\n\n"
        "b) Formandens beretning\nBeretningen blev godkendt.\n\n"
        "c) Regnskab\nGodkendt. Kassereren sender regnskabet til kommunen senest 1. april.\n\n"
        "d) Eventuelt\nIntet.\n"
    )
    assert items(text) == [
        (1, "Valg af dirigent"),
        (2, "Formandens beretning"),
        (3, "Regnskab"),
        (4, "Eventuelt"),
    ]
    (draft,) = extract_draft_actions(parse_minutes(text))
    assert draft.agenda_item_number == 3 and "regnskabet" in draft.title


def test_a_lettered_agenda_and_its_minutes_after_ad_letter():
    text = HEAD + (
        "Dagsorden ifølge foreningens vedtægter\n\n"
        "a. Valg af dirigent\n\nb. Beretning om foreningens virksomhed\n\n"
        "c. Aflæggelse af årsregnskab\n\nd. Eventuelt.\n\n"
        "Ad. a\nPer Holm blev valgt.\n\nAd. b\nBeretningen blev godkendt.\n\n"
        "Ad. c\nRegnskabet blev godkendt.\n\nAd. d\nIntet.\n"
    )
    assert items(text) == [
        (1, "Valg af dirigent"),
        (2, "Beretning om foreningens virksomhed"),
        (3, "Aflæggelse af årsregnskab"),
        (4, "Eventuelt"),
    ]


def test_a_numbered_items_lettered_points_stay_its_own():
    text = HEAD + (
        "1. Siden sidst\na) Kassereren\nIntet nyt.\nb) Formanden\nIntet.\nc) Udvalgene\nIntet.\n\n"
        "2. Eventuelt\nIntet.\n"
    )
    assert [number for number, _ in items(text)] == [1, 2]
