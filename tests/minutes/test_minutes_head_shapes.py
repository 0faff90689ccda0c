"""More head shapes of real referater (issue 25, round 4): a web page's date in English, the
case number with its forum after it, a title with a comma before its date, a sentence that
says where the meeting took place.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.minutes.parser import parse_minutes

# A council's web page on a site that prints its months in English, the weekday in Danish
COUNCIL_PAGE = """Referat

Dato: Tirsdag, March 3, 2026 - 16:30
Sted: Rådhuset, lokale 7

Pkt. 41 Meddelelser

Sagsnr. 88120 Miljøudvalget Åbent punkt

Formanden orienterede om vejarbejdet.
"""


def test_an_english_month_in_the_date_field_gives_the_date_and_the_time_after_it():
    minutes = parse_minutes(COUNCIL_PAGE)
    assert (minutes.date, minutes.start_time) == (date(2026, 3, 3), time(16, 30))
    assert [w.code for w in minutes.warnings if "date" in w.code] == []


def test_a_case_number_with_its_forum_and_access_after_it_is_read():
    minutes = parse_minutes(COUNCIL_PAGE)
    assert [(i.number, i.case_number) for i in minutes.agenda_items] == [(41, "88120")]


def test_an_english_stamp_with_its_weekday_is_no_second_meeting_date():
    minutes = parse_minutes(
        "Referat fra bestyrelsen\n\nFriday, March 13, 2026 9:08:22 AM\n\n"
        "Referat af bestyrelsesmøde\ntirsdag den 3. marts 2026 klokken 16.00\n\n"
        "1. Budget\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 3, 3)
    assert [w.code for w in minutes.warnings] == []


def test_a_title_and_a_comma_before_the_date_is_no_place_and_the_sentence_below_gives_it():
    minutes = parse_minutes(
        "Referat, 3. marts 2026\n\nMødet foregik i klublokalet bag hallen.\n\n"
        "1. Sommerfest. Datoen blev fastlagt.\n"
    )
    assert minutes.date == date(2026, 3, 3)
    assert minutes.location == "klublokalet bag hallen"


# A village association's post: the meeting's day and month in figures after the weekday, no
# year; the year only in the earlier minutes' date and a budget's
VILLAGE_POST = """Referat fra bestyrelsesmødet 3. nov.

Referat bestyrelsesmøde mandag d.3.11. kl. 19. 30 i forsamlingshuset.

Tilstede: Eva, Bo, Kaj og Lis

 1. Godkendelse af referat fra mødet d. 4.9.2025

Godkendt.

 1. Lokaletilskud. Vi søger tilskud for år 2026.

Bo sender ansøgningen.
"""


def test_the_weekday_settles_the_year_of_a_yearless_date_among_the_years_named():
    minutes = parse_minutes(VILLAGE_POST)
    assert (minutes.date, minutes.start_time) == (date(2025, 11, 3), time(19, 30))
    assert minutes.location == "forsamlingshuset"
    assert "date_without_year" in [w.code for w in minutes.warnings]


def test_a_weekday_that_fits_no_named_year_leaves_the_date_to_be_asked():
    # 3 November is a Monday in 2025, a year the text does not name: no guess
    minutes = parse_minutes(VILLAGE_POST.replace("d. 4.9.2025", "i september"))
    assert minutes.date is None
    assert "no_date" in [w.code for w in minutes.warnings]


def test_a_weekday_before_a_month_name_settles_the_year_of_a_general_assembly():
    minutes = parse_minutes(
        "Referat af generalforsamling i Grundejerforeningen Lærken 2026\n\n"
        "Torsdag den 26. februar kl. 19.00\n\nI Skolens kantine, Bakkevej 4.\n\n"
        "1. Valg af dirigent – Ib Holm blev valgt.\n\n2. Regnskab 2025 – godkendt.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2026, 2, 26), time(19, 0))
    assert minutes.location == "Skolens kantine, Bakkevej 4"
    assert minutes.forum == "Grundejerforeningen Lærken"  # the association whose assembly met


def test_the_bodys_name_below_the_title_is_no_place():
    minutes = parse_minutes(
        "REFERAT AF BESTYRELSESMØDE 3. MARTS 2026\n\nI GRUNDEJERFORENINGEN SKOVLY\n\n"
        "Tilstede: Ib Holm, Eva Lund\n\n1. Vejene\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 3, 3)
    assert minutes.location is None


# A day care board's page: the meeting moved, the old day first, the new one without its year
MOVED = """Referat af bestyrelsesmøde

Forældrebestyrelsens møde i Solsikken
Vi mødes tirsdag den 3.3 2026 flyttet til 10.3 i Mejsehuset 18.00-20.00

1. Godkendelse af referat

Godkendt.
"""


def test_a_moved_meeting_is_held_on_the_day_it_was_moved_to_at_the_time_and_place_after_it():
    minutes = parse_minutes(MOVED)
    assert (minutes.date, minutes.start_time) == (date(2026, 3, 10), time(18, 0))
    assert minutes.location == "Mejsehuset"
    assert [w.code for w in minutes.warnings if "date" in w.code] == []


def test_the_next_meeting_moved_is_another_day():
    minutes = parse_minutes(
        MOVED.replace("1. Godkendelse", "Næste møde 7.4 2026 er flyttet til 14.4.\n\n1. Godk")
    )
    assert minutes.date == date(2026, 3, 10)
    assert [w.code for w in minutes.warnings if "date" in w.code] == []


# ------------------------------------------------------------------ absence in other words


def _absent(minutes) -> list[str]:
    return [a.name for a in minutes.attendees if not a.present]


def test_udeblevet_lists_the_absent():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 3. marts 2026 kl. 19.00 hos Ida\n"
        "Til stede: Ida Holm (IH), Bo Lund (BL)\nUdeblevet: Kaj Berg (KB)\n"
        "1 Godkendelse af dagsorden\nGodkendt\n"
    )
    assert _absent(minutes) == ["Kaj Berg"]


def test_an_absence_told_inside_an_item_short_or_in_parentheses():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 3. marts 2026\n\nTilstede: Ida, Bo og Lis\n\n"
        "1. Velkommen. Ida byder velkommen (Kaj er syg)\n\n"
        "2. Økonomi. Ole ikke tilstede, regnskabet venter.\n\n"
        "3. Rengøring. Pedellen er syg, så gulvet venter.\n\n4. Eventuelt. Eva er syg.\n"
    )
    assert sorted(_absent(minutes)) == ["Eva", "Kaj", "Ole"]


def test_a_sick_note_in_the_head_of_a_referat_without_headings():
    minutes = parse_minutes(
        "Referat af instruktørmøde tirsdag 3.3.2026\n\nTil stede: Ida (JJ), Bo (MT)\n\n"
        "Velkommen. Ida byder velkommen til mødet (Kaj er syg)\n"
    )
    assert _absent(minutes) == ["Kaj"]


# ------------------------------------------------------------------ a date code is asked about


def test_a_date_code_before_the_title_is_never_taken_but_named_in_the_question():
    minutes = parse_minutes(
        "260310\tReferat af bestyrelsesmøde\n\nTil stede:\tIda, Bo.\n\n"
        "Næste møde:\tTirsdag 7. april.\n\n1. Godkendelse af referat fra sidst.\n\nGodkendt.\n"
    )
    assert minutes.date is None  # 10 March 2026 or 26 March 2010: the secretary says
    asked = next(w for w in minutes.warnings if w.code == "no_date")
    assert "»260310«" in asked.da
    assert "10. marts 2026" in asked.da and "26. marts 2010" in asked.da


def test_six_figures_that_are_no_date_are_not_named():
    minutes = parse_minutes("123456 Referat af bestyrelsesmøde\n\n1. Budget\n\nGodkendt.\n")
    asked = next(w for w in minutes.warnings if w.code == "no_date")
    assert "123456" not in asked.da


def test_afholdt_below_the_date_gives_place_and_time():
    minutes = parse_minutes("Referat 3/3 2026\n\nAfholdt i klubhuset kl. 19\n\n1. Budget\n\nOk.\n")
    assert (minutes.location, minutes.start_time) == ("klubhuset", time(19, 0))


def test_a_host_after_a_dash_in_the_title():
    minutes = parse_minutes(
        "Referat – bestyrelsesmøde 03-03-2026 – kl. 19.00 – Hos Ib, Skovvej 3\n\n1. Budget\n\nOk.\n"
    )
    assert minutes.location == "hos Ib, Skovvej 3"


def test_a_sick_mark_in_the_list_of_those_present():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 3. marts 2026\n\nTil stede: Ib, Bo, Lis (syg)\n\n"
        "1. Budget\n\nGodkendt.\n"
    )
    assert _absent(minutes) == ["Lis"]


def test_sentences_of_the_head_tell_the_absent():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde d. 3. marts 2026\n\nTilstede: Ib, Bo og Kaj. Lis havde "
        "meldt afbud.\nEva var fraværende.\nFravær uden afbud: Per\n\n1. Budget\n\nGodkendt.\n"
    )
    assert sorted(_absent(minutes)) == ["Eva", "Lis", "Per"]


def test_all_but_one_present():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde d. 3. marts 2026\n\nTil stede: Alle undtagen Lis\n\n"
        "1. Budget\n\nAlle var enige undtagen Bo.\n"
    )
    assert _absent(minutes) == ["Lis"]  # Bo disagreed, he was there


def test_a_year_before_a_word_in_lower_case_is_no_postcode_and_no_place():
    minutes = parse_minutes(
        "Referat fra mødet tirsdag den 3. marts\nRegnskab 2025 blev gennemgået\n\n"
        "1. Budget\n\nGodkendt.\n"
    )
    assert minutes.location is None
    assert minutes.date is None  # 2026 fits the weekday, but the text never names it


# ------------------------------------------------------------------ the forum


def test_a_web_pages_title_of_agendas_and_minutes_names_the_body():
    minutes = parse_minutes(
        "Det lokale ældreråd - Dagsordener og referater\n\nMødedato: 3. marts 2026\n"
        "Mødested: Rådhuset\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert minutes.forum == "Det lokale ældreråd"
    assert minutes.title == "Det lokale ældreråd - Dagsordener og referater"


def test_the_election_period_after_a_committees_name_is_no_part_of_it():
    minutes = parse_minutes(
        "Kultur- og Fritidsudvalget (2022-2025) – Referat – 3. marts 2026\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert minutes.forum == "Kultur- og Fritidsudvalget"


def test_a_bare_title_date_loses_to_the_meetings_own_line_whose_weekday_fits():
    minutes = parse_minutes(
        "Referat 2 marts 2026\n\nReferat af bestyrelsesmøde torsdag den 19. marts 2026 kl. "
        "18.00 i Klubhuset\n\nTilstede: Ib, Bo\n\n1) Valg af referent\nBo\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2026, 3, 19), time(18, 0))
    assert [w.code for w in minutes.warnings] == ["two_dates"]  # both named, still asked


def test_a_day_called_off_is_another_days():
    minutes = parse_minutes(
        "Referat 12. marts 2026\n\nMødet torsdag den 5. marts 2026 blev aflyst.\n\n"
        "1) Valg af referent\nBo\n"
    )
    assert minutes.date == date(2026, 3, 12)


def test_a_list_of_those_present_wrapped_at_its_og_keeps_every_name():
    head = "Referat af instruktørmøde 3.3.2026\n\nTil stede: Vibe (JJ), Frida (PR), Jonas og"
    tail = "\n\n1. Velkommen\n\nVibe byder velkommen.\n"
    for wrapped in (head + "\nLise (AK)" + tail, head[:-3] + "\nog Lise (AK)" + tail):
        minutes = parse_minutes(wrapped)
        assert [a.name for a in minutes.attendees] == ["Vibe", "Frida", "Jonas", "Lise"]
    below = "Referat af instruktørmøde tirsdag 3.3.2026\n\nTil stede:\nVibe (JJ), Frida (PR) og\n"
    for wrapped in (below + "Lise (AK)" + tail, below[:-4] + "\nog Lise (AK)" + tail):
        minutes = parse_minutes(wrapped)
        assert [a.name for a in minutes.attendees] == ["Vibe", "Frida", "Lise"]


def test_a_posts_date_a_few_days_after_the_meetings_own_yearless_line_is_not_the_meeting():
    minutes = parse_minutes(
        "Læs referat fra bestyrelsesmødet\n\n7. november 2025\n\n"
        "Referat bestyrelsesmøde mandag d.3.11. kl. 19 i forsamlingshuset.\n\n"
        "Tilstede: Eva, Bo\n\n1. Budget\n\nGodkendt.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2025, 11, 3), time(19, 0))
    assert [w.code for w in minutes.warnings] == ["two_dates"]  # both named, still asked


def test_an_absence_from_another_meeting_and_an_empty_absence_cell_name_no_one():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nDeltagere\n\nIb (11); Bo (24)\n\nAfbud\n\n"
        " \n\nNæste bestyrelsesmøde\n\n29. april hos Bo\n\n1. Referat\n\nReferatet blev "
        "godkendt. Ib bemærkede, at han havde meldt afbud til sidste møde.\n"
    )
    assert _absent(minutes) == []


def test_an_item_put_off_because_someone_is_away_names_only_that_person():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nTil stede: Ib, Bo\n\n1. Festen\n\n"
        "Udskydes, da Eva er fraværende.\n\n2. Haven\n\nPunktet udsættes, fordi Kaj er syg.\n"
    )
    assert sorted(_absent(minutes)) == ["Eva", "Kaj"]


def test_the_case_number_above_the_first_items_heading_is_the_first_items():
    minutes = parse_minutes(
        "Referat\ntil\nmødet i MED-udvalget\nden 3. marts 2026 kl. 10:00\n\nSagnr.: 4-12-7\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\nSagnr.: 4-12-9\n\n"
        "2. Budget\n\nBeslutning\n\nGodkendt.\n"
    )
    assert [(i.number, i.case_number) for i in minutes.agenda_items] == [
        (1, "4-12-7"),
        (2, "4-12-9"),
    ]


def test_a_full_name_and_a_first_name_joined_by_og_are_two_people():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\nTil stede: Ib, Bo\n"
        "Udeblevet uden afbud: Kaj Berg og Lis\n\n1. Budget\n\nGodkendt.\n"
    )
    assert _absent(minutes) == ["Kaj Berg", "Lis"]


def _absent(minutes) -> list[str]:
    return sorted(a.name for a in minutes.attendees if not a.present)


def test_a_cover_tables_labels_glued_to_their_values_are_read():
    # a school board's page: the label cells' tabs lost ("AfbudClaus …", "StedSkolen")
    minutes = parse_minutes(
        "Skolebestyrelsesmøde\nTid\n\n04-12-2025, kl. 17.00 – 19.00\n\n"
        "StedSkolen\nDeltagereSine Kamstrup, Ea Schou Petersen & Preben Krogsgaard\n"
        "AfbudClaus Kroman Sørensen, Christine Nielsen\nMødelederSine Kamstrup\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n2. Trivsel\nDrøftet.\n"
    )
    assert _absent(minutes) == ["Christine Nielsen", "Claus Kroman Sørensen"]
    assert minutes.location == "Skolen"


def test_absence_told_under_the_first_decision_as_a_sentence_label():
    # a committee's page: who attended and "Følgende havde meldt afbud:" under item 1
    minutes = parse_minutes(
        "Referat af Folkeoplysningsudvalgets møde den 5. april 2025\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nI mødet deltog:\n\n"
        "Rikke Lauritzen, Caroline Stage og Sofie Seidenfaden.\n\n"
        "Følgende havde meldt afbud:\n\nBadar Shah, Mara Frej og John Kalo.\n\n"
        "Dagsordenen blev godkendt.\n\n2. Tilskud\n\nBeslutning\n\nGodkendt.\n"
    )
    assert _absent(minutes) == ["Badar Shah", "John Kalo", "Mara Frej"]


@pytest.mark.parametrize(
    ("head", "place"),
    [
        # a postcode and its town after the time's comma
        ("Referat af bestyrelsesmøde\nTid og sted:11.11.2025 kl 10, 5250 Odense\n", "5250 Odense"),
        # two fields on one line: the time's, then the room's
        (
            "Referat af møde i Seniorrådet den 02.12. 2025\n"
            "Tidspunkt: Kl. 12,30 – 15,30; Mødelokale: B105\n",
            "B105",
        ),
        # the place's own line under the title's date, a body's word in its name
        (
            "Referat af bestyrelsesmøde onsdag d 26 november 2025 kl 15.00\nI Foreningernes hus.\n",
            "Foreningernes hus",
        ),
    ],
)
def test_the_place_written_beside_the_time_or_below_the_date_is_read(head, place):
    minutes = parse_minutes(
        head + "Tilstede: Ane, Bo\n\n1. Budget\nGodkendt.\n2. Eventuelt\nIntet.\n"
    )
    assert minutes.location == place


def test_a_time_field_of_whole_hours_gives_the_start():
    minutes = parse_minutes(
        "Dagsorden og referat\n\nDato: 16.8.2025\n\nTid: 16-18\n\nSted: Skolekøkkenet\n\n"
        "Mødedeltagere: Tanja, Louise\n\n1. Konstituering\nTanja blev formand.\n"
    )
    assert (minutes.start_time, minutes.location) == (time(16, 0), "Skolekøkkenet")
    # a count is no time: "3-5 personer" in a field says nothing of the hour
    assert (
        parse_minutes(
            "Referat\n\nDato: 16.8.2025\n\nTid: 3-5 personer\n\n1. Budget\nGodkendt.\n"
        ).start_time
        is None
    )


def test_the_absent_named_in_parentheses_after_who_attended():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 1. september 2025\n\n"
        "Til stede: Else, Brian, Kim og Per (afbud fra Gorm pga. sygdom)\n\n"
        "1. Udflugt\nBo fortalte om turen (afbud fra Lis Holm).\n"
    )
    assert _absent(minutes) == ["Gorm"]  # Lis sent regrets for the trip, not the meeting


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        # the list runs on into the minutes' first sentence
        ("Afbud: Michael Burgess Mødet blev gennemført efter dagsordenen.", ["Michael Burgess"]),
        # a clause about the absent one after the name
        (
            "Afbud fra: Vibeke Jensen som af helbredsgrunde har valgt at træde ud.",
            ["Vibeke Jensen"],
        ),
    ],
)
def test_an_absence_label_whose_names_run_on_into_a_sentence(line, absent):
    minutes = parse_minutes(
        "Referat 07.01.2025\n\nTilstede var: Vivi Nobel, Erik Clausen\n" + line + "\n\n"
        "1. Budget\nGodkendt.\n"
    )
    assert _absent(minutes) == absent


def test_the_hour_the_roll_was_taken_is_no_name():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde d. 15. september 2026\n\n"
        "Til stede på 17:48: Henrik, Eddie, Łukasz, Anita. Afbud fra Stine og Signe\n\n"
        "1. Bemanding\nIntet nyt.\n2. Eventuelt\nIntet.\n"
    )
    assert [(a.name, a.present) for a in minutes.attendees] == [
        ("Henrik", True),
        ("Eddie", True),
        ("Łukasz", True),
        ("Anita", True),
        ("Stine", False),
        ("Signe", False),
    ]


def test_all_met_but_those_who_sent_regrets_names_them_absent():
    minutes = parse_minutes(
        "Referat\ntil\nmødet i Patientinddragelsesudvalget\nden 9. december 2026 kl. 13:00\n\n"
        "Deltagere: Alle var mødt, undtagen Liselotte Wesley Andersen, Łucja Nowak og Ulla "
        "Dyhr, der havde meldt afbud.\n\n1. Fællesmøde\nDrøftet.\n2. Eventuelt\nIntet.\n"
    )
    assert sorted(a.name for a in minutes.attendees if not a.present) == [
        "Liselotte Wesley Andersen",
        "Ulla Dyhr",
        "Łucja Nowak",
    ]
    assert not [a for a in minutes.attendees if a.present]
