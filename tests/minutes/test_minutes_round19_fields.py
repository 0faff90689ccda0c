"""Round 19: meeting fields and agenda titles of small bodies' minutes: a title line in
capitals with its date ("MØDE I KLUBBEN 12/10-2024"), an item whose title opens with a figure
after "3)", a title that opens with an abbreviation ("St. Hansfest").

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.parser import parse_minutes


def titles(minutes) -> list[str]:
    return [item.title for item in minutes.agenda_items]


CAPITALS_TITLE = """Hermed referat fra onsdagsmødet 9/10
MØDE I KLUBBEN ŁUCZNICY 9/10-2024
Dagsorden:
1) Klubbuer
2) Jagt i klubregi
3) 3D skydning
4) St. Hansfest d. 23. juni
5) Evt.
Ad 1: Vi køber to buer.
Ad 3: Łukasz og Per står for 3D skydningerne.
Ad 4: Festen holdes hos Kurt.
"""


def test_a_title_in_capitals_with_its_date_dates_the_meeting():
    minutes = parse_minutes(CAPITALS_TITLE)
    assert minutes.date == date(2024, 10, 9)


def test_a_title_opening_with_a_figure_after_a_bracket_is_kept():
    assert titles(parse_minutes(CAPITALS_TITLE)) == [
        "Klubbuer",
        "Jagt i klubregi",
        "3D skydning",
        "St. Hansfest d. 23. juni",
        "Evt",
    ]


def test_a_title_opening_with_an_abbreviation_is_not_cut_at_its_dot():
    text = (
        "Bylaugsmøde d. 30/4-2024\n\n1) Evaluering af festen\n\n2) Opslagstavle, status\n\n"
        "3) St. Hansfest d. 22. juni\n\n4) Sdr. Omme-turen med Łucja\n\n5) Eventuelt\n\n"
        "Ad 1. God fest.\n"
    )
    assert titles(parse_minutes(text))[2:4] == [
        "St. Hansfest d. 22. juni",
        "Sdr. Omme-turen med Łucja",
    ]


def test_a_field_in_capitals_is_still_a_field():
    # a cover table's cells run together stay fields: "MØDE Bestyrelsesmøde" is no title
    text = (
        "REFERAT\nUDVALG Ældrerådet\nDATO 9. oktober 2024\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2024, 10, 9)
    assert minutes.forum == "Ældrerådet"


def absent(minutes) -> list[str]:
    return [a.name for a in minutes.attendees if not a.present]


def test_an_absence_label_then_a_stand_in_and_more_regrets_on_one_line():
    text = (
        "Referat fra forældrebestyrelsesmøde tirsdag d. 9/9 2025 kl. 18.30 i Tusindfryd.\n\n"
        "Alle fotograferes til tavlen Afbud: Ingelise Tanja deltager som suppleant Afbud fra "
        "Łucja og Rikke. 1. Godkendelse af referat fra sidst. Godkendt 2. Nyt fra formanden "
        "Kommunen skal spare.\n"
    )
    assert sorted(absent(parse_minutes(text))) == ["Ingelise", "Rikke", "Łucja"]


def test_the_head_absence_field_with_a_stand_in_and_more_regrets():
    text = (
        "Referat fra forældrebestyrelsesmøde tirsdag d. 9/9 2025 kl. 18.30 i Tusindfryd.\n\n"
        "Afbud: Ingelise Tanja deltager som suppleant Afbud fra Łucja og Rikke.\n\n"
        "1. Godkendelse af referat fra sidst\nGodkendt\n\n2. Nyt fra formanden\nIntet.\n"
    )
    assert sorted(absent(parse_minutes(text))) == ["Ingelise", "Rikke", "Łucja"]


def test_a_name_list_runs_on_into_a_sentence_only_at_a_first_name():
    # "Jesper Rasmussen punkt 2-3": the words after the name are no sentence of a person
    text = (
        "Referat fra bestyrelsesmøde den 3. december 2025\n\n"
        "Afbud: Byggechef Jesper Rasmussen punkt 2-3\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert absent(parse_minutes(text)) == []


ROLL_RUN_TOGETHER = (
    "Referat Møde i MED-Hovedudvalget Torsdag den 5. april 2025 kl. 13:00 Mødelokale 8 i "
    "Regionshuset Deltagere: Ledelsesrepræsentanter: Formand, Per Bennetsen Leif Panduro Jensen "
    "Lone Lindsby Henrik Dalsgaard Villadsen Michael Werchmeister- afbud Michael Nørgaard "
    "Carsten Krabbe FTF: Næstformand Jenny Irene Heinrichs- afbud Lisbet Jensen- afbud Helle "
    "Dirksen LO: Vivi Henningsen Jes Hansen AC: Łukasz Nowak (afbud) Roman Koscianski "
    "Sekretariat: Karin Winther\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
)


def test_a_roll_run_together_marks_each_absent_name_after_it():
    assert absent(parse_minutes(ROLL_RUN_TOGETHER)) == [
        "Michael Werchmeister",
        "Jenny Irene Heinrichs",
        "Lisbet Jensen",
        "Łukasz Nowak",
    ]


def test_a_posts_date_above_its_lead_loses_to_the_meeting_the_lead_names():
    text = (
        "17.07.2025\n\nNyt fra Ældrerådet juli 2025\n\n"
        "Her kan du læse referat af møde i Ældrerådet den 25. juni 2025\n\n"
        "Møde med formanden for udvalget\n\nÆldrerådet havde inviteret Łucja Nowak.\n\n"
        "Øvrigt\n\nÆldrerådet besluttede at invitere borgerrådgiveren.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2025, 6, 25)
    assert "two_dates" in [w.code for w in minutes.warnings]


def test_a_posts_bare_date_stays_when_no_lead_names_the_meeting():
    text = (
        "17.07.2025\n\nReferat\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
    )
    assert parse_minutes(text).date == date(2025, 7, 17)


LATEST = """referat af Seneste bestyrelsesmøde

Referat af bestyrelsesmøde 24. september 2025.


Tilstede: Hugo Madsen (HM), Rose Madison (RM), Henning Jensen (HJ),
Werny Andersen (WA)afbud, Łukasz Riff (ŁR), Jesper Bade (JB). Mødet blev afholdt
hos/i/på Svogerslev Boldklub, Engen

1. Velkomst, Formanden bød velkommen til alle.

2. Godkendelse af referat fra sidste møde samt opfølgning, Ref. blev godkendt

{bordet}

4. Hjemmeside og facebook, Der blev talt om annoncer til hjemmesiden

5. Arkivalier, Hugo omtalte Hobbybladet fra 1952 som vi har modtaget

6. Valg af formand, Næstformand og kasserer

7. Eventuelt, intet
""".format(
    # one long line: a paragraph that does not end with a full stop
    bordet="3. Bordet rundt, status på foreningens stilling og væsentlige begivenheder, "
    "Covid-19 blev omtalt. Svogerslev Kro blev omtalt og vi fortsætter debatten og vi talte "
    "om søerne. Jeg sender lige rundt ang. Susanne Jensen"
)


def test_the_heading_referat_af_seneste_moede_names_this_meeting():
    assert parse_minutes(LATEST).date == date(2025, 9, 24)


def test_a_title_then_a_comma_and_a_sentence_is_the_title_and_its_minutes():
    assert titles(parse_minutes(LATEST)) == [
        "Velkomst",
        "Godkendelse af referat fra sidste møde samt opfølgning",
        "Bordet rundt, status på foreningens stilling og væsentlige begivenheder",
        "Hjemmeside og facebook",
        "Arkivalier",
        "Valg af formand, Næstformand og kasserer",
        "Eventuelt",
    ]


def test_a_roll_wrapped_after_a_comma_ends_at_the_sentence_and_names_the_place():
    minutes = parse_minutes(LATEST)
    assert [a.name for a in minutes.attendees if a.present][-2:] == ["Łukasz Riff", "Jesper Bade"]
    assert absent(minutes) == ["Werny Andersen"]
    assert minutes.location == "Svogerslev Boldklub, Engen"


PRESENTED = """Referat fra bestyrelsesmøde 24.06.2025


Til stede: alle bortset fra Ane Marie og Łucja.


{siden_sidst}
Ved eventuel flytning vil tilskuddet blive reduceret. Preben stillede spørgsmål til dette.


2. Status vedr. fondsansøgninger og firma sponsorater (orientering ved Preben).
Preben orienterede om dette.


3. Fremtidsplaner (alle) og økonomi (revideret budget v/Aase).
Det blev besluttet at undersøge mulighederne for at lave en mandeklub.
""".format(
    # one line longer than a title's: the whole count is read as numbered paragraphs
    siden_sidst="1. Siden sidst: Konklusioner vedr. mødet med voksenudvalget, herunder "
    "fremtidigt tilskud fra Kommunen samt forventet tidsplan for flytning til Nymarksvej "
    "(orientering ved Egil)."
)


def test_numbered_titles_with_their_presenter_are_titles_not_sentences():
    assert titles(parse_minutes(PRESENTED)) == [
        "Siden sidst: Konklusioner vedr. mødet med voksenudvalget, herunder fremtidigt tilskud "
        "fra Kommunen samt forventet tidsplan for flytning til Nymarksvej (orientering ved Egil)",
        "Status vedr. fondsansøgninger og firma sponsorater (orientering ved Preben)",
        "Fremtidsplaner (alle) og økonomi (revideret budget v/Aase)",
    ]


def test_a_short_title_with_its_presenter_after_a_colon_is_all_title():
    text = PRESENTED.replace(
        PRESENTED.split("\n")[6], "1. Siden sidst: Konklusioner (orientering ved Egil)."
    )
    assert titles(parse_minutes(text))[0] == "Siden sidst: Konklusioner (orientering ved Egil)"


def test_all_but_names_the_absent():
    assert sorted(absent(parse_minutes(PRESENTED))) == ["Ane Marie", "Łucja"]


def test_a_run_together_cover_names_its_absent_after_the_label():
    text = (
        "1 Referat Distriktsudvalget Dato 11. februar 2025 Tid 19:00 Sted Ravnshøj skole "
        "Fraværende Alice Schneider, Niels Ove Vestergaard, Łukasz Højmark Stedfortræder "
        "Medlemmer Mette Hardam (Venstre) - Formand Per Møller Ludvigsen (Kvissel) Søren Holm "
        "Kristensen (Præstbro)\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    minutes = parse_minutes(text)
    assert absent(minutes) == ["Alice Schneider", "Niels Ove Vestergaard", "Łukasz Højmark"]
    assert minutes.location == "Ravnshøj skole"


def test_what_was_said_at_a_dated_board_meeting_is_minutes():
    text = (
        "Fra bestyrelsesmøde 7. februar 2025\n\nUnderskrifter\n\nAlle gav deres underskrift.\n\n"
        "Fra formanden\n\n • Gladsaxe foreningernes prisfest afholdes 3. marts. Det blev "
        "besluttet, at vi ikke vil deltage.\n • Łucja sender invitationer ud senere i februar.\n"
    )
    assert parse_minutes(text).date == date(2025, 2, 7)


def test_a_dated_meetings_case_with_its_decision_section_is_minutes():
    text = (
        "Kommisionsmøde 18-02-2025\n\nLuk alle\nÅben alle\n\n"
        "1. Budget 2026 samt flerårigt budgetoverslag\n\nSagsnr.: 00.30.14-P19-2-06 "
        "Sagsbehandler: Łukasz Wemmelund\nSagsresume\nBudgettet skal godkendes.\n"
        "Sagsfremstilling\nBudgetterne er fremskrevet.\n\nBeslutning\nBudgettet for 20"
    )
    assert parse_minutes(text).date == date(2025, 2, 18)


STACKED = (
    "TÅRNBY KOMMUNE. Åbent referat. til Børne- og Skoleudvalget\n\n"
    "1 TÅRNBY KOMMUNE Åbent referat til Børne- og Skoleudvalget Mødedato: Torsdag den 5. "
    "oktober 2025 Mødetidspunkt: 14:00 Mødelokale: 215 Medlemmer: Afbud: Allan S. Andersen, "
    "Bjarne Thyregod, Łukasz Jakobsen, Louis Hjelmsø Ingen\n\n"
    "1. Godkendelse af dagsorden\nDagsorden godkendt\n\n2. Meddelelser\nTaget til efterretning\n"
)


def test_labels_stacked_over_their_values_name_no_member_absent():
    minutes = parse_minutes(STACKED)
    assert absent(minutes) == []
    assert minutes.date == date(2025, 10, 5)


def test_minutes_for_a_committee_name_it_and_a_room_label_gives_the_place():
    minutes = parse_minutes(STACKED)
    assert minutes.forum == "Børne- og Skoleudvalget"
    assert minutes.location == "215"
    assert minutes.start_time.strftime("%H:%M") == "14:00"


def test_the_next_sections_label_ends_the_absent_below_their_label():
    text = (
        "Idrætsrådet\n\nMandag den 20-03-2025 kl. 17:30\n\nMedlemmer:\n\nŁukasz Larsen\n"
        "Thomas Møllenberg\n\nGodkendelse af dagsorden:\nGodkendt.\n\nFraværende:\n"
        "Thomas Møllenberg\n\nMeddelelser:\n\nÅbne\n\n9. Godkendelse af protokol\nGodkendt.\n\n"
        "10. Meddelelser\nTaget til efterretning.\n"
    )
    assert absent(parse_minutes(text)) == ["Thomas Møllenberg"]


PROPOSED = """UDVALG

Projektudvalget for Udvikling af Lokalområderne

MØDE

Referat

STARTTIDSPUNKT

19-02-2025 16:45:00

PUNKTER

1. Godkendelse af dagsorden
2. Status på Jyderup Handleplan
3. Drøftelse af Projektudvalgets 3. spor
4. Evt.
1. Godkendelse af dagsorden

Indstilling

Łukasz Andersen indstiller, at;

 1. Dagsordenen for mødet d. 19. februar 2025 godkendes

Beslutning i Projektudvalget den 19-02-2025

Godkendt

2. Status på Jyderup Handleplan

Indstilling

Direktør Łukasz Andersen indstiller, at;

 1. Udvalget orienteres om status på tre projekter

Beslutning i Projektudvalget den 19-02-2025

Taget til efterretning

3. Drøftelse af Projektudvalgets 3. spor

Beslutning i Projektudvalget den 19-02-2025

Drøftet.

4. Evt.

Intet.
"""


def test_a_proposals_numbered_clauses_are_no_items():
    assert titles(parse_minutes(PROPOSED)) == [
        "Godkendelse af dagsorden",
        "Status på Jyderup Handleplan",
        "Drøftelse af Projektudvalgets 3. spor",
        "Evt",
    ]


PUNKT_LINES = """JFKK Bestyrelsesmøde den 3-4-2025.


Punkt 1.
Godkendelse af referat fra 23-1-25. Godkendt.

Punkt 2.1. Tur til Bad Salzuflen 2026. Łukasz har reserveret værelser på samme hotel.
Punkt 2.2. Turen til den tyske udstilling blev kommenteret og der var stor ros til busudvalget.

Punkt 3. Der er bestilt fire tyske dommere til DM udstillingen i Silkeborg. Den er åben søndag.

Punkt 4. Nye universalbure. Mogens og Keld har fundet to steder hvor de kan fremstilles.

Punkt 5. Orientering fra kassereren. Mogens manglede stadig få indbetalinger af kontingent.
"""


def test_punkt_lines_with_decimal_points_and_their_minutes_on_the_line():
    assert titles(parse_minutes(PUNKT_LINES)) == [
        "Godkendelse af referat fra 23-1-25",
        "Tur til Bad Salzuflen 2026",
        "Der er bestilt fire tyske dommere til DM udstillingen i Silkeborg",
        "Nye universalbure",
        "Orientering fra kassereren",
    ]


def test_a_weekday_with_a_stray_word_before_the_date_and_its_hour_dates_the_meeting():
    text = (
        "Referat bestyrelsesmøde i\nBogense Jagtforening\nKlubhuset, Smedestræde\n"
        "Mandag dag den 25-11-2025 kl. 19.00\nDagsorden.\n1. Formanden.\n2. Kassereren.\n"
        "Tilstede var: Łukasz Rasmussen, Carsten Andersen\n"
    )
    assert parse_minutes(text).date == date(2025, 11, 25)


def test_the_page_heading_seneste_referat_above_the_dated_title_is_these_minutes():
    text = (
        "Seneste referat\n\nReferat af Menighedsrådsmøde tirsdag d. 10. maj 2025\n"
        "Til stede: Łucja Pedersen, Martin Hjøllund.\n\n1. Snak om Tro\nPunktet udgik.\n\n"
        "2. Orientering v/formand\nBudgettet er overskredet.\n"
    )
    assert parse_minutes(text).date == date(2025, 5, 10)


def test_an_absence_label_whose_list_runs_on_into_the_page_is_cut_where_it_goes_on():
    text = (
        "Referat fra organisationsbestyrelsesmøde\n\nDato 6. december 2025\n\n"
        "Afbud: Bjarne Lindqvist Næste møde 6. februar 2026 Protokoller: 1. Godkendelse\n\n"
        "1. Godkendelse af referat fra sidste møde\nGodkendt.\n"
    )
    assert absent(parse_minutes(text)) == ["Bjarne Lindqvist"]


def test_afbud_fra_with_its_colon_inside_a_flattened_line():
    text = (
        "Referat af bestyrelsesmøde i Lerbjerg Børnehus 24. januar 2025 kl. 19.00 i "
        "vuggestueafdelingen Til stede: Thomas Dyre Jespersen, Łucja Siglev, Monica Lange "
        "Afbud fra: Lene Lohse Søndergaard Dagsorden: 1. Bestyrelsen konstituerer sig. Der skal "
        "vælges en formand. 2. Nyt fra Bestyrelsesformanden\n"
    )
    assert absent(parse_minutes(text)) == ["Lene Lohse Søndergaard"]


def test_an_absent_name_before_a_clause_about_them_is_whole():
    text = (
        "Referat af FU-møde den 23. august 2025\n\nTil stede: Łucja Holm, Inge Jacobsen\n\n"
        "Afbud fra: Vibeke Jensen som af helbredsgrunde har valgt at udtræde af udvalget.\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert absent(parse_minutes(text)) == ["Vibeke Jensen"]


def place_of(first_line: str):
    text = (
        f"{first_line}\nDeltagere: Søren, Mikael, Łucja\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    return parse_minutes(text).location


def test_the_place_on_the_date_line_in_the_shapes_small_bodies_write_it():
    assert place_of("Bestyrelsesmøde 29/5-2025 kl. 18 i klubben") == "klubben"
    assert place_of("Bestyrelsesmøde torsdag den 21. juni 2025 kl. 19.45 - 21.00 via Skype.") == (
        "Skype"
    )
    assert place_of("Bestyrelsesmøde D. 22/2-2025 Fredericia") == "Fredericia"
    assert place_of(
        "Referat 7. april 2025\n\nSkolebestyrelsesmøde den 7. april kl. 17.30-18. 30 virtuelt"
    ) == ("virtuelt")
    assert place_of("Bestyrelsesmøde afholdt den 28 april 2025 , Marielyst.") == "Marielyst"
    assert place_of(
        "Bestyrelsesmøde tirsdag den 23. oktober 2025, kl Scandiagade 13, 2450 København SV"
    ) == ("Scandiagade 13, 2450 København SV")
    assert place_of(
        "Bestyrelsesmøde Torsdag den 3. februar 2025 kl I Langebjergparkens Fælleshus"
    ) == ("Langebjergparkens Fælleshus")


def test_a_club_is_no_place_and_a_document_word_no_town():
    assert (
        place_of("Pensionistklubben – kreds 68\n\nStyrelsesmøde den 7. marts 2025 kl. 9.45") is None
    )
    assert place_of("Bestyrelsesmøde 12/3-2025 Referat") is None
    assert place_of("Bestyrelsesmøde 09.12.25 Vallensbæk Musikskole") is None
    assert place_of("Bestyrelsesmøde den 3. maj 2025 kl. 19 I øvrigt intet nyt") is None


def test_an_afholdt_label_names_the_place_or_the_date():
    text = (
        "Mødereferat\n\nGrundejerkontaktudvalg\n\nDato: 10. september 2025 kl. 16:30\n\n"
        "Afholdt: Gillelejehuset, det gl. Rådhus i Gilleleje\n\nDeltagere: Łucja Holm\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert parse_minutes(text).location == "Gillelejehuset, det gl. Rådhus i Gilleleje"
    dated = "Mødereferat\n\nAfholdt: 10. september 2025\n\n1. Budget\nGodkendt.\n"
    assert parse_minutes(dated).date == date(2025, 9, 10)


def test_the_head_says_where_the_meeting_is_held_and_the_body_the_next_ones_place():
    head = (
        "Referat af forretningsudvalgets 3. møde torsdag den 23. august 2025 kl. 12\n\n"
        "Mødet holdes i Ældrerådenes Fællessekretariats lokaler\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert parse_minutes(head).location == "Ældrerådenes Fællessekretariats lokaler"
    body = (
        "Referat af forretningsudvalgets 3. møde torsdag den 23. august 2025 kl. 12\n\n"
        "1. Næste møde\nMødet holdes i Kulturhuset den 20. september.\n"
    )
    assert parse_minutes(body).location is None


def test_a_hosts_line_names_the_couple_whose_home_it_is():
    text = (
        "Bylaugsmøde d. 30/4-2025\n\nHos Bodil og Łukasz. Tilstede: Pernille, Bodil, Łukasz\n\n"
        "1) Evaluering af festen\n\n2) Eventuelt\n\nAd 1. God fest.\n"
    )
    assert parse_minutes(text).location == "hos Bodil og Łukasz"


def test_a_year_in_two_figures_after_the_month_dates_the_meeting():
    text = (
        "Menighedsrådsmøde 10. juni 25\n\n1 Godkendelse af dagsordenen\nDagsordenen er godkendt\n\n"
        "2 Godkendelse af referat fra 21-05-2025\nGodkendt\n"
    )
    assert parse_minutes(text).date == date(2025, 6, 10)


def test_a_figure_after_the_month_that_is_a_time_or_a_count_is_no_year():
    from tracker.minutes.meeting_date import date_spans

    assert [s.day for s in date_spans("møde 10. juni 15.30")] == [None]
    assert [s.day for s in date_spans("den 10. juni 15 deltagere")] == [None]


def test_a_compound_referat_opening_a_dated_line_is_the_title():
    text = (
        "Beslutningsreferat Aarup menighedsråd d. 12. januar 2025\n\n"
        "Tilstede: Morten Alm, Łucja Poulsen\n\n"
        "Mødet blev afholdt over Teams fra kl. 19.00-21.00\n\n"
        " • Referent: Łucja Poulsen\n"
        " • Referat/beslutningsprotokol; - hvilken form internt/eksternt: Łucja skriver internt "
        "referat.\n • Byggeudvalg: Spær opsat.\n"
    )
    minutes = parse_minutes(text)
    assert (minutes.date, minutes.forum) == (date(2025, 1, 12), "Aarup menighedsråd")
    assert (minutes.start_time.strftime("%H:%M"), minutes.location) == ("19:00", "Teams")


def test_a_blogs_category_word_is_no_title():
    from tracker.minutes.fields import is_title

    assert is_title("Skolebestyrelsesreferat 30.01.25")
    assert not is_title("februar 17, 2025 in Bestyrelsesreferat")
    assert not is_title("Bestyrelsesreferat 2025")


def test_a_boards_news_post_of_its_meeting_is_minutes():
    text = (
        "Nyt fra bestyrelsen januar 2025\n\nBestyrelsesmøde den 30. januar 2025\n\n"
        "Bestyrelsen har netop holdt møde. Bestyrelsen gennemgik regnskab for 2024 samt budget "
        "for 2025.\n\nBestyrelsen evaluerede trofæaftenen. Łukasz sender planen ud.\n"
    )
    assert parse_minutes(text).date == date(2025, 1, 30)


def test_minutes_run_together_after_a_letters_address_are_minutes():
    text = (
        "1 Til medlemmer af Domsognets menighedsråd, kirkeværge og medarbejderrepræsentanten "
        "3. juni 2025 pb/kng REFERAT af menighedsrådsmødet torsdag, den 21. maj 2025 kl i "
        "Kannikegade Til stede: Łucja Boll, Henrik Lund Fraværende med afbud: Ilse Rasmussen "
        "Dagsorden 1. Godkendelse af dagsorden Dagsordenen blev godkendt. 2. Godkendelse af "
        "protokollen Protokollen blev godkendt og underskrevet.\n"
    )
    minutes = parse_minutes(text)  # read, not refused; the review asks which date
    assert [a.name for a in minutes.attendees if not a.present] == ["Ilse Rasmussen"]


def test_a_web_pages_menu_above_the_minutes_is_no_item():
    text = (
        "Menu\n\nUngdomsudvalgsmøde 23. oktober 2025\n\n16. februar 2026 kl. 10:33\n\n"
        "Ungdomsafslutning: Tovholder er Łucja. Pokaler bestilt.\n\n"
        "Hollandsturen: Tovholdere: Torsten og Peder, planlægningsmøde fredag d. 26. oktober. "
        "Det blev besluttet at offentliggøre en tidslinje.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.date == date(2025, 10, 23)
    assert "Menu" not in titles(minutes)


def test_words_lost_number_between_two_numbered_items_is_the_missing_one():
    text = (
        "Møde i Lokalbestyrelsen tirsdag den 9. januar 2025 kl. 9.15 i lokale 3\n\n"
        "Referat\n\n\n  1. Godkendelse af dagsordenen\n\nGodkendt.\n2.\n"
        "Godkendelse af referat fra sidste møde\nGodkendt\n\n\n"
        "  1. Meddelelser fra formanden\n\nŁucja orienterede:\n\n–  Medlemsbladet er omdelt.\n\n"
        "4.\nØkonomi\nKassereren gennemgik regnskabet.\n"
    )
    assert titles(parse_minutes(text)) == [
        "Godkendelse af dagsordenen",
        "Godkendelse af referat fra sidste møde",
        "Meddelelser fra formanden",
        "Økonomi",
    ]
    assert [i.number for i in parse_minutes(text).agenda_items] == [1, 2, 3, 4]


def test_a_list_read_whole_is_not_read_again_in_part():
    text = (
        "Referat af skolebestyrelsesmøde 13. november 2025\n\n"
        "Afbud: Patricia Nørfelt, Mette Hassing Christensen og Mikkel Grundtvig, Łukasz Sarry\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    assert sorted(absent(parse_minutes(text))) == [
        "Mette Hassing Christensen",
        "Mikkel Grundtvig",
        "Patricia Nørfelt",
        "Łukasz Sarry",
    ]


FLAT_AGENDA = (
    "Referat fra møde i Det Grønne Råd tirsdag den 12. november 2025 på Rådhuset i Nørager\n\n"
    "1 Referat fra møde i Det Grønne Råd tirsdag den 12. november 2025 på Rådhuset i Nørager "
    "Til stede: Randi Stub, Friluftsrådet (formand) Łukasz Mark, Jægerne Fraværende: Leif "
    "Lyngsø, Naturstyrelsen Mødet indledtes med besøg på Borremose-fæstningen. Dagsorden: 1. "
    "Godkendelse af referat fra mødet den 22. august Godkendelse af dagsorden 3. Opfølgning på "
    "punkter fra forrige møde 4. Orientering fra Kommunen om nyt siden sidst 5. Status på Klima "
    "14:14 6. Sti-status for Rebild Kommune 7. Evt., herunder mødekalender for næste år Ad. 1) "
    "Referatet blev godkendt. Ad. 2) Dagsordenen blev godkendt.\n"
)


def test_a_flattened_agenda_that_lost_one_number_keeps_its_count():
    assert [(i.number, i.title) for i in parse_minutes(FLAT_AGENDA).agenda_items][1:] == [
        (3, "Opfølgning på punkter fra forrige møde"),
        (4, "Orientering fra Kommunen om nyt siden sidst"),
        (5, "Status på Klima 14:14"),
        (6, "Sti-status for Rebild Kommune"),
        (7, "Evt., herunder mødekalender for næste år"),
    ]


def test_the_count_goes_on_on_the_next_flattened_page_after_the_lost_number():
    text = FLAT_AGENDA.replace(" 7. Evt., herunder mødekalender for næste år Ad. 1) ", " ") + (
        "2 Det Grønne Råd, referat fra mødet i november 7. Budget 2026 for natur og "
        "rekreative tiltag Budgettet blev gennemgået af Łukasz og taget til efterretning. "
        + "Rådet drøftede stierne og plejen af fortidsmindet grundigt. " * 6
        + "8. Evt. Intet.\n"
    )
    numbers = [i.number for i in parse_minutes(text).agenda_items]
    assert numbers[-2:] == [7, 8]


def test_a_mark_after_each_absent_name_in_a_flattened_roll_is_no_label_before_names():
    text = (
        "Referat fra menighedsrådsmøde 24. februar 2025 " + "Lone Heder Fl. C. Brandenborg "
        "Lise Mortensen Randi Holum Jeppesen Afbud Dorte Viborg Regnsk.fører A.G.Storgaard Afbud "
        "Birgit Rønne Thomas Knudsen Medarb.repr. Łucja Ribergaard DAGSORDEN: REFERAT: "
        "1. Godkendelse af dagsorden Godkendt. 2. Stillingtagen til honorarer Menighedsrådet "
        "besluttede, at standard beløbene videreføres.\n"
    )
    assert "Dorte Viborg Regnsk.fører A.G.Storgaard" not in absent(parse_minutes(text))


def test_a_section_word_in_capitals_ends_an_inner_absent_list():
    text = (
        "Referat Kultur- og Fritidsudvalget 13. april 2025\n\n"
        "1. Valg af formand Åben sag Sagsnr.: 15/10252 Sagsansvarlig: klf Fraværende: Łukasz "
        "Nielsen RESUMÉ Udvalget skal vælge en formand for perioden. BESLUTNING Valgt.\n"
    )
    assert absent(parse_minutes(text)) == ["Łukasz Nielsen"]
