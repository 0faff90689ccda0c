"""Item shapes of real referater (issue 25, round 12): a body's decision labelled in the
genitive ("Bestyrelsens beslutning."), an agenda tool's "N - Title" numbers, a table's title
and decision cells run together on one line.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

BODY_DECISION = """Referat af bestyrelsesmøde d. 4/2

Bestyrelsen for Lunde og Bakke Kirkegårde.
Mødet blev holdt onsdag den 4. februar 2026 kl. 16.00 i Lunde Sognehus.

Referat.
1. Godkendelse af referat fra sidste møde.
Bestyrelsens beslutning. Godkendt.

2. Hækken ved den nordlige indgang.
Bestyrelsens beslutning. Hækken klippes i maj. Graveren bestiller en ny hækkeklipper.

3. Graveren orienterer om vinterens arbejde.
Stier er gruset og bænke malet.

4. Eventuelt. Intet.
"""


def _items(minutes) -> list[tuple[int, str]]:
    return [(item.number, item.title) for item in minutes.agenda_items]


def test_a_bodys_decision_in_the_genitive_proves_the_numbered_titles_above_it():
    minutes = parse_minutes(BODY_DECISION)
    assert _items(minutes) == [
        (1, "Godkendelse af referat fra sidste møde"),
        (2, "Hækken ved den nordlige indgang"),
        (3, "Graveren orienterer om vinterens arbejde"),
        (4, "Eventuelt"),
    ]
    hedge = minutes.agenda_items[1]
    assert "Hækken klippes i maj." in hedge.decision
    assert "Bestyrelsens beslutning" not in hedge.decision


DASHED = """Referat

Udvalgsmøde den 3. marts 2026 - d. 03-03-2026 kl. 09:00 til 11:00
Deltagere: Anne Holm, Bo Kjær, Carl Dam.

2 - Meddelelser
Nyt fra stiftet:
- Kursus i regnskab den 12. marts
- Ny vejledning om kirkegårde
Taget til efterretning.
3 - Bakkeby MR - budget for tagrenovering
Indstilling:
Godkendes.
Godkendt.
4 - Skovby MR - ansøgning om nyt orgel Det blev besluttet, at menighedsrådet skal indhente
to tilbud mere.
5 - Eventuelt
Intet.
"""


def test_an_agenda_tools_number_spaced_dash_title_lines_are_the_items():
    minutes = parse_minutes(DASHED)
    assert _items(minutes) == [
        (2, "Meddelelser"),
        (3, "Bakkeby MR - budget for tagrenovering"),
        (4, "Skovby MR - ansøgning om nyt orgel"),
        (5, "Eventuelt"),
    ]


def test_a_decision_run_in_on_the_title_line_is_the_items_text_not_its_title():
    organ = parse_minutes(DASHED).agenda_items[2]
    assert organ.title == "Skovby MR - ansøgning om nyt orgel"
    assert "Det blev besluttet, at menighedsrådet skal indhente" in organ.decision + organ.summary


def test_numbers_in_a_dashed_range_are_not_items():
    text = DASHED.replace("Taget til efterretning.", "2 - 3 Personer har meldt afbud.")
    assert [n for n, _ in _items(parse_minutes(text))] == [2, 3, 4, 5]


UNTITLED_HEAD = """Referat bestyrelsesmøde d. 20/1 2026
Opfølgning på møde med naboklubben om fælles træning
Det tager vi op:
Fælles træning for juniorer om lørdagen. Det besluttes at prøve det i marts.
Fælles hold i turneringen, hvis begge klubber har spillere nok.
Bestyrelse
Vi mangler stadig en kasserer. Bestyrelsen spørger Mette, om hun vil stille op.
Sommerfest
Festen holdes den 20. juni. Lars bestiller telt og grill.
"""


def test_a_title_right_below_the_referats_dated_title_line_is_the_first_item():
    minutes = parse_minutes(UNTITLED_HEAD)
    assert _items(minutes) == [
        (1, "Opfølgning på møde med naboklubben om fælles træning"),
        (2, "Bestyrelse"),
        (3, "Sommerfest"),
    ]
    assert "Fælles træning for juniorer" in minutes.agenda_items[0].summary + "".join(
        minutes.agenda_items[0].decision
    )


PARAGRAPHS = """Padel Klubben

Referat: 4. februar 2026

Deltagere: Ane, Bo og Carl.
Fraværende: Dorte

""" + (
    " 1. Stormen havde revet en plade af taget på klubhuset. Bo fik det "
    "lukket med det samme, og nu er der bestilt nye plader, som sættes op "
    "snarest muligt.\n"
    " 2. Bestyrelsen enedes om at foreslå en ændring af vedtægterne om "
    "kontingentet for juniorer. Carl skriver forslaget til "
    "generalforsamlingen, så det kan sendes ud med indkaldelsen i god tid "
    "før mødet (Aktion: Carl).\n"
    " 3. Der skal indkaldes til generalforsamling senest den 1. marts i år.\n"
    " 4. Ane har talt med kommunen om lys på banerne. Kommunen vender "
    "tilbage inden sommerferien, og indtil da låner vi lamper af "
    "naboklubben, så træningen om aftenen kan fortsætte (Aktion: Ane).\n"
)


def test_numbered_paragraphs_without_titles_are_each_an_item_of_its_number():
    minutes = parse_minutes(PARAGRAPHS)
    assert [item.number for item in minutes.agenda_items] == [1, 2, 3, 4]
    # each titled by its paragraph, as a secretary reads it; a long one cut at a word
    titles = [item.title for item in minutes.agenda_items]
    assert titles[2] == "Der skal indkaldes til generalforsamling senest den 1. marts i år"
    assert titles[1].startswith("Bestyrelsen enedes om at foreslå") and titles[1].endswith(" …")
    assert all(len(title) <= 200 for title in titles)
    third = minutes.agenda_items[2]
    assert "indkaldes til generalforsamling" in third.summary + third.decision


def test_a_paragraphs_drafts_name_its_item_by_number_not_by_the_paragraph():
    text = PARAGRAPHS.replace(
        " 3. Der skal indkaldes til generalforsamling senest den 1. marts i år.\n",
        " 3. Juniorholdet mangler nye bolde og net til den kommende sæson på de udendørs "
        "baner, og vi har talt om flere muligheder for at købe dem billigt. Bo bestiller dem.\n",
    )
    drafts = extract_draft_actions(parse_minutes(text))
    bo = next(d for d in drafts if d.owner_names == ["Bo"])
    assert bo.title == "Bestille dem (punkt 3)"  # never the paragraph in parentheses


def test_numbered_titles_with_text_below_are_not_paragraphs():
    text = PARAGRAPHS.replace(
        " 3. Der skal indkaldes", " 3. Generalforsamling\n Der skal indkaldes"
    )
    minutes = parse_minutes(text)
    assert "(titlen mangler i referatet)" not in [item.title for item in minutes.agenda_items]


BYLINE_HEAD = """Sejlklubben Vesterhavn

Referat: 4. februar

6. februar 2026 - Skrevet af Ole Dam

Deltagere: Ane, Bo og Carl.

1. Budget
Budgettet blev godkendt.
"""


def test_the_referats_own_date_without_its_year_beats_the_posts_byline_a_few_days_later():
    minutes = parse_minutes(BYLINE_HEAD)
    assert minutes.date == date(2026, 2, 4)
    assert "two_dates" in [w.code for w in minutes.warnings]


def test_a_referat_label_dating_a_sentence_is_not_the_meetings_date():
    text = BYLINE_HEAD.replace("Referat: 4. februar", "Referat: 4. februar blev mødet aflyst")
    assert parse_minutes(text).date == date(2026, 2, 6)


GROUPS = """Referat af menighedsrådsmøde d. 10. marts 2026

Til stede: Anne, Bent, Carla og Dorte

Indledning:

 1. Sang og bøn ved Bent.
 2. Godkendelse af dagsorden.

Dagsordenen blev godkendt uden ændringer.

Til beslutning:

 1. Kirkegårdens hegn:

  Hegnet mod marken er råddent. Et nyt hegn sættes op til sommer.

 2. Udflugten:

  Turen går til Ribe i maj. Carla bestiller bussen.
"""


def test_a_count_restarting_under_each_group_of_items_reads_every_group_in_order():
    minutes = parse_minutes(GROUPS)
    assert _items(minutes) == [
        (1, "Sang og bøn ved Bent"),
        (2, "Godkendelse af dagsorden"),
        (3, "Kirkegårdens hegn"),
        (4, "Udflugten"),
    ]


def test_a_title_ended_by_its_full_stop_does_not_take_the_presenters_line_below():
    text = """Referat af bestyrelsesmøde den 12. marts 2026

1. Godkendelse af dagsorden
Godkendt.

2. Godkendelse af nyt budget for renovering af kirkens tag og flytning af arkivet.
v/ Hanne og Jens
Budgettet blev godkendt.
"""
    minutes = parse_minutes(text)
    assert minutes.agenda_items[1].title == (
        "Godkendelse af nyt budget for renovering af kirkens tag og flytning af arkivet"
    )


def test_a_title_without_its_full_stop_still_joins_its_wrapped_line():
    text = """Referat af bestyrelsesmøde den 12. marts 2026

1. Godkendelse af dagsorden
Godkendt.

2. Godkendelse af nyt budget for renovering af kirkens tag og
flytning af arkivet
Budgettet blev godkendt.
"""
    minutes = parse_minutes(text)
    assert minutes.agenda_items[1].title == (
        "Godkendelse af nyt budget for renovering af kirkens tag og flytning af arkivet"
    )


def test_a_title_and_verdict_right_above_item_2_is_item_1_whose_number_was_lost():
    text = DASHED.replace("2 - Meddelelser", "Godkendelse af dagsorden Godkendt.\n2 - Meddelelser")
    minutes = parse_minutes(text)
    assert _items(minutes)[:2] == [(1, "Godkendelse af dagsorden"), (2, "Meddelelser")]
    assert "Godkendt" in minutes.agenda_items[0].decision + minutes.agenda_items[0].summary


def test_a_head_line_above_item_2_is_not_item_1():
    text = DASHED.replace("2 - Meddelelser", "Mødet blev holdt i Salen.\n2 - Meddelelser")
    assert _items(parse_minutes(text))[0] == (2, "Meddelelser")
