"""Items and head fields of small clubs' and boards' web pages (issue 25, round 8), in
documents written for these tests: Word's lost numbering (" 1." each) with a list of counts
inside an item, and a meeting date with a stray full stop after the day ("d. 4./3. 2026")."""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def titles(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


def test_a_list_of_counts_inside_an_item_does_not_break_words_lost_numbering():
    minutes = parse_minutes(
        "Referat fra bestyrelsesmøde 4. marts 2026\n\n \n\n"
        " 1. Kalender\n\nÅrets ture står på hjemmesiden.\n\n"
        " 1. Medlemstal\n\nKlubben har nu:\n\n61 voksne\n\n24 juniorer\n\n2 Trænere\n\n"
        " 1. Bådhuset\n\nTaget skal males. Det blev besluttet at købe maling.\n\n"
        " 1. Vinterbadning\n\nIntet nyt.\n\n"
        " 1. Evt.\n\nNæste møde 8. april 2026\n"
    )
    assert titles(minutes) == [
        (1, "Kalender"),
        (2, "Medlemstal"),
        (3, "Bådhuset"),
        (4, "Vinterbadning"),
        (5, "Evt"),
    ]


def test_a_stray_full_stop_after_the_day_still_dates_the_meeting():
    minutes = parse_minutes(
        "Referater 4/3-2026\n\nReferat af bestyrelsesmøde d. 4./3. 2026.\n\n"
        "Afbud: Ida Holm.\n\n1. Legepladsen\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert str(minutes.date) == "2026-03-04"


def test_rows_below_a_tables_header_row_are_the_items_and_their_text():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde 4. marts 2026\n\nSted: Skolen\n\n"
        "Pkt. Dagsorden: Baggrund: Beslutning:\n"
        "1. Godkendelse af dagsorden Godkendt uden bemærkning.\n"
        "2. Status for Sportsdagen Hvordan gik det Vi havde mange gæster.\n"
        "3. Nye skure ved SFO SFO skurene males i maj. Ida bestiller maling.\n"
        "4. Kontingent for PTU Det vurderes at prisen er for høj.\n"
        "5. Eventuelt Bo takkede for kaffen.\n"
    )
    assert titles(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Status for Sportsdagen"),
        (3, "Nye skure ved SFO"),
        (4, "Kontingent for PTU"),
        (5, "Eventuelt"),
    ]


def test_a_plain_title_right_below_a_verdict_without_full_stop_is_the_next_item():
    minutes = parse_minutes(
        "Distrikt Nord - Referat 4. marts 2026\n"
        "Referat fra bestyrelsesmøde den 4/3 2026 kl. 17.00. Mødet er holdt på skolen\n"
        "Dagsorden\n"
        "Godkendelse af referat fra sidste møde\n"
        "Referat godkendt\n"
        "Nyt fra lederen\n"
        "Lederen fortalte om de nye stuer, og bestyrelsen drøftede åbningstiderne.\n"
        "Valg af formand\n"
        "Der skal vælges formand. Bestyrelsen besluttede at vente til næste møde.\n"
    )
    assert titles(minutes) == [
        (1, "Godkendelse af referat fra sidste møde"),
        (2, "Nyt fra lederen"),
        (3, "Valg af formand"),
    ]


def test_a_first_item_in_lower_case_and_a_hosts_name_after_a_date_code():
    minutes = parse_minutes(
        "Bestyrelsesmøde d. 04-03-26\n\n"
        "Referat af bestyrelsesmøde d. 040326 hos Ole Mark.\n\n"
        "1: regnskabet for festen gennemgået og godkendt.\n\n"
        "2: Ingen post siden sidst.\n\n"
        "3: Ida tager til kredsmødet. Hun spørger om tilskud til hundene.\n\n"
        "4: Bo foreslog en ny hjemmeside. Det drøftes igen.\n"
    )
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3, 4]
    first = minutes.agenda_items[0]
    assert "regnskabet for festen" in first.summary + first.decision
    assert minutes.location == "hos Ole Mark"


def test_regrets_for_a_party_named_by_the_item_are_no_absence_from_the_meeting():
    minutes = parse_minutes(
        "Referat fra bestyrelsesmøde 4. marts 2026\n\n"
        " 1. Regnskab. Godkendt.\n"
        " 2. Julefrokost. Afbud fra Ib og Lis\n"
        " 3. Eventuelt. Afbud fra Kaj\n"
    )
    assert [a.name for a in minutes.attendees if not a.present] == ["Kaj"]


def test_an_agenda_label_naming_one_topic_is_the_meetings_one_item():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde d. 4/3 2026\n\n"
        "Dagsorden for bestyrelsesmøde: Planlægning af sommerlejren.\n\n"
        "Formanden fremlagde planen for lejren. Det blev besluttet at leje hytten igen.\n\n"
        "Det blev aftalt at:\n\n– Ida Holm skal bestille bussen.\n"
    )
    assert titles(minutes) == [(1, "Planlægning af sommerlejren")]


def test_a_closing_items_few_words_and_a_section_tab_glued_to_a_title():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde 4. marts 2026\n\n"
        " 1. Budget\n  Godkendt.\n"
        " 2. Eventuelt. Intet nyt.\n"
    )
    assert titles(minutes) == [(1, "Budget"), (2, "Eventuelt")]
    glued = parse_minutes(
        "Referat fra rådets møde 4. marts 2026\n\n"
        "1. Meddelelse fra formandenReferat\n\nFormanden fortalte om sommerens vejarbejde.\n\n"
        "2. Valg af revisorBeslutning\n\nGodkendt.\n"
    )
    assert titles(glued) == [(1, "Meddelelse fra formanden"), (2, "Valg af revisor")]


def test_a_long_title_with_a_date_keeps_its_words_after_the_dates_full_stop():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde d. 4/3 2026.\n\n"
        "1.    Ny mødeplan for huset fra 1./8. 2026 – ønske fra personalet og den nye ledelse.\n\n"
        "Godkendt. Forældrene orienteres efter sommerferien.\n\n"
        "2.    Eventuelt.\n\nIntet.\n"
    )
    assert titles(minutes)[0] == (
        1,
        "Ny mødeplan for huset fra 1./8. 2026 – ønske fra personalet og den nye ledelse",
    )


def test_a_question_for_a_title_and_its_minutes_on_one_line():
    minutes = parse_minutes(
        "Referat 4. marts 2026\n\n"
        " 1. Skal vi have en ny bænk?\n  Ja, ved søen.\n"
        " 2. Sommerudflugt, hvorhen? Lis spørger bussen om prisen\n"
        " 3. Runde. Alle spørges.\n"
    )
    assert titles(minutes)[1] == (2, "Sommerudflugt, hvorhen?")
    assert [(d.title, d.owner_names) for d in extract_draft_actions(minutes)] == [
        ("Spørge bussen om prisen", ["Lis"])
    ]


def test_a_group_with_seats_on_the_board_is_absent_as_one():
    minutes = parse_minutes(
        "Referat skolebestyrelsesmøde 4. marts 2026\n\n"
        "Deltagere: Ida, Bo og Lis\n\nFraværende: Elevrådet, Kaj, Eva\n\n1. Budget\n\nGodkendt.\n"
    )
    assert sorted(a.name for a in minutes.attendees if not a.present) == ["Elevrådet", "Eva", "Kaj"]


def test_a_herunder_sentence_is_part_of_a_long_title():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde d. 4/3 2026.\n\n"
        "1.    Bestyrelsens deltagelse i møder, fester samt hvor ofte vi mødes. Herunder "
        "dialogmøde med udvalget d. 24/10.\n\nVi vil gerne se flere forældre til festerne.\n\n"
        "2.    Eventuelt.\n\nIntet.\n"
    )
    assert titles(minutes)[0] == (
        1,
        "Bestyrelsens deltagelse i møder, fester samt hvor ofte vi mødes. Herunder "
        "dialogmøde med udvalget d. 24/10",
    )


def test_a_date_opening_a_line_of_an_items_text_is_no_list_number():
    minutes = parse_minutes(
        "Referat af lokalrådsmøde d. 04.03.2026\n\n"
        " 1. Nyt fra formanden.\n  Ebbe har talt med kommunen.\n"
        "  5. Maj-stenen bliver renset op.\n  Vi tager 4 afsted til konferencen.\n"
        " 2. Eventuelt\n  Intet nyt.\n"
    )
    assert "5. Maj-stenen bliver renset op." in minutes.agenda_items[0].decision
