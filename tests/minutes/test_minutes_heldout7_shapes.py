"""Agenda shapes of parish councils' and parents' boards' web-page referater (issue 25), in
documents written for these tests: a word processor's list whose every item shows "1."."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


# A parish council's page: every item " 1." (the list's numbers lost), the title run in before
# a colon, written small, some behind a stray ": ".
ALL_ONES = """Referat af menighedsrådsmøde d. 3. marts 2021

Deltagere: Anne, Bo og Carl

 1. godkendelse af dagsorden: Dagsordenen blev godkendt.

 1. regnskab for året: Regnskabet blev gennemgået og godkendt.

 1. : Udlejning af sognehuset: Huset lejes ud i weekenderne. Kassereren sørger for aftalen.
"""


def test_a_list_whose_every_item_is_one_is_numbered_in_order_with_its_run_in_titles():
    minutes = parse_minutes(ALL_ONES)
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Regnskab for året"),
        (3, "Udlejning af sognehuset"),
    ]
    assert "renumbered" in [w.code for w in minutes.warnings]  # said, not silent


def test_a_list_with_other_numbers_keeps_its_small_lines_out_of_the_items():
    text = ALL_ONES.replace(" 1. : Udlejning", " 2. Udlejning")
    assert (1, "Godkendelse af dagsorden") not in items(parse_minutes(text))
