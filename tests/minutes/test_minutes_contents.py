"""A contents list's items that the body leaves out (issue 25), in documents written for these
tests: a case system's "Dagsordenspunkter" with a closed item, and a table of contents whose
number, title and page each stand on a line of their own."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


# A committee's page from a case system: the list of items, open and closed, then each open
# item under its own header; the closed one has no text in the public minutes.
CLOSED_ITEM = """Referat
Kulturudvalget
04-03-2025 kl. 15:00
Mødelokale 2, Torvet 1, 9000 Byen
Dagsordenspunkter

  åbent 1 Godkendelse af dagsorden
  åbent 2 Tilskud til foreningerne
  lukket 3 Salg af grund
  åbent 4 Eventuelt

 1  Godkendelse af dagsorden

Beslutning

Godkendt.

 2  Tilskud til foreningerne

Beslutning

Udvalget bevilgede tilskuddene.

 4  Eventuelt

Beslutning

Intet.
"""


def test_a_closed_item_named_only_in_the_list_stays_without_text():
    minutes = parse_minutes(CLOSED_ITEM)
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Tilskud til foreningerne"),
        (3, "Salg af grund"),
        (4, "Eventuelt"),
    ]
    assert minutes.agenda_items[2].decision == ""
    assert minutes.agenda_items[3].decision == "Intet."


def test_a_list_the_body_does_not_follow_adds_nothing():
    text = CLOSED_ITEM.replace(" 2  Tilskud til foreningerne", " 2  Noget helt andet").replace(
        " 1  Godkendelse af dagsorden\n", " 1  Et andet emne\n"
    )
    assert [n for n, _ in items(parse_minutes(text))] == [1, 2, 4]


# A council's minutes saved from a PDF: the table of contents one cell a line (number, title,
# page), then the items.
PAGED_CONTENTS = """Ungdomsrådet

Referat

af mødet den 5. februar 2025 fra kl. 17:00

i mødelokale 4, Rådhuset.

INDHOLDSFORTEGNELSE:

Pkt. nr.

Sag

Sidetal

1.

Godkendelse af dagsorden

2

2.

Valg af formand

3

3.

Lukket punkt: Ansøgning om støtte

4

1.    Godkendelse af dagsorden

Beslutning

Godkendt.

2.    Valg af formand

Beslutning

Emma blev valgt.
"""


def test_a_table_of_contents_one_cell_a_line_names_the_items_and_keeps_the_closed_one():
    minutes = parse_minutes(PAGED_CONTENTS)
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Valg af formand"),
        (3, "Lukket punkt: Ansøgning om støtte"),
    ]
    assert minutes.agenda_items[1].decision == "Emma blev valgt."


# A committee's PDF: the contents with leader dots and a closed part, the open items after it.
DOTTED_CONTENTS = """Referat
Vejudvalget
Mødedato: 4. marts 2025 kl. 16.00
Sted: Mødelokale 2

INDHOLDSFORTEGNELSE
Åbent referat
1. Meddelelser ........................................ 3
2. Cykelstier ......................................... 4
Lukket referat
3. Køb af areal ....................................... 6

1. Meddelelser
Sagsnr.: 2025-100
Beslutning
Taget til efterretning.

2. Cykelstier
Sagsnr.: 2025-101
Beslutning
Godkendt.
"""


def test_a_dotted_contents_lists_the_closed_item_the_open_minutes_leave_out():
    minutes = parse_minutes(DOTTED_CONTENTS)
    assert items(minutes) == [(1, "Meddelelser"), (2, "Cykelstier"), (3, "Køb af areal")]
    assert minutes.agenda_items[1].case_number == "2025-101"
