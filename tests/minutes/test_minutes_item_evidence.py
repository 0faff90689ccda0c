"""What makes a referat's items items when their lines do not look like titles: a count with
holes that the sentence lines fill, Word's lost numbering, a label below each title, the
agenda's number before the minutes ("Pkt 1: …"), a table's row run together ("5 Title Text");
and what makes a text a referat at all (attendance over numbered items)."""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.errors import MinutesError
from tracker.minutes.parser import parse_minutes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


def drafts_by_item(minutes):
    found: dict[int, list[str]] = {}
    for d in extract_draft_actions(minutes, undated=date(2026, 1, 1)):
        found.setdefault(d.agenda_item_number, []).append(d.title.lower())
    return found


def test_attendance_over_numbered_items_is_a_referat_without_title_or_date():
    minutes = parse_minutes(
        "Tilstede var Bodil (formand), Svend (kasserer) og Irma.\n"
        "Knud havde meldt afbud.\n\n"
        "1. Nyt fra formanden\n\nDer er kommet to nye medlemmer.\n\n"
        "2. a + b Sommerfest og oprydning af fælleshuset\n\n"
        "Oprydningen sættes i gang af Svend i august.\n\n"
        "3. Vejbelysning\n\nKommunen har svaret. Sagen er afsluttet.\n"
    )
    assert items(minutes) == [
        (1, "Nyt fra formanden"),
        (2, "a + b Sommerfest og oprydning af fælleshuset"),
        (3, "Vejbelysning"),
    ]
    assert minutes.date is None
    assert [a.name for a in minutes.attendees if not a.present] == ["Knud"]


def test_sentence_lines_that_fill_the_count_are_items_with_their_own_tasks():
    minutes = parse_minutes(
        "Bestyrelsesmøde d. 4. marts 2026\n\nAfbud fra: Bente Lund\n\nDagsorden:\n\n"
        " 1. Evaluering af sommerfesten\n"
        "  Alle var glade for festen, og der kom mange nye ansigter.\n\n"
        " 2. Der er enighed om at vente med valg af kasserer til efter årsmødet.\n"
        " 3. Karin og Ole vil lave en ny folder om foreningen.\n"
        "  Mette kontakter kommunen om tilskud til trykningen.\n\n"
        " 4. Næste møde holdes d. 8. april i klubhuset\n"
        " 5. Dato for årsmødet aftales på mødet i april.\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4, 5]
    found = drafts_by_item(minutes)
    assert any("folder" in t for t in found[3]), found
    assert any("kontakte kommunen" in t for t in found[3]), found
    assert any("årsmødet" in t for t in found.get(5, [])), found
    assert not any("folder" in t for t in found.get(1, []))


def test_word_s_lost_numbering_makes_every_one_an_item_titles_run_into_the_text():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde torsdag den 14-3 kl. 18.30\n\n"
        "Til stede: Lise, Poul og Hanne.\n\n \n\n"
        " 1. Havneudvalg. Broen skal males før sæsonen.\n"
        "  Der er bestilt maling.\n\n \n\n"
        " 1. Festudvalg julefrokost. Vi holder den i klubhuset.\n\n \n\n"
        " 1. Poul Hansen ringer til forsikringen om skaden. Den er anmeldt.\n\n \n\n"
        " 1. Økonomi…\n\n \n\n"
        " 1. Eventuelt\n"
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4, 5]
    assert any("forsikringen" in t for t in drafts_by_item(minutes).get(3, []))
    # a weekday, "den" and day-month without a year: no date, but the time is the meeting's
    assert minutes.date is None and minutes.start_time == time(18, 30)


def test_a_number_with_a_bracket_and_a_full_stop_and_a_year_after_a_dash():
    minutes = parse_minutes(
        "Referat fra forældrerådsmødet d. 12/3 – 26.\n\nTilstede: Ida, Bo og Lene\n\n"
        "1). Nyt fra institutionen:\n\nDer er ansat en ny pædagog.\n\n"
        "2). Legepladsen\n\nSandkassen skal have nyt sand.\n\n"
        "3). Eventuelt.\n\nIntet.\n"
    )
    assert items(minutes) == [
        (1, "Nyt fra institutionen"),
        (2, "Legepladsen"),
        (3, "Eventuelt"),
    ]
    assert minutes.date == date(2026, 3, 12)


def test_unnumbered_titles_each_over_a_til_referat_label():
    minutes = parse_minutes(
        "Referat af bestyrelsesmødet i beboerforeningen\n\n"
        "Tilstede: Jens, Kirsten, Bo og Anne.\n"
        "Dagsorden til og referat af onsdag D 11/3-2026\n"
        "Godkendelse af dagsorden; godkendt.\n\n"
        "Nyt fra formanden;\nHvordan går det med haven?\nTil referat;\n"
        "Haven er ryddet.\n"
        "Vaskeriet;\nTil referat\nEn maskine er i stykker.\nBo ringer til montøren.\n"
        "Fællesspisning i maj\nTil referat;\nAnne laver en tilmeldingsliste.\n"
    )
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt fra formanden"),
        (3, "Vaskeriet"),
        (4, "Fællesspisning i maj"),
    ]
    assert minutes.date == date(2026, 3, 11)  # "Dagsorden til og referat af …": this meeting
    assert any("montøren" in t for t in drafts_by_item(minutes)[3])


def test_pkt_n_and_the_minutes_under_an_agenda_list():
    minutes = parse_minutes(
        "Referat fra bestyrelsesmøde tirsdag d. 10.03.2026 kl. 19.00\n\n"
        "Dagsorden:\n1. Orientering\n2. Hjemmesiden\n3. Regnskab\n4. Årsmøde\n"
        "5. Nyhedsbrev\n6. Eventuelt.\n\n"
        "Pkt 1: Formanden fortalte om de nye regler for vandprøver fra styrelsen.\n\n"
        "Pkt 2 & 5: Hjemmesiden er opdateret. Vi vil undersøge, om nyhedsbrevet kan "
        "sendes som mail.\n\n"
        "Pkt. 3 & 4: Man drøftede regnskabet og beretningen til årsmødet.\n\n"
        "Pkt. 6: Intet under eventuelt.\n"
    )
    assert items(minutes) == [
        (1, "Orientering"),
        (2, "Hjemmesiden"),
        (3, "Regnskab"),
        (4, "Årsmøde"),
        (5, "Nyhedsbrev"),
        (6, "Eventuelt"),
    ]
    assert "nyhedsbrevet" in minutes.agenda_items[1].decision
    assert minutes.agenda_items[5].decision == "Intet under eventuelt."


def test_a_table_s_rows_run_together_are_split_into_title_and_text():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde den 10.03.2026\n\nDeltagere: Ole, Ida og Per\n\n"
        "1 Referat Referatet fra sidste møde blev godkendt\n\n"
        "2 Nyt fra skolen Lederen: Der er ansat en ny lærer i indskolingen.\n\n"
        "3 Skolens årshjul Gennemgang af årshjulet for næste år.\nPer skal rette årshjulet.\n\n"
        "4 Personale Udskydes til næste møde\n\n"
        "5 Besøg af Kirsten fra kommunen\n\n"
        "6. Evt.\n"
    )
    assert items(minutes) == [
        (1, "Referat"),
        (2, "Nyt fra skolen"),
        (3, "Skolens årshjul"),
        (4, "Personale"),
        (5, "Besøg af Kirsten fra kommunen"),  # a name after "af": the title goes on
        (6, "Evt"),
    ]
    assert minutes.agenda_items[3].decision == "Udskydes til næste møde"


def test_a_title_then_sentences_is_not_split_at_a_verdict_word_inside_them():
    minutes = parse_minutes(
        "Referat mandag 9/3 2026\n\n"
        "1. Ny plan for foreningen. Planen blev læst, og der var ingen indvendinger. "
        "Den vises til årsmødet.\n\n2. Evt.\n\nIntet.\n"
    )
    assert items(minutes)[0] == (1, "Ny plan for foreningen")
    assert "der var ingen indvendinger" in minutes.agenda_items[0].decision


def test_a_page_that_lost_its_headings_with_a_dated_decision_label_keeps_its_items():
    block = (
        "Resumé\n\nOrientering om {0}.\n\nNyt om {0} fra formanden.\n\nSe også bilaget om {0}.\n\n"
        "Sagen behandles i\n\nSeniorrådet (orientering).\n\n"
        "Beslutning Seniorrådet den 05-03-2026\n\n"
        "Rådet tog orienteringen om {0} til efterretning.\n\n"
    )
    minutes = parse_minutes(
        "Referat\n\nTorsdag 5. mar 2026 kl. 10:00\n\nSeniorrådet\n\n"
        + "".join(block.format(topic) for topic in ("busser", "træf", "budget"))
    )
    assert [n for n, _ in items(minutes)] == [1, 2, 3]
    assert "budget" in minutes.agenda_items[2].decision


def test_a_sentence_broken_by_a_blank_line_is_read_whole():
    minutes = parse_minutes(
        "Referat mandag 9/3 2026\n\n1. Parkering\n\nPladsen er blød, og bestyrelsen vil\n\n"
        "\n\nbede kommunen om grus. Karen\n\n \n\nringer til kommunen.\n\n2. Evt.\n\nIntet.\n"
    )
    decision = minutes.agenda_items[0].decision
    assert "vil bede kommunen om grus. Karen ringer til kommunen." in decision
    owners = [d.owner_names for d in extract_draft_actions(minutes)]
    assert ["Karen"] in owners, owners


def test_a_list_of_who_attended_opening_paragraphs_that_decide_is_a_referat():
    minutes = parse_minutes(
        "Til stede: Ole, Bo og Kaj\n\nBådene er i vandet. "
        "Det blev aftalt, at Bo køber en ny stige.\n"
    )
    assert minutes.date is None and minutes.agenda_items == []
    assert "no_date" in [w.code for w in minutes.warnings]
    # a letter to the members is no referat
    with pytest.raises(MinutesError, match="ligner ikke et referat"):
        parse_minutes("Nyhedsbrev marts 2026\n\nKære medlemmer. Bo køber en ny stige.\n")


def test_a_name_in_a_flattened_row_s_title_is_not_where_the_text_starts():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde den 10.03.2026\n\nDeltagere: Ole, Ida og Per\n\n"
        "1 Velkomst Ole bød velkommen\n\n2 Brev fra Hans Jensen om hegn\n\n"
        "3 Økonomi Kassereren gennemgik regnskabet.\n\n4 Evt Intet at bemærke\n"
    )
    assert [t for _, t in items(minutes)] == [
        "Velkomst",
        "Brev fra Hans Jensen om hegn",
        "Økonomi",
        "Evt",
    ]


def test_a_meeting_named_over_numbered_items_that_decide_is_a_referat_without_a_date():
    body = (
        "\n\n1. Økonomi\n\nDet blev besluttet, at Bo sender budgettet.\n\n"
        "2. Hjemmesiden\n\nIda opdaterer siden.\n"
    )
    minutes = parse_minutes("Møde i styregruppen" + body)
    assert [n for n, _ in items(minutes)] == [1, 2] and minutes.date is None
    for head in ("Kære medlemmer", "Mødeplan 2026"):  # a letter, a plan of meetings
        with pytest.raises(MinutesError, match="ligner ikke et referat"):
            parse_minutes(head + body)


def test_lost_numbering_at_the_margin_keeps_a_title_sentence_as_minutes():
    text = "Referat bestyrelsesmøde 3. marts 2026\n\nTil stede: Ib, Bo\n\n"
    for entry in (
        "Havneudvalg. Broen skal males før sæsonen.",
        "Festudvalg julefrokost. Vi holder den i klubhuset.",
        "Poul ringer til forsikringen om skaden. Den er anmeldt.",
        "Evt",
    ):
        text += f"1. {entry}\n\n \n\n"
    minutes = parse_minutes(text)
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4]
    assert minutes.agenda_items[2].decision.startswith("Poul ringer til forsikringen")


def test_lost_numbering_a_sentence_title_over_its_own_text_stays_the_title():
    text = "Referat af menighedsrådsmøde 5. maj 2026\n\nDeltagere: Ib, Bo\n\n"
    for entry, below in (
        ("Godkendelse af dagsorden", "Godkendt"),
        ("Kirkeværgen gennemgår forslaget til nye bænke på kirkegården.", "Bo spørger smeden."),
        ("Evt.", "-"),
    ):
        text += f"  1. {entry}\n\n{below}\n\n"
    minutes = parse_minutes(text)
    assert [n for n, _ in items(minutes)] == [1, 2, 3]
    assert minutes.agenda_items[1].decision == "Bo spørger smeden."


def test_plain_titles_may_hold_a_year_or_a_date_and_end_in_a_full_stop():
    minutes = parse_minutes(
        "Referat fra Seniorrådets møde den 4. marts 2026\n\nTilstede: Ib, Bo og Lis.\n"
        "Referent: Lis\n\n\n"
        "Godkendelse af referat fra mødet den 4.2.2026\n\nGodkendt.\n\n"
        "Valg til rådet 2026\n\nRådet vedtog at bede kommunen om en ny valgdato i maj.\n\n"
        "Høringssvar om madordningen.\n\nRådet gennemgik forslaget og skriver et svar.\n\n"
        "Ib sender svaret.\n\nBo går til kommunen.\n\nHan beder om et møde i april om sagen.\n\n"
        "Eventuelt\n\nKommunen kan ikke give rådet et større budget i år.\n"
    )
    assert [t for _, t in items(minutes)] == [
        "Godkendelse af referat fra mødet den 4.2.2026",
        "Valg til rådet 2026",
        "Høringssvar om madordningen",
        "Eventuelt",
    ]
    # a short sentence with a verb is no title: "Ib sender svaret." stays item 3's text
    assert "Ib sender svaret. Bo går til kommunen." in " ".join(
        minutes.agenda_items[2].decision.split()
    )
