"""Agenda items a small body's web page numbers in ways the item reader missed (issue 25, round
4), in documents written for these tests: "N. Title. Godkendt." on one line, "N Title" without a
full stop below a line without one, a question as a title, sentences as items when the count
goes on, Word's lost numbering (" 1." each) with the minutes on the item's line, "Punkt N"
lines of another meeting inside an item, and "Opfølgning: Topic. Text"."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


def test_title_full_stop_and_verdict_on_one_line_are_the_item_and_its_decision():
    minutes = parse_minutes(
        "Referat, 3. marts 2026\n\nMødet blev holdt i klubhuset.\n\n\n"
        "1. Godkendelse af sidste referat. Godkendt.\n\n"
        "2. Kassererens afgang fra bestyrelsen og fra kontaktudvalget. Taget til efterretning.\n\n"
        "3. Status på loppemarkedet. Alle boder er udlejet.\n\n"
        "4. Planlægning af sommerfesten den 20. juni 2026. Formanden skriver til musikerne. "
        "Programmet er ikke klar.\n\n"
        "5. Eventuelt. Ingen bemærkninger til vejfesten.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af sidste referat"),
        (2, "Kassererens afgang fra bestyrelsen og fra kontaktudvalget"),
        (3, "Status på loppemarkedet"),
        (4, "Planlægning af sommerfesten den 20. juni 2026"),
        (5, "Eventuelt"),
    ]
    assert minutes.agenda_items[0].decision == "Godkendt."


SANS_DOT = (
    "Referat af bestyrelsesmøde den 4. marts 2026 kl. 19.00 hos Kirsten\n"
    "Til stede: Ole Bak, Kirsten Mo og Lars Ry\n"
    "1 Godkendelse af dagsorden\n"
    "Godkendt\n"
    "2 Meddelelser fra formanden\n"
    "Målerne skiftes i april.\n"
    "Kirsten har talt med kommunen om ledningen\n"
    "3 Tilføjelser til dagsordenen\n"
    "Boringen er renset pr. 1. marts 2026\n"
    "4 Hvem skal rense beholderen næste gang?\n"
    "Vi venter på tilbud.\n"
    "5 Eventuelt\n"
    "Intet\n"
)


def test_numbers_without_a_full_stop_count_on_below_lines_without_one_and_as_questions():
    assert items(parse_minutes(SANS_DOT)) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Meddelelser fra formanden"),
        (3, "Tilføjelser til dagsordenen"),
        (4, "Hvem skal rense beholderen næste gang?"),
        (5, "Eventuelt"),
    ]


def test_a_number_that_does_not_count_on_below_an_open_line_stays_text():
    text = SANS_DOT.replace("3 Tilføjelser", "7 Tilføjelser")
    assert (7, "Tilføjelser til dagsordenen") not in items(parse_minutes(text))
    # after "punkt" the number is a reference of the sentence, not the next item
    text = SANS_DOT.replace("om ledningen\n", "om ledningen, se punkt\n")
    assert (3, "Tilføjelser til dagsordenen") not in items(parse_minutes(text))


def test_one_line_items_count_on_through_sentences_and_an_elected_name_with_a_room():
    minutes = parse_minutes(
        "Referat af beboermøde 4/3/2026\n\n"
        "Til stede: Ida (12), Bo (14), Lis (20).\n\n"
        "1) Valg af ordstyrer: Ida (12). Referent: Bo (14).\n\n"
        "2) Dagsorden og referat godkendt.\n\n"
        "3) Meddelelser: Vaskeriet er lukket i uge 12.\n\n"
        "4) Ingen noteringer.\n\n"
        "5) Cykelkælder: Kælderen ryddes i april. Lis laver opslag.\n\n"
        "6) Dette punkt udsættes til næste møde.\n\n"
        "7) Grill: Vi køber en ny grill til 2000 kr.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4, 5, 6, 7]
    titles = dict(items(minutes))
    assert titles[1] == "Valg af ordstyrer"
    assert (titles[3], titles[5], titles[7]) == ("Meddelelser", "Cykelkælder", "Grill")


def test_a_list_inside_an_item_that_reaches_the_next_number_is_no_item():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\nTil stede: Ole, Kirsten og Lars\n\n"
        "1. Velkomst\nOle bød velkommen.\n\n"
        "2. Budget\nBestyrelsen vedtog:\n"
        "1. Kontingentet hæves.\n2. Lejen betales kvartalsvis.\n"
        "3. Kassereren sender opkrævninger.\n"
        "\n3. Eventuelt\nIntet\n"
    )
    assert items(minutes)[:2] == [(1, "Velkomst"), (2, "Budget")]
    assert (3, "Kassereren sender opkrævninger") not in items(minutes)
    assert "Kassereren sender opkrævninger." in minutes.agenda_items[1].decision


def test_words_lost_numbering_keeps_items_whose_line_holds_the_minutes_too():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde 4. marts 2026 kl. 17.00 i forsamlingshuset.\n\n"
        "Tilstede: Hans, Grete og Jens\n\n"
        " 1. Mødeleder og referent.\n\nHans mødeleder og Jens referent.\n\n"
        " 1. Godkendelse af dagsorden.\n\nDagsorden godkendt.\n\n"
        " 1. Medlemmer. Medlemslisten skal ryddes op – hvordan?\n\nGrete rydder listen op.\n\n"
        " 1. Vi har søgt kommunen om tilskud til nyt tag på huset.\n\nSvar i maj.\n\n"
        " 1. Datoer fra forsamlingshuset. D.4.5. loppemarked og sommerfest d. 20.6.\n\n"
        "Loppemarked 4/5.\n"
    )
    assert items(minutes) == [
        (1, "Mødeleder og referent"),
        (2, "Godkendelse af dagsorden"),
        (3, "Medlemmer"),
        (4, "Vi har søgt kommunen om tilskud til nyt tag på huset"),
        (5, "Datoer fra forsamlingshuset"),
    ]


def test_another_meetings_points_inside_an_item_are_its_text():
    minutes = parse_minutes(
        "Referat af menighedsrådsmøde den 4. marts 2026\n\nReferat\n\n"
        "1. Spørgetid.\nIntet\n\n"
        "2. Kirkens liv\nGod søgning til gudstjenesterne.\n\n"
        "3. Punkter fra kirkeudvalgets møde den 1. marts 2026.\n"
        "Punkt 3- Bo kom under pkt. 3.2.\n"
        "Punkt 4 Budgettet godkendt.\n"
        "Budget 2027 afleveret.\n"
        "Punkt 5 Svar godkendt\n\n"
        "4. Godkendelse af referat fra musikudvalget\nGodkendt.\n\n"
        "5. Valgaften\nMødet den 1. april aflyses.\n"
    )
    assert items(minutes) == [
        (1, "Spørgetid"),
        (2, "Kirkens liv"),
        (3, "Punkter fra kirkeudvalgets møde den 1. marts 2026"),
        (4, "Godkendelse af referat fra musikudvalget"),
        (5, "Valgaften"),
    ]
    assert "Punkt 4 Budgettet godkendt." in minutes.agenda_items[2].decision


def test_the_kind_of_item_and_its_topic_are_the_title_before_the_minutes():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\n"
        "1. Godkendelse af referat\n\n"
        "2. Opfølgning: Værdier i forældresamarbejdet. Teksten skal rettes lidt.\n"
        "Vi har drøftet oplægget.\n\n"
        "3. Orientering: Lederen orienterede om budgettet. Det holder.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af referat"),
        (2, "Opfølgning: Værdier i forældresamarbejdet"),
        (3, "Orientering"),  # a sentence after the colon is the minutes, not the topic
    ]


def test_a_referat_in_one_paragraph_with_dashed_punkt_items_is_split_into_its_items():
    body = (
        "Bestyrelsesmøde afdeling 12 – Søvej Dato: 4. marts 2026 Deltagere: Ib, Lone og Per "
        "Dagsorden: - Punkt 1. – Opfølgning efter beboermødet. Bestyrelsen vil arbejde for en god "
        "tone i hele afdelingen, også når der er uenighed om haven og om vaskeriets åbningstider. "
        "- Punkt 2. – Roller i bestyrelsen. Al kontakt til administrationen går gennem Per, som "
        "også følger op på planer og regnskaber. Lone er tovholder for festerne i afdelingen, "
        "og Ib passer fælleshuset sammen med viceværten, jf. punkt 2. i forretningsordenen. "
        "- Punkt 3. forslag til arrangementer. Fællesspisning i november med suppe og brød. "
        "Loppemarked i foråret, hvor Ib skaffer borde. - Punkt 4. Diverse Bestyrelsen vil gerne "
        "minde om, at klager over naboer altid sendes til administrationen og ikke til os."
    )
    minutes = parse_minutes("Bestyrelsesmøde 12\n\n" + body + "\n")
    assert items(minutes) == [
        (1, "Opfølgning efter beboermødet"),
        (2, "Roller i bestyrelsen"),
        (3, "forslag til arrangementer"),
        (4, "Diverse"),
    ]
    assert minutes.agenda_items[1].decision.endswith("forretningsordenen.")  # no list dash


def _blocks(count: int) -> str:
    return "".join(
        f"Sagsfremstilling\n\nSag om emne {n}\n\nBeslutning\n\nRådet tog emne {n} til "
        "efterretning.\n\nBilag\n\n"
        for n in range(1, count + 1)
    )


HEADLESS = "Referat\nÆldrerådet tirsdag den 3. marts 2026 kl. 10:00\n\nRådhuset, mødesal 2\n\n"


def test_a_page_that_lost_its_item_headings_keeps_an_item_for_each_labelled_case():
    minutes = parse_minutes(HEADLESS + _blocks(4))
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3, 4]
    assert all("titlen mangler" in i.title for i in minutes.agenda_items)
    assert minutes.agenda_items[2].decision == "Rådet tog emne 3 til efterretning."
    assert "unnumbered" in [w.code for w in minutes.warnings]


def test_two_labelled_cases_without_headings_are_not_taken_for_items():
    minutes = parse_minutes(HEADLESS + _blocks(2))
    assert minutes.agenda_items == []
    assert "no_items" in [w.code for w in minutes.warnings]


def test_a_case_number_with_the_pages_note_after_it_is_the_items_case_number():
    minutes = parse_minutes(
        "Referat\n\nDato: 4. marts 2026 kl. 17:00\nSted: Rådhuset\n\n"
        "Pkt. 12 Meddelelser\n\nSagsnr. 404411 Kulturudvalget Åbent punkt\n\n"
        "Formanden orienterede om hallen.\n\n"
        "Pkt. 13 Nyt kunstværk\n\nSagsnr.: 27.69.48-A00-1-26 Sagsbehandler: Ida Holm\n\n"
        "Udvalget valgte værket.\n"
    )
    assert [(i.number, i.case_number) for i in minutes.agenda_items] == [
        (12, "404411"),
        (13, "27.69.48-A00-1-26"),
    ]


def test_a_title_a_dash_and_what_was_said_are_the_item_and_its_minutes():
    minutes = parse_minutes(
        "**Referat af generalforsamling i Vejlauget 2026**\n\n"
        "**Tirsdag den 3. marts 2026 kl. 19.30**\n\n"
        "**1. Valg af dirigent – Ib Holm (Søvej 4) Godkendelse af indkaldelsen m.m.**\n\n"
        "**2. Bestyrelsens beretning – Lone fortalte om året der gik.**\n\n"
        "**Beretningen godkendt**\n\n"
        "**3. Regnskab for 2025.**\n\n**Kassereren gennemgik regnskabet.**\n\n"
        "**4. Evaluering af vejfesten - LH**\n\n**Festen gik godt.**\n\n"
        "**5. Eventuelt**\n\n- Vejen fejes i april.\n"
    )
    assert items(minutes) == [
        (1, "Valg af dirigent"),
        (2, "Bestyrelsens beretning"),
        (3, "Regnskab for 2025"),
        (4, "Evaluering af vejfesten - LH"),  # initials after the dash: part of the title
        (5, "Eventuelt"),
    ]
    assert minutes.agenda_items[1].decision.startswith("Lone fortalte om året der gik.")


def test_a_sentence_wrapped_before_a_number_that_does_not_count_on_further_stays_text():
    text = SANS_DOT.replace(
        "Målerne skiftes i april.\n",
        "Målerne skiftes i april, og ved mødet i hallen kl. 19\n3 Personer deltog fra kommunen\n",
    )
    assert items(parse_minutes(text))[:3] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Meddelelser fra formanden"),
        (3, "Tilføjelser til dagsordenen"),
    ]


def test_minutes_numbered_punkt_under_an_agenda_list_numbered_otherwise_are_the_items():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\nDagsorden:\n"
        "1. Godkendelse af dagsordenen\n2. Nyt fra formanden\n3. Eventuelt\n\n"
        "Til stede: Ole, Kirsten og Lars\n\n"
        "Punkt 1 Godkendelse af dagsorden\nGodkendt.\n\n"
        "Punkt 2 Nyt fra formanden\nFormanden har talt med kommunen.\n\n"
        "Punkt 3 Eventuelt\nIntet.\n"
    )
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3]
    assert minutes.agenda_items[0].decision == "Godkendt."
    assert minutes.agenda_items[1].decision == "Formanden har talt med kommunen."


def test_a_word_heading_with_a_dash_and_a_sentence_stays_a_heading():
    minutes = parse_minutes(
        "# Referat af bestyrelsesmøde 4. marts 2026\n\n"
        "## 1. Velkomst\n\nOle bød velkommen.\n\n"
        "## 2. Beretning – Lone fortalte om året der gik.\n\n"
        "## 3. Eventuelt\n\nIntet.\n"
    )
    assert items(minutes) == [(1, "Velkomst"), (2, "Beretning"), (3, "Eventuelt")]


def test_a_title_glued_to_its_text_is_the_item_and_its_minutes_but_a_product_name_is_not():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 4. marts 2026 hos Ole\n\n"
        "1. Indkomne breve\n\nBrevene blev gennemgået. Ole svarer.\n\n"
        "2. LegepladsenGyngerne er blevet efterset og har fået ny maling på stativet.\n\n"
        "3. RegnskabLone fortalte at alle har betalt kontingent. Bo rykker for resten.\n\n"
        "4. MobilePay er nu taget i brug til kontingentet.\n\nDet virker godt.\n"
    )
    assert items(minutes) == [
        (1, "Indkomne breve"),
        (2, "Legepladsen"),
        (3, "Regnskab"),
        (4, "MobilePay er nu taget i brug til kontingentet"),
    ]
    assert minutes.agenda_items[2].decision.startswith("Lone fortalte at alle har betalt")


PLAIN_TITLES = (
    "Referat forældrerådsmøde 4.3.2026\n\nSted: Hos Ida\n\nTilstede: Bo, Lis og Ida\n\n"
    "Referent: Ida\n\n"
    "Godkendelse af referat og referent\n\nKommentarer til sidste mødes referat:\n\n"
    "  • Bo fortsat tovholder på cykeldagen\n\nIda valgt til referent.\n\n"
    "Ny formålsbeskrivelse\n\nUdkastet blev ikke godkendt. Ida laver et nyt udkast.\n\n"
    "Evaluering af sommerfesten\n\nDer kom færre familier end sidste år, men vejret var godt.\n"
)


def test_plain_titles_with_sentences_below_are_the_items_of_a_referat_without_numbers():
    minutes = parse_minutes(PLAIN_TITLES)
    assert items(minutes) == [
        (1, "Godkendelse af referat og referent"),
        (2, "Ny formålsbeskrivelse"),
        (3, "Evaluering af sommerfesten"),
    ]
    assert minutes.agenda_items[1].decision.startswith("Udkastet blev ikke godkendt.")


def test_section_labels_and_a_lone_title_are_no_plain_titles():
    text = (
        "Referat\n\nÆldrerådet 4. marts 2026 kl. 10.00\n\n"
        "Resumé\n\nRådet fik en orientering om budgettet for næste år.\n\n"
        "Sagen behandles i\n\nÆldrerådet og bagefter i udvalget for sundhed.\n\n"
        "Beslutning\n\nTaget til efterretning af rådet.\n"
    )
    assert parse_minutes(text).agenda_items == []
    lone = (
        PLAIN_TITLES.split("Ny formålsbeskrivelse")[0].replace(
            "Godkendelse af referat og referent\n\n", ""
        )
        + "Ny formålsbeskrivelse\n\nUdkastet blev ikke godkendt. Ida laver et nyt udkast.\n"
    )
    assert parse_minutes(lone).agenda_items == []


def test_a_letter_with_plain_headings_is_still_no_referat():
    import pytest

    from tracker.minutes.errors import MinutesError

    with pytest.raises(MinutesError):
        parse_minutes(
            "Nyt fra foreningen\n\nSkovby, 4. marts 2026\n\n"
            "Rammen for arbejdet\n\nForeningen skal i år arbejde med stier og bænke i byen.\n\n"
            "Perspektivering\n\nBestyrelsen vil gerne have flere med i arbejdet næste år.\n"
        )
