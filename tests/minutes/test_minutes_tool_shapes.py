"""Agenda items as meeting tools and word processors leave them (issue 25): a Notes form's
rows with the number glued to the title, its links and attached files after the title and an
empty last row; a school board's time boxes and break; Word's lost numbering run on after a
sentence, or with a sub-list's " 2." at the items' column; lettered points on an item's line;
a colon that leads the title on; a remark in brackets as the minutes; the one topic the agenda
names.

Every document here is written for these tests, in the shapes real minutes take.
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def _items(text: str) -> list[tuple[int, str]]:
    return [(i.number, i.title) for i in parse_minutes(text).agenda_items]


NOTES_FORM = (
    "251026 Konstituerende møde Kulturskolens bestyrelse\n\n\nDagsorden/Referat\n"
    "Mødedato: 25. oktober 2026\nOrdstyrerJens Holck\nFraværendeKarin Magnusson\n\n"
    "PktDagsorden og referat.\n"
    "1Godkendelse af sidste mødereferat -> Database 'Møder 2026', View 'Alle møder', "
    "Document '170826 Bestyrelsesmøde'\nRef.Godkendt\n"
    "2Godkendelse af dagsorden\nRef.Godkendt\n"
    "3Orientering om bestyrelsens arbejde:Vedtægter for Kulturskolen 27.10.2024 "
    "Kulturstyrelsen.pdfVedtægter for Kulturskolen 27.10.2024 Kulturstyrelsen.pdf\n"
    "Ref.Drøftelse om blandt andet hvilken vision Kulturskolen har.\n"
    "4Musikskolens foreløbige budgetoplæg til ansøgning - på baggrund af nuværende kendte "
    "oplysninger :Musikskolens budget ansøgning 2027.sxcMusikskolens budget ansøgning "
    "2027.sxc\n"
    "Ref.Taget til efterretning\n"
    "5Aftale mødeflader\nRef.Helst onsdag - Łukasz udsender en Doodle med forslag\n"
    "6\nRef.\n"
)


def test_a_notes_forms_rows_are_the_items_without_links_files_or_the_empty_row():
    assert _items(NOTES_FORM) == [
        (1, "Godkendelse af sidste mødereferat"),
        (2, "Godkendelse af dagsorden"),
        (3, "Orientering om bestyrelsens arbejde"),
        (
            4,
            "Musikskolens foreløbige budgetoplæg til ansøgning - på baggrund af nuværende "
            "kendte oplysninger",
        ),
        (5, "Aftale mødeflader"),
    ]


SCHOOL_BOARD = (
    "Referat 12. april 2026\n\nOnsdag den 12. april 2026 kl. 18.30 - 21.00\n\n"
    "Deltagere: Marianne, Lars, Nina\n\nDagsorden:\n\n"
    " 1. Godkendelse af dagsorden (5 min)\n\nGodkendt\n\n"
    " 1. Nyt fra elevrådet (10 min - slut kl. 18.45)\n\nElevrådet samarbejder med Gug.\n\n"
    " 1. PAUSE - 10 min\n\n\n"
    " 1. Høringssvar (50 min - slut kl. 20.35)\n\nNina tager kontakt til Gug skole.\n\n"
    " 1. Meddelelser (15 min - slut kl. 20.50)\n"
    " 2. Formand \n"
    "  1. Skoleleder Nyt advarselssystem til mobiltelefoner.\n"
)


def test_a_school_boards_time_boxes_break_and_sub_list_are_no_items_or_titles():
    assert _items(SCHOOL_BOARD) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt fra elevrådet"),
        (3, "Høringssvar"),
        (4, "Meddelelser"),
    ]


def test_a_break_with_its_own_number_stays_an_item():
    # only a list whose numbers Word lost drops the break; a numbered agenda keeps it
    text = (
        "Referat af bestyrelsesmøde 4. maj 2026\n\nDeltagere: Bo, Eva\n\n"
        "1. Budget\n\nGodkendt.\n\n2. Pause\n\n3. Eventuelt\n\nIntet.\n"
    )
    assert [n for n, _ in _items(text)] == [1, 2, 3]


def test_words_lost_numbering_run_on_after_each_sentence_gives_each_its_item():
    text = (
        "Referat bestyrelsesmøde d. 4.3.2026.\n\nDeltagere: Bente, Flemming, Łukasz\n\n"
        "  1. Seneste referat gennemgået uden kommentarer.  1. Henrik orienterede om "
        "fredning af området\n\nved vores fællesgrund.  1. Alf gennemgik regnskaberne.\n\n"
        "Begge ser pæne ud.  1. Łukasz fremsender oversigt over molelauget.\n\n"
        "Der skal laves en ny trappe.\n"
    )
    titles = _items(text)
    assert [n for n, _ in titles] == [1, 2, 3, 4]
    assert titles[0] == (1, "Seneste referat gennemgået uden kommentarer")
    assert titles[1][1].startswith("Henrik orienterede om fredning af området")


def test_a_sentence_with_two_spaces_before_a_lone_1_is_no_item():
    text = (
        "Referat af bestyrelsesmøde 4. maj 2026\n\nDeltagere: Bo, Eva\n\n"
        "1. Budget\n\nVi valgte model  1. Den er billigst.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert _items(text) == [(1, "Budget"), (2, "Eventuelt")]


def test_lettered_points_on_an_items_line_keep_the_list_counting():
    text = (
        "Referat fra menighedsrådsmøde torsdag den 11. juni 2026\n\nDagsorden:\n\n"
        "1.    Budget 2027 (bilag).\n"
        "2.    a) Minikonfirmander (hjælpere). b) Konfirmationer i august (vagter).\n"
        "3.    Næste menighedsrådsmøde torsdag den 20. august 2026 kl. 17.30.\n"
        "4.    Evt.\n\nFraværende med afbud: Ole Skov\n\n"
        "Ad. 1    Ingen bemærkninger.\n\nAd. 2    Łukasz finder hjælpere.\n"
    )
    assert [n for n, _ in _items(text)] == [1, 2, 3, 4]
    assert _items(text)[1][1].startswith("a) Minikonfirmander")


def test_a_colon_that_leads_the_title_on_and_a_remark_in_brackets():
    text = (
        "Referat af forældrebestyrelsesmøde 27. oktober 2026\n\nDeltagere: Bo, Eva\n\n"
        "1. Nyt fra Borggården vedrørende: Budget, børnetal, ansættelse, sygdom mv.\n\n"
        "Lederen orienterede.\n\n"
        "2. Netværkssamarbejdet: (dette punkt nåede vi ikke)\n\n"
        "3. Kommende arrangementer: Vi har noteret os temadagen om RDA til efteråret\n"
    )
    assert _items(text) == [
        (1, "Nyt fra Borggården vedrørende: Budget, børnetal, ansættelse, sygdom mv"),
        (2, "Netværkssamarbejdet"),
        (3, "Kommende arrangementer"),
    ]


def test_an_ok_after_the_title_is_its_verdict():
    text = (
        "REFERAT\nBestyrelsesmøde onsdag d. 8. november 2026 kl. 17.00\n\n"
        "Til stede: Bo Holm, Eva Berg\n\nFraværende:   Łukasz Nowak\n\nDAGSORDEN\n"
        " 1. Godkendelse af referat fra d. 11. oktober 2026 - OK.\n"
        " 2. Økonomi herunder budget for 2027 blev vedtaget.\n"
        " 3. AIS, nuværende stade? Łukasz kontakter Einar\n"
        " 4. Generalforsamling 2027, dato og dagsorden. Aktivitetshuset er bestilt til lørdag "
        "den 17.02.2027 kl. 10,00. Alle modtager genvalg, undtagen Steen.\n"
        " 5. Opfølgningspunkter:\n • Julefrokosten - Jørn redegjorde for arbejdet: Alt er "
        "klart til den store fest. Marianne og Jørn arbejder videre med menuen.\n"
        " 1. Evt:\n"
    )
    assert _items(text)[0] == (1, "Godkendelse af referat fra d. 11. oktober 2026")


def test_the_one_topic_the_agenda_names_is_the_item_and_holds_the_tasks():
    text = (
        "Referat af mødet i Mix-udvalget den 20. maj 2026 hos Henrik\n\n"
        "Tilstede: Henrik, Jytte, Łukasz\n\nAfbud:    Steen\n\n"
        "Dagsorden: Opstart af sæsonen i 2026 efter vinterens nedlukning (eneste punkt)\n\n"
        "Vi begynder sæsonen torsdag den 4. juni.\n\n"
        "Henrik kontakter bestyrelsen med henblik på at blokere banen.\n"
    )
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Opstart af sæsonen i 2026 efter vinterens nedlukning")
    ]
    drafts = extract_draft_actions(minutes)
    assert [d.owner_names for d in drafts] == [["Henrik"]]


def test_the_minutes_short_title_takes_the_agendas_words_that_hold_it():
    text = (
        "Referat af mødet 9. marts 2026\n\nTilstede: Łukasz Nowak, Ella Stubben\n\nDagsorden\n\n"
        " 1. Konstituering af bestyrelsen.\n"
        " 2. Start på begynderkursus i april (vi lægger linjen).\n"
        " 3. Forårets og sommerens arrangementer så som standerhejsning.\n\n \n\n"
        " 1. Konstituering af bestyrelsen.\n  Velkommen til Helle.\n"
        " 2. Begynderkursus\n  Ella sender invitationen ud.\n"
        " 3. Arrangementer\n  Standerhejsning den 2. maj.\n"
    )
    assert [t for _, t in _items(text)] == [
        "Konstituering af bestyrelsen",
        "Start på begynderkursus i april (vi lægger linjen)",
        "Forårets og sommerens arrangementer så som standerhejsning",
    ]


def test_an_items_minutes_that_lost_their_title_to_a_long_paragraph_keep_the_listed_one():
    text = (
        "Referat af mødet 9. marts 2026\n\nTilstede: Łukasz Nowak, Ella Stubben\n\nDagsorden\n\n"
        " 1. Konstituering af bestyrelsen.\n 2. Opsamling fra generalforsamlingen.\n"
        " 3. Videre støtte til reolbord i skolebigården.\n 4. Begynderkursus.\n\n \n\n"
        " 1. Konstituering af bestyrelsen.\n  Velkommen til Helle.\n"
        " 2. Opsamling fra generalforsamlingen\n  Forslag til nyt logo blev drøftet.\n\n\n"
        " 3. Idé og tegning blev vist på generalforsamlingen, se dette referat. Skovens ledelse "
        "har sagt ok til vores forslag om reolbord. Fonden har givet 11.000 kr. til materialer. "
        "Vi ansøger kommunen om tilskud til resten, og Ella laver ansøgningen.\n"
        " 4. Begynderkursus\n  Kurset starter 6. april.\n"
    )
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items][2] == (
        3,
        "Videre støtte til reolbord i skolebigården",
    )
    drafts = extract_draft_actions(minutes)
    assert [(d.agenda_item_number, d.owner_names) for d in drafts if "ansøgning" in d.title] == [
        (3, ["Ella Stubben"])
    ]


def test_a_title_its_full_stop_and_its_minutes_on_one_line_in_more_shapes():
    text = (
        "Referater\n\nReferat af BESTYRELSESMØDE DEN 06.01.2026\n\n"
        "Deltager: Dennis Berthou, Łukasz Nowak, Erik Kjærgaard\n\nAfbud: Jesper Jensen,\n\n"
        "1. Godkendelse af referat fra sidste møde. Referatet fra sidst blev godkendt.\n\n"
        "2. Biler i Bella 21-24 marts. 3 klubber har allerede meddelt at de deltager, og der er "
        "3 pokaler, som vil blive delt ud til den fineste og bedste stand i form af 1. 2. og 3. "
        "præmie. Der vil være 2 indgangsbilletter pr bil. Der skal også lige tjekkes med "
        "forsikringsselskabet, dette vil Łukasz skrive til dem for at undersøge. Vi håber på at "
        "der på et senere tidspunkt vil dukke nogle dommere op, det er ikke nødvendigt at man har "
        "det store kendskab til biler for at komme i betragtning. Vi skal også finde ud af om der "
        "bliver delt noget ud på selve messen, det er først til mølle princippet med hensyn til "
        "tilmeldingen, der vil komme mere info om dette arrangement senere.\n\n"
        "3. Generalforsamling. På valg er: Erik Kjærgaard og Łukasz Nowak, som begge ønsker "
        "genvalg. Bestyrelsen har besluttet at der vil blive bestilt 80 gange mad, og Erik "
        "undersøger om der er mulighed for ekstra bestilling af mad.\n\n"
        "4. FDA-pokalen Der har i lighed med tidligere år været en del kandidater til pokalen, "
        "og vi har valgt en vinder, som får den overrakt på generalforsamlingen i marts.\n"
    )
    assert _items(text) == [
        (1, "Godkendelse af referat fra sidste møde"),
        (2, "Biler i Bella 21-24 marts"),
        (3, "Generalforsamling"),
        (4, "FDA-pokalen"),
    ]
    notes = (
        "Referat af bestyrelsesmøde 21. november 2026\n\nTilstede: Bjarne, Łukasz\n\n"
        "1. Siden sidst. ( Jeg har ikke fået fat på Casper, måske det kan lykkedes en anden.)\n\n"
        "Bjarne kontakter Casper.\n\n"
        "2. Kirke- og kulturmedarbejder. (Provst Lone Jensen deltager)\n\nDrøftet.\n"
    )
    assert _items(notes) == [
        (1, "Siden sidst"),
        (2, "Kirke- og kulturmedarbejder. (Provst Lone Jensen deltager)"),
    ]


def test_a_verdict_glued_to_a_dates_full_stop_and_a_list_said_to_follow_the_agenda():
    text = (
        "Referat fra afdelingsbestyrelsesmøde den 19.januar 2026\n\n"
        "Tilstede fra bestyrelsen var:\nInge, Lene, Łukasz.\n\nIfølge dagsorden:\n"
        "1. Referat fra møde den 30.11.godkendt.\n2. Siden sidst -  formanden orienterer:\n\n"
        "  • Afsnit F er godt i gang.\n"
    )
    assert _items(text) == [
        (1, "Referat fra møde den 30.11"),
        (2, "Siden sidst - formanden orienterer"),
    ]


def test_a_flattened_pages_title_ends_at_the_presenter_named_again():
    page = (
        "1 DAGSORDEN 8. møde i nationalkomitéen den 24. april 2026 kl Deltagere: Anette Eigaard "
        "(Danmarks Naturfredningsforening), Łukasz Nowak (Friluftsrådet), Flemming Larsen "
        "(formand). 1. Velkomst og godkendelse af dagsorden ved Flemming Larsen Flemming Larsen "
        "bød velkommen til det 8. møde i nationalkomitéen, og dagsorden blev godkendt. 2. "
        "Præsentationsrunde og orientering ved Flemming Larsen Flemming Larsen indbød til "
        "præsentationsrunde, og orienterede om arbejdet siden sidst, hvor der har været meget at "
        "gøre for alle de nye parker i hele landet og i de fire regioner i år."
    )
    text = "Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n" + page + "\n"
    assert [t for _, t in _items(text)] == [
        "Velkomst og godkendelse af dagsorden ved Flemming Larsen",
        "Præsentationsrunde og orientering ved Flemming Larsen",
    ]


def test_a_copy_that_ends_after_its_contents_list_has_the_listed_items():
    text = (
        "handicaprådet referat 24052026\n\nReferat Ha Ord Dato 24. m Tid 15:00 Sted Mød NB. "
        "Fraværende Afbu Birgi Stedfortræder Medlemmer Ande Flem Gurli Kurt Stee Pete Jette Akse "
        "Brun Jørg andicaprådet dinært møde maj 2026 0 delokale 0.27 ud Aksel samt suppleant\n\n"
        "Upload: others\n\nPost on 08-Sep-2026\n\nCategory:\n\n"
        "TRANSCRIPT\n\nReferat Handicaprådet\n\nOrdinært møde\n\nDato 24. maj 2026\n\nTid 15:00\n\n"
        "Sted Mødelokale 0.27\n\nIndholdsfortegnelse\n\nSide\n\n"
        "1. Godkendelse af dagsorden til mødet .......................................... 4\n\n"
        "2. Godkendelse af referat fra forrige møde ...................................... 5\n\n"
        "3. Orientering fra Tilgængelighedsudvalget ..................................... 6\n"
    )
    minutes = parse_minutes(text)
    assert minutes.location == "Mødelokale 0.27"
    assert [t for _, t in _items(text)] == [
        "Godkendelse af dagsorden til mødet",
        "Godkendelse af referat fra forrige møde",
        "Orientering fra Tilgængelighedsudvalget",
    ]
