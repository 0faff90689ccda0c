"""Meeting fields of real referater's shapes (issue 25, audit of the header and items), in
documents written for these tests: a table's "Pkt. 1" cell above its title cell."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes

# A school board's Word table saved as text: the number cell ("Pkt. 1"), the title cell and
# the time cell each on a line of their own.
CELLS = """Referat 3. april 2024

Skolebestyrelsesmøde den 3. april 2024 kl. 17.00-19.00

Deltagere:

Ole Bak, Rita Holm, Sara Lind

Pkt. 1

Godkendelse af dagsorden

17.00-17.10

Godkendt

Punkt 2

Skolens budget

17.10-18.00

Budgettet blev drøftet.
"""


def test_a_number_cell_above_its_title_cell_heads_an_item_with_that_title():
    minutes = parse_minutes(CELLS)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skolens budget"),
    ]


# A short plain referat: each numbered line the item's title, a colon and its minutes, one of
# them a title alone with a full stop.
RUN_IN = """Referat fra bestyrelsesmøde tirsdag d. 8. oktober 2024 kl. 19.00 i Klubhuset
Til stede: Ole Bak, Rita Holm, Sara Lind.
1. Godkendelse af dagsordenen.
2. Siden sidst: Rita har talt med kommunen om lokalerne.
3. Kommende arrangementer: Se årshjulet på hjemmesiden.
"""


def test_numbered_lines_with_a_title_and_a_colon_keep_their_titles():
    minutes = parse_minutes(RUN_IN)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsordenen"),
        (2, "Siden sidst"),
        (3, "Kommende arrangementer"),
    ]
    item = minutes.agenda_items[1]
    assert "kommunen" in item.summary + item.decision + str(item.points)


# A nursery's board: "Ad.N" with the title and a full stop after it, no agenda list above,
# the minutes on the lines below.
AD_DOTTED = """Bestyrelsesmøde. Referat.

Tirsdag den 5. november 2024 kl. 17.00 – 19.00.

Tilstede: Ole, Rita og Sara.

Ad.1 Godkendelse af referat fra sidste møde.

Referatet blev godkendt.

Ad.2.Forretningsorden.

Rita gennemgik forretningsordenen.

Ad 3. Eventuelt.

Intet.
"""


def test_an_ad_line_with_a_dotted_title_and_the_minutes_below_keeps_its_title():
    minutes = parse_minutes(AD_DOTTED)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af referat fra sidste møde"),
        (2, "Forretningsorden"),
        (3, "Eventuelt"),
    ]


def test_an_ad_line_whose_words_are_the_decision_keeps_them_as_minutes():
    text = AD_DOTTED.replace("Ad.2.Forretningsorden.", "Ad.2.Godkendt.")
    minutes = parse_minutes(text)
    assert minutes.agenda_items[1].title != "Godkendt"


# A village association's e-mail referat: the first items each a title, a colon and a one-word
# decision on one line, then items with their minutes below.
SHORT_DECISIONS = """Referat fra bestyrelsesmøde 4. november 2024 hos Ole

Mødedeltagere: Ole, Rita, Sara

Dagsorden:

1. Kommentarer til sidste referat: ingen.

2. Regnskab: godkendt.

3. Opfølgning på gamle sager:

  • Rita har holdt det første møde i festudvalget.

4. Nye sager:

  • Sommerfest den 14. juni 2025.
"""


def test_items_with_a_title_and_a_one_word_decision_on_their_line_are_items():
    minutes = parse_minutes(SHORT_DECISIONS)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Kommentarer til sidste referat"),
        (2, "Regnskab"),
        (3, "Opfølgning på gamle sager"),
        (4, "Nye sager"),
    ]
    assert "godkendt" in minutes.agenda_items[1].decision.lower()


# A parish council's referat: under the first item, a sentence that opens with "Punkt 4".
PUNKT_SENTENCE = """Referat fra menighedsrådsmødet den 12. marts 2025 kl. 19.00

Afbud: Ole og Rita.

1. Godkendelse af dagsorden

Punkt 4 flyttes til efter punkt 2.

2. Meddelelser

Formanden orienterede om provstiets budget.
"""


def test_a_sentence_opening_with_punkt_and_a_number_is_no_item():
    minutes = parse_minutes(PUNKT_SENTENCE)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Meddelelser"),
    ]


# The forum named only by its meeting's word in the head's lines, with a date and a place
# after it (no "Udvalg:" field, no body on a line of its own).
BOARD_WORD = """Referat 9. april 2025

Skolebestyrelsesmøde den 9. april kl. 17.30-19.30 i personalerummet

Deltagere: Ole Bak, Rita Holm

1. Godkendelse af dagsorden

Godkendt.
"""


def test_a_body_named_only_by_its_meeting_word_is_the_forum():
    assert parse_minutes(BOARD_WORD).forum == "Skolebestyrelsen"
    council = BOARD_WORD.replace(
        "Skolebestyrelsesmøde", "Referat af ekstraordinært møde i ældrerådet"
    )
    assert parse_minutes(council).forum == "Ældrerådet"
    upper = BOARD_WORD.replace("Skolebestyrelsesmøde", "BRUGERRÅDSMØDE")
    assert parse_minutes(upper).forum == "Brugerrådet"


def test_another_meeting_word_names_no_forum_and_the_forum_is_asked():
    text = BOARD_WORD.replace("Skolebestyrelsesmøde den", "Dialogmøde den")
    minutes = parse_minutes(text)
    assert minutes.forum == ""
    assert "no_forum" in [w.code for w in minutes.warnings]


# A club's PDF: the meeting's own line gives its day without the year (the year stands before
# it), and a stamp of the day the minutes were written stands alone below it.
STAMPED = """Referat af 7. bestyrelsesmøde 2024

7. bestyrelsesmøde 2024 den 2. september, kl. 19:30 – 22:00.

06 SEP 2024

Mødt: Ole Bak, Rita Holm

1. Budget

Godkendt.
"""


def test_a_stamp_date_that_the_meetings_own_yearless_line_disagrees_with_is_asked():
    minutes = parse_minutes(STAMPED)
    warning = next(w for w in minutes.warnings if w.code == "two_dates")
    assert "2. september 2024" in warning.da and "6. september 2024" in warning.da


def test_a_kl_label_with_a_colon_gives_the_start_time():
    text = (
        "Referat fra seniorrådsmøde\n\nDato: 4. marts 2025\n\nKl: 14.15 – 15.15\n"
        "Sted: Salen\n\n1. Budget\n\nGodkendt.\n"
    )
    minutes = parse_minutes(text)
    assert (minutes.start_time.isoformat(), minutes.location) == ("14:15:00", "Salen")


def test_a_date_with_a_dot_and_a_space_before_the_year_gives_its_time_and_place():
    text = (
        "Referat fra Ældrerådsmøde mandag den 03.03 2025 Kl. 10.00 i mødelokalet på Rådhuset\n\n"
        "Tilstede: Ole Bak, Rita Holm.\n\n1. Budget\n\nGodkendt.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date.isoformat() == "2025-03-03"
    assert minutes.start_time.isoformat() == "10:00:00"
    assert minutes.location == "mødelokalet på Rådhuset"


# A school board's page: the date in figures with spaces ("09. 11 2024") on its own line and
# the time span alone below it.
FIGURES = """Referat 2024.11.09

Bestyrelsesmøde

09. 11 2024

17.00 –19.30

Afbud: Ole Bak

1. Formand: Der har ikke været nogen henvendelser.

2. Eventuelt
"""


def test_a_date_in_figures_on_its_own_line_is_no_item_and_the_time_below_it_is_read():
    minutes = parse_minutes(FIGURES)
    assert minutes.date.isoformat() == "2024-11-09"
    assert minutes.start_time.isoformat() == "17:00:00"
    assert [i.number for i in minutes.agenda_items] == [1, 2]
