"""Round 17: the meeting's fields, attendance and agenda items of small bodies' web-page
minutes: a page's dated title over the referat, a weekday's date without its year, run-on
item lines ("4 Title Den nye … blev …", "Title. Udsættes.", "Title: Godkendt ."), a topic and
its presenter after a colon, a PDF converter's image name under an item, an absence list
ended by a note, and items as paragraphs that open with their titles.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.errors import MinutesError
from tracker.minutes.parser import parse_minutes


def titles(minutes) -> list[str]:
    return [item.title for item in minutes.agenda_items]


def absent(minutes) -> list[str]:
    return [a.name for a in minutes.attendees if not a.present]


DATED_PAGE = """14. Marts - Dansk Beaglering

Dansk Beaglering
Referat af bestyrelsesmøde
Onsdag den 14. marts 2018 kl. 19.00
hos formanden, Kløvervej 7, 5600 Faaborg
Deltagere:
Jonna Kvist (JK)
Rasmus Ploug (RP)
Afbud:
Dagsorden:
1. Valg af ordstyrer
JK blev valgt.
2. Nyt fra kassereren
Kassen er gjort op, og der er 12.000 kr.
3. Hundetræf
Vi holder træf i juni.
"""


def test_a_pages_dated_title_is_no_item_and_the_referat_below_is_read():
    minutes = parse_minutes(DATED_PAGE)
    assert titles(minutes) == ["Valg af ordstyrer", "Nyt fra kassereren", "Hundetræf"]
    assert minutes.date == date(2018, 3, 14)
    assert minutes.start_time == time(19, 0)
    assert "Kløvervej 7" in (minutes.location or "")


UNDATED = """fra beboermøde i Kulturhuset Egely

                      onsdag den 9. april

Karin bød velkommen til de nye medlemmer.

1.Godkendelse af dagsorden:  Godkendt .

2. Godkendelse af referat: Godkendt

3 Bingo

4 Frivillige Den nye koordinator Mette Lund blev budt velkommen og fortalte om sig selv.

Hun holder kontortid om tirsdagen.

5. Udflugt

Turen går til Skagen i august.
"""


def test_a_referat_dated_by_its_weekday_without_the_year_is_read_and_asks_for_the_date():
    minutes = parse_minutes(UNDATED)
    assert minutes.date is None
    assert "no_date" in {w.code for w in minutes.warnings}
    assert titles(minutes) == [
        "Godkendelse af dagsorden",
        "Godkendelse af referat",
        "Bingo",
        "Frivillige",
        "Udflugt",
    ]


def test_an_invitation_dated_by_its_weekday_is_still_refused():
    invitation = UNDATED.replace(":  Godkendt .", "").replace(": Godkendt", "")
    invitation = invitation.replace("bød velkommen til", "byder velkommen til")
    invitation = invitation.replace("blev budt velkommen og fortalte", "præsenterer")
    with pytest.raises(MinutesError):
        parse_minutes(invitation)


# the head run on in one line, as a web page's paragraph
RUN_ON = (
    "Referat for bestyrelsesmøde i Grundejerforeningen Skovbrynet d.12.05.22 kl. 18.00-20.00 "
    "Deltagere: Lone, Per, Aksel. Afbud: Bente, Hugo og Svend. Note: Vi er ikke "
    "beslutningsdygtige, da Ida og Kim er udtrådt. Beslutningerne bekræftes på næste møde."
    """

 1. Underskrivning af regnskab. Udsættes.
 2. Vejene
  Der er lagt nyt grus på Egevej.
 3. Gennemgang af tilbud: Hegn ved Ole Bang.

page1image30211872

Bestyrelsen har valgt det billigste tilbud.
"""
)


def test_a_title_with_its_verdict_after_the_full_stop_is_the_title():
    assert titles(parse_minutes(RUN_ON))[0] == "Underskrivning af regnskab"


def test_a_topic_and_its_presenter_after_the_colon_stay_in_the_title():
    assert titles(parse_minutes(RUN_ON))[2] == "Gennemgang af tilbud: Hegn ved Ole Bang"


def test_a_pdf_converters_image_name_is_no_case_number():
    assert [item.case_number for item in parse_minutes(RUN_ON).agenda_items] == [None] * 3


def test_an_absence_list_ends_where_a_note_begins():
    assert absent(parse_minutes(RUN_ON)) == ["Bente", "Hugo", "Svend"]


RUN_IN = """Referat bestyrelsesmøde 4/10-2024

Til stede: Mona, Frits, Ulla, Georg

Afbud: Tage

Ny bestyrelse efter generalforsamlingen

Bestyrelsen fordeler opgaverne således:

 • Formand: Mona
 • Kasserer: Frits

Godkendelse af referat fra mødet 5. september :  Godkendt.

Kassen: Frits gennemgik regnskabet, som viser et lille overskud. Kontingentet fastholdes.

Bådebroen: Det overlades til Georg at indhente tilbud på en ny bro inden foråret.

Sommerfest:

 • Ulla undersøger priser på telt.
 • Vi holder festen i juni.
"""


def test_paragraphs_that_open_with_their_titles_are_the_items():
    minutes = parse_minutes(RUN_IN)
    assert titles(minutes) == [
        "Ny bestyrelse efter generalforsamlingen",
        "Godkendelse af referat fra mødet 5. september",
        "Kassen",
        "Bådebroen",
        "Sommerfest",
    ]
    assert "overskud" in minutes.agenda_items[2].decision
    assert absent(minutes) == ["Tage"]


DATED_EVENTS = """Referat af bestyrelsesmøde (2. februar 2026)

Dato: Mandag den 2. februar 2026
Tilstede: Birte, Svend, Nanna
Afbud: Olaf

Mødet handlede om sommerens markedsdag.

Programmet blev gennemgået. Boderne fordeles som sidste år, Svend laver plakaten.

Loppemarked: Lørdag den 14.3.2026 kl. 10.00 i hallen

Generalforsamling: Torsdag den 23.4.2026 kl. 19.00 Kulturhuset

Næste møde: Tirsdag den 10.3.2026 kl. 19.00 hos Nanna.
"""


def test_lines_that_give_coming_events_their_days_are_no_items_and_the_minutes_stay():
    # "Title: Mandag den 17.3 kl. 19" lines are dates to note, not topics with minutes: as items
    # they would leave the referat's own text, and Svend's poster, outside every item
    minutes = parse_minutes(DATED_EVENTS)
    assert titles(minutes) == []
    drafts = extract_draft_actions(minutes)
    assert ("Lave plakaten", ["Svend"]) in [(d.title, d.owner_names) for d in drafts]


HOSTED = """Hermed referat fra bestyrelsesmødet hos Grethe d. 12/11 - 21:

Deltagere: Arne Holm, Kristian, Flemming, Ulla
Afbud: Henning, Pia

Anders fraværende

Ad 1. Regnskab godkendt. Kassereren gennemgik tallene for kvartalet.

Ad 2 Julefrokost
Ulla bestiller bord til den 10. december.
"""


def test_a_hosts_name_before_the_date_is_the_place():
    assert parse_minutes(HOSTED).location == "hos Grethe"


def test_first_names_after_a_full_name_are_a_list_and_flemming_is_a_name():
    minutes = parse_minutes(HOSTED)
    present = [a.name for a in minutes.attendees if a.present]
    assert present == ["Arne Holm", "Kristian", "Flemming", "Ulla"]
    assert set(absent(minutes)) == {"Henning", "Pia", "Anders"}


def test_an_ad_item_without_title_is_titled_by_its_short_first_sentence():
    minutes = parse_minutes(HOSTED)
    assert titles(minutes) == ["Regnskab godkendt", "Julefrokost"]
    assert "tallene" in minutes.agenda_items[0].decision


CASE_CODES = """Kulturudvalget

Mandag den 02-03-2020 kl. 17:00

Åbne

1. Godkendelse af protokol
18.00Ø00 - 2020/04411

Beslutning
Godkendt.

2. Ansøgning om tilskud
20.00G01 - 2020/04412

Beslutning
Bevilget.
"""


def test_a_case_line_with_its_subject_code_gives_the_case_number():
    numbers = [item.case_number for item in parse_minutes(CASE_CODES).agenda_items]
    assert numbers == ["2020/04411", "2020/04412"]


CUT_MONTH = """Referat af bestyrelsesmøde

{date} kl. 19. 30 i Klubhuset

Til stede: Jens, Hanne, Otto

1. Godkendelse af referat
Godkendt.

2. Fastelavn
Hanne køber tønder.
"""


def test_a_cut_months_name_is_read_when_its_weekday_fits():
    minutes = parse_minutes(CUT_MONTH.format(date="Onsdag d. 9. fe 2022"))
    assert minutes.date == date(2022, 2, 9)
    assert minutes.start_time == time(19, 30)
    assert minutes.location == "Klubhuset"
    misspelt = parse_minutes(CUT_MONTH.format(date="Onsdag d. 9.februr 2022"))
    assert misspelt.date == date(2022, 2, 9)


def test_a_cut_months_name_with_another_weekday_or_two_months_is_asked_for():
    for written in ("Torsdag d. 9. fe 2022", "Onsdag d. 9. ma 2022", "d. 9. fe 2022"):
        minutes = parse_minutes(CUT_MONTH.format(date=written))
        assert minutes.date is None
        assert "no_date" in {w.code for w in minutes.warnings}


COVER_PLACES = """Bestyrelsesmøde

tirsdag den 6. oktober 2020

{place}

Til stede: Hans, Grete og Ejner.

1. Godkendelse af referat
Godkendt.

2. Medlemstal
Vi er 120 medlemmer.
"""


def test_a_time_line_under_the_date_gives_its_place_and_a_hosts_line_its_town():
    timed = parse_minutes(COVER_PLACES.format(place="kl. 10 – 12.00 på Skolen"))
    assert (timed.start_time, timed.location) == (time(10, 0), "Skolen")
    hosted = parse_minutes(COVER_PLACES.format(place="Hos kassereren, Nordborg"))
    assert hosted.location == "hos kassereren, Nordborg"


GLUED_LAST = """Referat bestyrelsesmøde d. 2/9-20.

Dagsorden:
    1) Godkendelse af referat
    2) Træningstider
    3) EventueltReferat: Afbud fra Lene Bak

    1) Referatet godkendt

    2) Vinterens træning flyttes til hallen.

    3) Intet.
"""


def test_the_minutes_label_glued_to_the_last_title_and_its_absence_are_read_apart():
    minutes = parse_minutes(GLUED_LAST)
    assert titles(minutes) == ["Godkendelse af referat", "Træningstider", "Eventuelt"]
    assert absent(minutes) == ["Lene Bak"]
