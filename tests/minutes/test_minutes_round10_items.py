"""Head and item shapes of real referater (issue 25, round 10): a members' general assembly
recording elections, a web page's list item with its text on a deeper line.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.minutes.errors import MinutesError
from tracker.minutes.parser import parse_minutes

ASSEMBLY = """2024 – 2025 Sæson

Generalforsamling 2025

Onsdag den 12. februar kl. 19.00 i Kulturladen

Dagsorden:

 1. Valg af ordstyrer.
  Hanne Krog blev valgt.
 2. Beretning ved formand Jens Lund
  kan læses på foreningens side.
 3. Regnskab ved kasserer Ole Vig
  Et lille underskud på 4.000 kr.
 4. Valg
  Ole Vig og Pia Holm blev genvalgt til bestyrelsen.
 5. Eventuelt
  Ingen bemærkninger.
"""


def test_a_general_assembly_recording_elections_is_read_not_refused():
    minutes = parse_minutes(ASSEMBLY)
    assert minutes.date == date(2025, 2, 12)
    assert minutes.start_time == time(19, 0)
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3, 4, 5]


def test_a_list_items_text_on_a_deeper_line_is_no_part_of_its_title():
    titles = [i.title for i in parse_minutes(ASSEMBLY).agenda_items]
    assert titles[1] == "Beretning ved formand Jens Lund"
    assert titles[3] == "Valg"


def test_an_assembly_invitation_without_outcomes_is_still_refused():
    invitation = ASSEMBLY.replace("blev valgt", "foreslås").replace("blev genvalgt", "stiller op")
    with pytest.raises(MinutesError):
        parse_minutes(invitation)


LISTED_PAGE = """Referat: 3. november 2025 kl. 16:00
Deltagere
- Ib Hansen
- Bo Lind
- Kim Dahl
Referat
- Godkendelse af dagsorden
- Besøg på havnen
- Budget for stier
- Eventuelt
1 : Godkendelse af dagsorden
Sagsnr:
BilagIngen bilag.
BeslutningGodkendt.
Fraværende- Kim Dahl ()
2 : Besøg på havnen
Sagsnr:
SagsfremstillingUdvalget ser havnens nye kaj.
"""


def test_a_number_then_a_spaced_colon_heads_an_item_and_a_blank_case_field_adds_none():
    items = parse_minutes(LISTED_PAGE).agenda_items
    assert [(i.number, i.title) for i in items][:2] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Besøg på havnen"),
    ]


def test_the_bulleted_item_list_above_the_written_items_keeps_the_items_left_out():
    items = parse_minutes(LISTED_PAGE).agenda_items
    assert [(i.number, i.title) for i in items][2:] == [(3, "Budget for stier"), (4, "Eventuelt")]


def test_a_bullet_list_that_is_not_the_items_adds_none():
    other = LISTED_PAGE.replace("- Besøg på havnen", "- Referat fra sidst")
    assert [i.number for i in parse_minutes(other).agenda_items] == [1, 2]


def test_an_absence_label_glued_to_its_lists_dash_marks_the_member_absent():
    absent = [a.name for a in parse_minutes(LISTED_PAGE).attendees if not a.present]
    assert absent == ["Kim Dahl"]


def test_a_slots_clock_times_after_the_title_are_no_part_of_it():
    items = parse_minutes(
        """Referat af skolebestyrelsesmøde 4. marts 2025

1. Godkendelse af dagsorden – 17.00 – 17.05

Godkendt.

2. Trivsel i indskolingen (17.05-17.30)

Drøftet.

3. Åbent hus 10-12

Holdes i maj.

4. Lærer Ane fortalte om lejrskolen fra kl. 17.30-17.45

Tak for det.
"""
    ).agenda_items
    assert [i.title for i in items] == [
        "Godkendelse af dagsorden",
        "Trivsel i indskolingen",
        "Åbent hus 10-12",
        "Lærer Ane fortalte om lejrskolen fra kl. 17.30-17.45",
    ]


DECIMAL = """Referat af bestyrelsesmøde 5. maj 2024

1.0 Status på vejene

1.1 Grusvej

Grus er lagt.

1.2 Hegn

Ole maler hegnet.

2.0 Økonomi

Kassen er god.

3.0 Eventuelt

Intet.
"""


def test_a_decimal_outlines_whole_numbers_are_the_items():
    items = parse_minutes(DECIMAL).agenda_items
    assert [(i.number, i.title) for i in items] == [
        (1, "Status på vejene"),
        (2, "Økonomi"),
        (3, "Eventuelt"),
    ]


COLON_TOPICS = """Referat bestyrelsesmøde 9/3 – 2025

Bestyrelsesmøde d. 9/3 2025.

Tagrender:

Der besluttes at skifte tagrenderne på nordsiden i foråret.

Udlejning.

Prisen for leje af salen hæves til 900 kr. fra 1. juli.

Sommerfest:

Grethe og Lis laver en plan for festen til næste møde.

Ref. Anne Dam
"""


def test_topics_ending_in_a_colon_on_lines_of_their_own_are_the_items():
    items = parse_minutes(COLON_TOPICS).agenda_items
    assert [i.title for i in items] == ["Tagrender", "Udlejning", "Sommerfest"]


def test_one_topic_with_a_colon_makes_no_items():
    one = COLON_TOPICS.replace("Sommerfest:", "Sommerfest skal holdes.")
    assert parse_minutes(one).agenda_items == []


PREFACED = """Møder i Brugerrådet

Her finder du rådets mødeplan for resten af året:

15. august

12. september - alle dage kl. 10

***

Referat fra d. 20. juni 2024

Nye stole i caféen
Rådet har set tre modeller og vælger den lyse.

Sommerudflugt
Turen går til Gavnø den 3. juli.
"""


def test_a_pages_preface_above_a_rule_is_no_part_of_the_referat():
    minutes = parse_minutes(PREFACED)
    assert minutes.date == date(2024, 6, 20)
    assert [i.title for i in minutes.agenda_items] == ["Nye stole i caféen", "Sommerudflugt"]


GUEST = """Referat af møde i Ældrerådet 5. marts 2025 kl. 10.00

Medlemmer
- Inge Bak
- Poul Ravn
- Dorte Lund

1. Godkendelse af dagsorden
Godkendt

2. Udvalgets budget v/Kirsten Holm
Afbud fra Kirsten Holm
Rådet læste budgettet selv.

3. Eventuelt
Afbud fra Poul Ravn til næste møde.
"""


def test_regrets_from_the_items_presenter_are_no_members_absence():
    minutes = parse_minutes(GUEST)
    assert [a.name for a in minutes.attendees if not a.present] == []


def test_regrets_from_a_member_in_an_item_still_count():
    member = GUEST.replace("Afbud fra Kirsten Holm", "Afbud fra Dorte Lund")
    assert [a.name for a in parse_minutes(member).attendees if not a.present] == ["Dorte Lund"]


MARKED = """Referat fra Integrationsrådet

Integrationsrådet 4. april 2025

Åben

Beslutning

Dagsorden godkendes

Åben

Beslutning

Rådet hørte om sprogcaféen, som nu holdes hver tirsdag i biblioteket.

Åben

Beslutning

Rådet drøftede høringssvaret om boligsociale tiltag og sender det inden fristen.
"""


def test_access_marks_over_each_items_label_are_items_with_lost_titles():
    items = parse_minutes(MARKED).agenda_items
    assert [i.title for i in items] == ["(titlen mangler i referatet)"] * 3
    assert "sprogcaféen" in items[1].decision


def test_a_sentence_saying_where_the_meeting_was_held_gives_its_place():
    minutes = parse_minutes(
        COLON_TOPICS.replace("Ref. Anne Dam", "Vi holdt mødet i det nye køkken.")
    )
    assert minutes.location == "det nye køkken"


def test_the_next_meetings_place_is_not_this_meetings():
    told = COLON_TOPICS.replace("Ref. Anne Dam", "Næste møde holdes i det nye køkken.")
    assert parse_minutes(told).location is None


GLUED_VERDICT = """Referat af møde i Handicaprådet 2. april 2025 kl. 13.00
Mødet holdes i mødelokale 3
1. Godkendelse af dagsorden
Godkendt
2. Godkendelse af referat
Godkendt Orientering om den nye strategi for tilgængelighed v/Lise Bro
Rådet hørte om strategien og stillede spørgsmål til tidsplanen.
"""


def test_the_next_items_title_glued_to_a_verdict_is_the_next_item():
    items = parse_minutes(GLUED_VERDICT).agenda_items
    assert [(i.number, i.title) for i in items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat"),
        (3, "Orientering om den nye strategi for tilgængelighed v/Lise Bro"),
    ]


def test_a_verdict_with_a_sentence_after_it_stays_the_decision():
    said = GLUED_VERDICT.replace(
        "Godkendt Orientering om den nye strategi for tilgængelighed v/Lise Bro",
        "Godkendt med de rettelser, som Lise Bro sendte.",
    )
    assert len(parse_minutes(said).agenda_items) == 2


def test_the_first_item_right_below_a_long_dated_title_line_is_kept():
    text = GLUED_VERDICT.replace("Mødet holdes i mødelokale 3\n", "")
    assert [i.number for i in parse_minutes(text).agenda_items] == [1, 2, 3]
