"""Shapes of small associations' and councils' web-page referater (issue 25), in documents
written for these tests: a list that restarts its numbering at the items' own column, a nested
list inside an item, sentence-long numbered headings, and tasks in ordinary Danish word order."""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


def drafts(text: str):
    return extract_draft_actions(parse_minutes(text))


# A village council's page: items " N." at one column, their text further in or at the margin,
# the numbering starting again at 1 halfway, and a list of funds nested inside item 5.
RESTARTED = """Referat af bestyrelsesmødet tirsdag den 4. marts 2025 klokken 19.00
hos Lise på Kirkevej

Til stede var Lise, Per og Hanne

 1. Godkendelse af referat
  Godkendt uden bemærkninger

 2. Kassebeholdning
Beholdningen er opgjort af Per.

 3. Forårsmarked 12. april 2025
– Programmet blev gennemgået
– Boderne er fordelt

 1. Legepladsen
  Se referatet fra januarmødet om legepladsen
 2. Fonde
  – Vi søger disse fonde:

  1. Byfonden – senest 20. marts (Hanne søger)
  2. Kulturpuljen – senest 1. maj (Per søger)
 3. Eventuelt
  Intet
"""


def test_numbering_that_starts_again_at_the_items_column_continues_the_items():
    minutes = parse_minutes(RESTARTED)
    assert items(minutes) == [
        (1, "Godkendelse af referat"),
        (2, "Kassebeholdning"),
        (3, "Forårsmarked 12. april 2025"),
        (4, "Legepladsen"),
        (5, "Fonde"),
        (6, "Eventuelt"),
    ]
    assert "renumbered" in [w.code for w in minutes.warnings]  # said, not silent


def test_a_nested_numbered_list_is_points_of_its_item_not_glued_together():
    found = {d.title: d for d in drafts(RESTARTED)}
    byfond = next(d for t, d in found.items() if "Byfonden" in t)
    assert byfond.agenda_item_number == 5
    assert " 2" not in byfond.title and "Kulturpuljen" not in byfond.title
    assert byfond.owner_names == ["Hanne"]
    assert str(byfond.due_end) == "2025-03-20"
    kultur = next(d for t, d in found.items() if "Kulturpuljen" in t)
    assert kultur.owner_names == ["Per"] and str(kultur.due_end) == "2025-05-01"


def test_without_indentation_a_restarted_list_stays_a_list():
    # the same restart at the margin, where the items' text stands too: a list inside item 3
    flat = "\n".join(line.strip() for line in RESTARTED.splitlines())
    titles = [t for _, t in items(parse_minutes(flat))]
    assert "Legepladsen" not in titles


# ------------------------------------------------------------------------------ headings

SENTENCE_HEADINGS = """Referat fra Beboerrådets møde 9. april 2025

1. Ændring af husordenen så den passer til de nye vaskeregler.
Forslaget blev drøftet og vedtaget.

2. Valg af kasserer for det kommende år.
Valgt blev Ole Bak.

3. Affaldssorteringen i gården tydeliggøres gennem opslag i opgangene, herunder oplysning \
om hvilke containere der tømmes hvornår og af hvem.
Beslutning:
Rådet tilslutter sig at viceværten sætter opslag op.

4. Eventuelt – herunder næste møde.
"""


def test_numbered_headings_that_are_whole_sentences_are_items():
    minutes = parse_minutes(SENTENCE_HEADINGS)
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4]
    assert items(minutes)[0][1] == "Ændring af husordenen så den passer til de nye vaskeregler"
    assert items(minutes)[2][1].startswith("Affaldssorteringen i gården tydeliggøres")


def test_a_numbered_sentence_inside_an_item_stays_its_text():
    text = (
        "Referat fra Beboerrådets møde 9. april 2025\n\n"
        "1. Vaskeriet\nDer er to forslag.\n\n"
        "1. Maskinerne udskiftes til sommer.\n2. Vaskeriet males.\n\n"
        "2. Eventuelt\nIntet.\n"
    )
    titles = [t for _, t in items(parse_minutes(text))]
    assert titles[0] == "Vaskeriet"
    assert not any("udskiftes" in t or "males" in t for t in titles)


def test_an_unnumbered_evt_after_the_numbered_items_is_the_last_item():
    text = (
        "Bestyrelsesmøde den 02.05.2025\n\nMødedeltagere:\nAnne Lund, Per Holm\n\n"
        "Punkt 1: Grønne områder\nHækkene klippes i juni.\n\n"
        "Punkt 2: Økonomi\nKassereren fremlagde regnskabet.\n\n"
        "Evt:\nRydning af grøften foretages når frosten er gået af jorden.\n"
    )
    minutes = parse_minutes(text)
    assert items(minutes) == [(1, "Grønne områder"), (2, "Økonomi"), (3, "Evt")]
    found = drafts(text)
    assert [(d.agenda_item_number, d.title) for d in found if "grøften" in d.title] == [
        (3, "Foretage rydning af grøften når frosten er gået af jorden")
    ]


def test_a_long_numbered_sentence_gives_its_first_sentence_as_the_title():
    text = (
        "Referat af menighedsrådsmøde 8. oktober 2025 kl. 19.30 i Sognehuset.\n\n"
        "1. Temadag om salmer, lørdag den 29. november indkaldt af provsten. En orientering "
        "ved Eva. Fire hæfter delt ud. Programmet ligger på hjemmesiden.\n"
        "Tilmelding til Eva senest den 12. november.\n\n"
        "2. Eventuelt\nIntet.\n"
    )
    minutes = parse_minutes(text)
    assert items(minutes)[0] == (
        1,
        "Temadag om salmer, lørdag den 29. november indkaldt af provsten",
    )


def test_minutes_numbered_under_an_agenda_list_are_no_new_items():
    text = (
        "Bestyrelsesmøde 2/6 2025\n\nTilstede var: Ib, Lone og Pia.\n\nDagsorden var:\n\n"
        "  1. Regnskab\n  2. Ændring i bestyrelsen\n  3. Evt\n\nReferat:\n\n"
        "  1. Bestyrelsen har godkendt regnskabet. Det sendes nu til revisor.\n"
        "  2. Lone træder ud af bestyrelsen. Pia træder ind.\n"
        "  3. Der var ikke noget under eventuelt\n"
    )
    assert [t for _, t in items(parse_minutes(text))] == [
        "Regnskab",
        "Ændring i bestyrelsen",
        "Evt",
    ]
