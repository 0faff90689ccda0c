"""Round 20: an item's line that carries what became of it after the title, with no line
break between: "Valg af referent FH valgt.", "Økonomi (Jens K.) Punktet udgår, …",
"… medlemmer Se punkt 5 og 6.", "Nyt fra formanden. Intet nyt.", "Budget 2027 Kan ikke
godkendes, da …", "Økonomi herunder budget for 2027 blev vedtaget.", and a named sentence
("… 21.2 Dorthe og Łucja refererede fra mødet").

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def titles(minutes) -> list[str]:
    return [item.title for item in minutes.agenda_items]


GLUED_ANSWERS = """REFERAT AF BESTYRELSESMØDE

6. september 2026

Deltagere: Mogens, Lars, Anne, Łucja, Freddy.

1.     Valg af mødeleder/ordstyrer: MBL valgt.

2.     Valg af referent FH valgt.

3.     Økonomi (Jens K.) Punktet udgår, da Jens K. ikke er til stede.

4.     Meddelelser fra formand, kasserer og medlemmer Se punkt 5 og 6.

5.     Nyt fra formanden. Intet nyt.

6.     Godkendelse af budget 2027 Kan ikke godkendes, da kassererens noter mangler.

7.     Økonomi herunder budget for 2027 blev vedtaget.

8.     Møde i det forpligtende samarbejde 21.2 Dorthe og Łucja refererede fra mødet.

9.     Kirkegårdstaksterne - skal de på hjemmesiden? Anni formulerer en tekst til provstiet.

10.    Eventuelt Ingen bemærkninger.
"""


def test_what_became_of_an_item_after_its_title_is_not_its_title():
    assert titles(parse_minutes(GLUED_ANSWERS)) == [
        "Valg af mødeleder/ordstyrer",
        "Valg af referent",
        "Økonomi (Jens K.)",
        "Meddelelser fra formand, kasserer og medlemmer",
        "Nyt fra formanden",
        "Godkendelse af budget 2027",
        "Økonomi herunder budget for 2027",
        "Møde i det forpligtende samarbejde 21.2",
        "Kirkegårdstaksterne - skal de på hjemmesiden?",
        "Eventuelt",
    ]


def test_the_answer_cut_from_the_title_stays_as_the_items_minutes():
    items = parse_minutes(GLUED_ANSWERS).agenda_items
    said = {
        item.number: " ".join(
            [item.summary or "", item.decision or "", *(p.text for p in item.points)]
        )
        for item in items
    }
    assert "udgår" in said[3]
    assert "blev vedtaget" in said[7]
    assert "refererede" in said[8]


def test_the_named_sentence_after_the_title_gives_its_task():
    drafts = extract_draft_actions(parse_minutes(GLUED_ANSWERS))
    assert [(d.agenda_item_number, d.owner_names) for d in drafts if "tekst" in d.title] == [
        (9, ["Anni"])
    ]


def test_a_title_that_names_someone_or_asks_is_not_cut():
    text = (
        "Referat af bestyrelsesmøde den 3. marts 2026\n\n"
        "1. Er det Thomas fortjeneste at der er ryddet en masse træer?\n\n"
        "2. Afsked med Anne Marie Hansen\n\n"
        "3. Økonomi Regnskabet blev godkendt.\n\n"
        "4. Valg af dirigent - Christian blev valgt\n"
    )
    got = titles(parse_minutes(text))
    assert got[:2] == [
        "Er det Thomas fortjeneste at der er ryddet en masse træer?",
        "Afsked med Anne Marie Hansen",
    ]
    assert got[2] in ("Økonomi", "Økonomi Regnskabet blev godkendt")  # never "Økonomi Regnskabet"
    assert got[3] == "Valg af dirigent"


def test_a_question_that_names_someone_stays_one_line():
    from tracker.minutes.repairs import split_run_together

    line = "  1. Er det Thomas fortjeneste at der er ryddet en masse træer???"
    assert split_run_together(line) == line


SCHOOL_PAGE = """Skolebestyrelsen

Her kan du læse om skolebestyrelsen og deres arbejde.

Forældrerepræsentanter:

Formand: Łucja Nowak - mor til Klara 6A

Næstformand: Tine Corfitz - mor til Adam 4A

Medarbejder- og ledelsesrepræsentanter:

Bettina Zieg

Referater fra Skolebestyrelsens møder i 2026/2027

 • 24. august 2026

  1. Velkomst og præsentation af ny medarbejderrepræsentant (10 min)

  Referat:
  Bettina Zieg er ny medarbejderrepræsentant.

  1. Siden sidst (Orienteringspunkt) (30 min)

  Referat:
  Ditte overleverer opgaven til den nye skoleleder inden udgangen af december.

 • 15. juni 2026

  1. Sommerfest (Beslutningspunkt)

  Referat:
  Festen holdes den 20. juni.
"""


def test_a_schools_page_of_referater_reads_the_first_under_its_dated_bullet():
    minutes = parse_minutes(SCHOOL_PAGE)
    assert minutes.date == date(2026, 8, 24)
    assert titles(minutes)[:2] == [
        "Velkomst og præsentation af ny medarbejderrepræsentant",
        "Siden sidst",
    ]
    assert len(minutes.agenda_items) == 2  # June's meeting is another referat
    assert not minutes.attendees  # the board's members are no attendance


def test_a_page_of_members_without_a_dated_referat_is_still_refused():
    import pytest

    from tracker.minutes.errors import MinutesError

    text = SCHOOL_PAGE.split("Referater fra")[0] + "Referater fra møderne kommer snart.\n"
    with pytest.raises(MinutesError):
        parse_minutes(text)


CLUB_PAGE = """Referat, bestyrelsesmøde mandag d. 7. september 2026

Tilstede: Bo, Linda, Jesper I, Łucja og Henrik

Donation fra banken

Banken har doneret kr. 25.000 til klubben. Linda undersøger om vi kan få tv-signal via wifi.

Medlemmer i restance

Finn har ringet rundt til medlemmer som ikke havde betalt. Finn laver en opgørelse.

’Kør med god stil’ fra forbundet

Henrik undersøger om forbundet kan komme og holde oplæg i foråret.

Klubtøj 2027

Arbejdet med nyt klubtøj skal i gang, og Łucja nedsætter et udvalg.
"""


def test_a_title_that_opens_with_a_fields_word_or_a_quote_is_an_item():
    assert titles(parse_minutes(CLUB_PAGE)) == [
        "Donation fra banken",
        "Medlemmer i restance",
        "’Kør med god stil’ fra forbundet",
        "Klubtøj 2027",
    ]


def test_a_label_with_its_value_is_still_a_field_not_a_title():
    from tracker.minutes.fields import labelled_line

    assert labelled_line("Tilstede Bo, Linda og Henrik")
    assert labelled_line("Medlemmer: Bo, Linda")
    assert labelled_line("Tid 19.00")
    assert not labelled_line("Medlemmer i restance")
    assert not labelled_line("Bemærkninger til sidste møde referat:")


def test_a_verb_on_gør_keeps_its_infinitive():
    from tests.minutes import test_minutes_task_forms as task_forms

    got = task_forms.jobs("Bo Jessen klargør transparenter til mødet.\n")
    assert [title for title, _, _ in got] == ["Klargøre transparenter til mødet"]


def test_a_doubled_time_slot_is_one_item():
    text = (
        "Referat af skolebestyrelsesmøde\nTirsdag den 14. september 2026 kl. 19.00\n\n"
        "Mødt: Jette, Berit, Łucja\n\n"
        "19:00 Opfølgning på aktionspunkter\n\n19:15 19:00 Opfølgning på aktionspunkter\n\n"
        " • Introduktion af elevrepræsentanter\n\nPræsentation af eleverne.\n\n"
        "19:35 Aktuelle emner\n\n • Budget\n\nForslaget blev gennemgået.\n\n"
        "20:15 Meddelelser\n\n • Skoleledelse\n\nDer skal ansættes en barselsvikar.\n"
    )
    assert titles(parse_minutes(text)) == [
        "Opfølgning på aktionspunkter",
        "Aktuelle emner",
        "Meddelelser",
    ]


def test_a_title_right_below_the_heads_last_field_is_an_item():
    text = (
        "Referat fra Beboerrepræsentationsmøde 2. marts 2026\n"
        "Tilstedeværende: Niels Plougman, Katrine Bang og Łukasz Nowak\n"
        "Referat skrevet af: Łukasz Nowak\n"
        "Lejlighedssyn\n"
        "Vi er blevet kontaktet af en beboer der er ved at fraflytte en lejlighed.\n"
        "Køkkener\n"
        "Det blev aftalt at vi spørger Sarah om hendes erfaringer med køkkenerne.\n"
        "Nøgler\n"
        "Vi mangler et par nøgler til lokalet.\n"
    )
    assert titles(parse_minutes(text)) == ["Lejlighedssyn", "Køkkener", "Nøgler"]


TEMPLATE = """070226 Musikskolens lærerråd


Dagsorden/Referat
MødeforumMusikskolens lærerråd
Ordstyrer
Referent
FraværendeKarin Fester - Ole Heie

PktDagsorden og referat.
1Godkendelse af sidste mødereferat
http://web.example.dk/moeder/1A761A076F255FDCC12580BA00467B2D?OpenDocument
Ref.Godkendt
2Godkendelse af dagsorden
Ref.Godkendt
3Planlægning af workshopuge
Ref.Mads tjekker op på orkester og honorar til uge 17.
4Facebook oplæg
Ref.udsat
5EPTA Rekruttering v/ Gabrielle
Ref.taget til orientering
61. mødedag i kommende sæson v/ Łukasz
Ref.Ledelsen undersøger skoleskemaerne.
7Eventuelt
Ref.
"""


def test_a_meeting_templates_glued_numbers_labels_and_link_are_read():
    minutes = parse_minutes(TEMPLATE)
    assert minutes.forum == "Musikskolens lærerråd"
    assert sorted(a.name for a in minutes.attendees if not a.present) == [
        "Karin Fester",
        "Ole Heie",
    ]
    assert titles(minutes) == [
        "Godkendelse af sidste mødereferat",
        "Godkendelse af dagsorden",
        "Planlægning af workshopuge",
        "Facebook oplæg",
        "EPTA Rekruttering v/ Gabrielle",
        "1. mødedag i kommende sæson v/ Łukasz",
        "Eventuelt",
    ]
    assert minutes.date is None  # "070226" may be 7 February 2026 or 26 February 2007: asked


def test_the_templates_ref_cell_is_the_items_minutes():
    drafts = extract_draft_actions(parse_minutes(TEMPLATE), undated=date(2026, 2, 7))
    assert any(d.agenda_item_number == 4 and "Facebook" in d.title for d in drafts)  # "udsat"
    assert any(d.agenda_item_number == 6 and "skoleskema" in d.title for d in drafts)


PAGE_ABOVE = """Mailliste
Medlemskab
Kalender
Party
Sponsorer
Jubilæum
Et eventyrligt måltid
Fyrtøjet
Esmeralda
Musefælden
Syngepigeshow
Opførelser
Historie
Forestillinger
Arkiv
Henrik Holm
Liva Weel
Vedtægter
Bestyrelse

Referat fra bestyrelsesmøde i Teaterforeningen
Tirsdag den 2. april 2026 i Mejeriet

Deltagere:
Jan Holm
Łucja Nowak

1. Konstituering
Uændret

2. Børneteatret
Jan finder en ny forestilling som kan starte efter sommerferien.
"""


def test_a_referat_under_a_sites_menu_with_its_date_below_its_title_is_read():
    minutes = parse_minutes(PAGE_ABOVE)
    assert minutes.date == date(2026, 4, 2)
    assert titles(minutes) == ["Konstituering", "Børneteatret"]


def test_a_parishs_page_of_dates_over_its_meetings_line_is_read():
    text = (
        "Dagsorden og Referater fra menighedsrådsmøder:\n  6.-5.-26\n24.-3.-26\n\n3.-2.-26\n\n"
        "Fælles\n14.03.25\n\nTilbage til referat-index\n\n"
        "Menighedsrådsmøde d. 6-5-2026\nAfbud:\nVært:\nBT\n\nDagsorden\n\nReferat\n\n"
        " 1. Godkendelse af dagsordenen\n\nGodkendt.\n\n 2. Budget 2027\n\n"
        "Ønsker for de kommende fem år drøftes på næste møde.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2026, 5, 6)
    assert titles(minutes) == ["Godkendelse af dagsordenen", "Budget 2027"]


def test_a_sites_menu_is_not_the_referats_title_nor_its_forum():
    from tracker.minutes.page_preface import referat_below_page

    text = PAGE_ABOVE.replace("2. Børneteatret", "2. Børneteatret\nSe bilag.\n\n3. Evt")
    for page in (PAGE_ABOVE, text):
        minutes = parse_minutes(page)
        assert minutes.title == "Referat fra bestyrelsesmøde i Teaterforeningen"
        assert minutes.forum == "Teaterforeningen"
    assert referat_below_page(PAGE_ABOVE).startswith("Referat fra")  # no "Mailliste" over it


THEATRE_PAGE = """Mailliste
Medlemskab
Kalender
Party
Sponsorer
Jubilæum
Fyrtøjet
Esmeralda
Musefælden
Opførelser
Historie
Forestillinger
Arkiv
Henrik Holm
Liva Weel
Vedtægter
Bestyrelse

Referat fra bestyrelsesmøde i Teaterforeningen
Tirsdag den 2. december 2026 i Mejeriet

Deltagere:
Jan Holm
Łucja Nowak
Karen Pedersen

1. Konstituering
Uændret

2. Børneteatret
Jan finder en ny forestilling som kan starte efter sommerferien.

3. Evt.
Łucja søger fonden om caféborde inden 1. februar.
Karen laver en Facebook-side til scenen.
"""


def test_a_referats_title_below_a_long_menu_is_its_title():
    minutes = parse_minutes(THEATRE_PAGE)
    assert minutes.title == "Referat fra bestyrelsesmøde i Teaterforeningen"
    assert minutes.forum == "Teaterforeningen"


def test_a_title_ending_on_a_small_word_keeps_the_name_after_it():
    from tracker.minutes.repairs import split_run_together

    line = "3. Opfølgning på Bents forslag om Thomas fortjeneste ved festen"
    assert split_run_together(line) == line
