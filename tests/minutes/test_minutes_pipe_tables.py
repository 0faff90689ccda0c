"""Tables written with pipes: a Markdown referat's decision table ("| Punkt | Beslutning |
Ansvarlig | Frist |" over its "|---|" rule) and a web page's table copied as text ("Mødepunkt
| Referat |", each row "3 - Title | Decision |") are read as the tabbed tables of a Word file
are (tracker.minutes.pipe_tables, tracker.minutes.tables).

Every document here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.pipe_tables import pipes_as_tabs

MARKDOWN = """# Referat af møde i Driftsudvalget 12. marts 2026

Deltagere: Anne Holm, Bo Lund, Carl Vinter

| Punkt | Beslutning | Ansvarlig | Frist |
|---|---|---|---|
| 1. Godkendelse af dagsorden | Godkendt. | | |
| 2. Ny hjemmeside | Tilbud indhentes fra to leverandører. | Bo Lund | 1. maj 2026 |
| 3. Sommerfest | Festen holdes på Torvet. Plakater laves. | Anne Holm | |
"""

COPIED = """Udvalgsmøde den 4. juni 2026
Deltagere: Eva Ring, Finn Dal, Gerd Mose
Mødepunkt | Referat |
1 - Godkendelse af dagsorden | Godkendt. |
2 - Budget 2027 Udkast til budget. | Godkendt. Kassereren skal orientere udvalget om forbruget. |
3 - Legepladsen Ansøgning om midler til ny gynge. | Udsat til næste møde. |
"""


def _items(minutes) -> list[tuple[int, str]]:
    return [(item.number, item.title) for item in minutes.agenda_items]


def test_a_markdown_decision_table_gives_items_owners_and_deadlines():
    minutes = parse_minutes(MARKDOWN)
    assert _items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Ny hjemmeside"),
        (3, "Sommerfest"),
    ]
    drafts = {d.agenda_item_number: d for d in extract_draft_actions(minutes)}
    assert drafts[2].title == "Indhente tilbud fra to leverandører"
    assert drafts[2].owner_names == ["Bo Lund"] and drafts[2].due_end == date(2026, 5, 1)
    assert drafts[3].title == "Lave plakater" and drafts[3].owner_names == ["Anne Holm"]
    assert 1 not in drafts


def test_a_web_tables_rows_copied_with_pipes_are_the_items_of_their_numbers():
    minutes = parse_minutes(COPIED)
    assert [number for number, _ in _items(minutes)] == [1, 2, 3]
    assert _items(minutes)[0] == (1, "Godkendelse af dagsorden")
    assert _items(minutes)[1][1].startswith("Budget 2027")
    drafts = extract_draft_actions(minutes)
    task = next(d for d in drafts if d.agenda_item_number == 2)
    assert task.title == "Orientere udvalget om forbruget" and task.owner_names == ["Kassereren"]


def test_a_lone_pipe_in_a_sentence_is_no_table():
    text = "Punkt 2: Valg\nStemmerne fordelte sig 4 | 3.\nKassereren sender listen.\n"
    assert pipes_as_tabs(text) == text
    two = "a | b |\nc | d |\n"
    assert pipes_as_tabs(two) == "a\tb\nc\td\n"


def test_a_copied_table_whose_last_row_the_text_cut_off_keeps_all_its_items():
    # the copy ends inside the last row, before its first bar: the rows above must not be
    # lost to a lone "4 - …" line read as the only item
    cut = COPIED + "4 - Łukasz' forslag om bænke\n"
    minutes = parse_minutes(cut)
    assert [number for number, _ in _items(minutes)] == [1, 2, 3, 4]
    assert _items(minutes)[3] == (4, "Łukasz' forslag om bænke")


def test_a_numbered_line_after_a_table_with_more_text_after_it_is_no_row():
    text = "a | b |\n1 - c | d |\n2 - e\nMere tekst.\n"
    assert pipes_as_tabs(text) == "a\tb\n1 - c\td\n2 - e\nMere tekst.\n"
