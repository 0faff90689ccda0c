"""Meeting fields and items read by their shape, from a pool of real minutes (round 15).

Each document is written for the test in the shape such minutes have; the names and the
text are invented.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.parser import parse_minutes


def _titles(text: str) -> list[tuple[int | None, str]]:
    return [(i.number, i.title) for i in parse_minutes(text).agenda_items]


def test_a_year_in_two_figures_after_an_apostrophe_dates_it_and_last_minutes_are_no_title():
    minutes = parse_minutes(
        "Bestyrelsesmøde 9. marts '23\n\n"
        "Tilstede: Gerda, Palle, Inger\n"
        "Referent: Inger\n\n"
        "Godkendelse af referat fra den 12. januar 2023\n\n"
        "Nyt fra formanden:\n"
        "1. Hegnet ved porten er repareret. Palle maler det i maj.\n\n"
        "Eventuelt:\n"
        "Intet.\n"
    )
    assert minutes.date == date(2023, 3, 9)
    assert minutes.title == "Bestyrelsesmøde 9. marts '23"


def test_a_time_slot_that_gives_only_the_kind_of_point_has_lost_its_title():
    got = _titles(
        "Forældrebestyrelsen – referat\n\n"
        "Referat fra den 4. februar 2026 kl. 17.00-19.00.\n"
        "Afbud: Jonas Friis\n\n"
        "Referat\n\n"
        "17.00-17.20 - Orientering\n\n"
        "Lederen fortalte om sygefraværet i efteråret.\n\n"
        "17.20-17.50 - Drøftelse/Beslutning\n\n"
        "Forslaget om nye åbningstider blev drøftet og vedtaget.\n"
        "Lederen sender brevet ud til forældrene.\n\n"
        "17.50-18.00\n\n"
        "Eventuelt\n"
        "Intet.\n"
    )
    assert got == [
        (1, "(titlen mangler i referatet)"),
        (2, "(titlen mangler i referatet)"),
        (3, "Eventuelt"),
    ]


def test_the_place_after_the_time_keeps_its_floor_and_the_body_drops_the_meeting_number():
    minutes = parse_minutes(
        "REFERAT HANDICAPRÅDET: Møde nr. 05-2026\n\n"
        "Onsdag den 6. maj 2026 kl. 14.00 – 16.30, Mødelokale 12, 3. sal, Rådhuset, 9990 Søby\n\n"
        "Fraværende: Hanne Kjær\n\n"
        "1. Godkendelse af dagsorden\n"
        "Godkendt.\n\n"
        "2. Høringer\n"
        "Rådet skriver et høringssvar om trafikplanen.\n"
    )
    assert minutes.location == "Mødelokale 12, 3. sal, Rådhuset, 9990 Søby"
    assert minutes.start_time is not None and minutes.start_time.hour == 14
    assert minutes.forum == "HANDICAPRÅDET"


def test_a_footnote_star_after_a_title_is_no_part_of_it():
    got = _titles(
        "Referat fra generalforsamling, tirsdag den 10. marts 2026\n\n"
        "DAGSORDEN:\n"
        "1. Valg af dirigent\n"
        "Forsamlingen valgte Aksel Brun.\n"
        "2. Regnskab 2025*\n"
        "Regnskabet blev godkendt.\n"
        "3. Budget 2026/2027*\n"
        "Budgettet blev vedtaget.\n"
        "4. Eventuelt\n"
        "Intet.\n"
        "* Bilag udsendt med indkaldelsen.\n"
    )
    assert got == [
        (1, "Valg af dirigent"),
        (2, "Regnskab 2025"),
        (3, "Budget 2026/2027"),
        (4, "Eventuelt"),
    ]


def test_two_entries_of_the_agenda_on_one_line_are_two_items():
    got = _titles(
        "Referat af bestyrelsesmøde den 2. juni 2026\n\n"
        "Dagsorden:\n"
        "1. Godkendelse af dagsorden\n"
        "2. Nyt fra kassereren v/ Tove Lind 3. Nyt fra formanden\n"
        "4. Eventuelt\n\n"
        "Referat:\n\n"
        "1. Godkendelse af dagsorden\n"
        "Godkendt.\n\n"
        "2. Nyt fra kassereren v/ Tove Lind\n"
        "Der er 12.000 kr. på kontoen.\n\n"
        "3. Nyt fra formanden\n"
        "Formanden har talt med kommunen om stien, der lukker den 3. juli.\n\n"
        "4. Eventuelt\n"
        "Intet.\n"
    )
    assert got == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt fra kassereren v/ Tove Lind"),
        (3, "Nyt fra formanden"),
        (4, "Eventuelt"),
    ]


def test_topics_ending_in_a_colon_over_points_numbered_from_one_are_the_items():
    minutes = parse_minutes(
        "Bestyrelsesmøde 14. maj 2026\n\n"
        "Tilstede: Gerda, Palle, Inger\n"
        "Referent: Inger\n\n"
        "Godkendelse af referat fra den 2. april 2026\n\n"
        "Nyt fra formanden:\n"
        "1. Porten ved parkeringen er gået i stykker. Palle bestiller en ny.\n"
        "2. Kommunen har svaret på brevet om stien.\n\n"
        "Nyt fra kassereren:\n"
        "1. Alle har betalt haveleje.\n\n"
        "Haver til salg og solgt:\n"
        "1. Have 7 er solgt.\n"
        "2. Have 31 er sat til salg.\n\n"
        "Fællesarbejde:\n"
        "Vi mødes lørdag og rydder hækken ved legepladsen.\n\n"
        "Eventuelt\n"
        "Intet.\n"
    )
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af referat fra den 2. april 2026"),
        (2, "Nyt fra formanden"),
        (3, "Nyt fra kassereren"),
        (4, "Haver til salg og solgt"),
        (5, "Fællesarbejde"),
        (6, "Eventuelt"),
    ]
    assert minutes.date == date(2026, 5, 14)


def test_a_label_over_a_list_inside_numbered_items_is_no_topic():
    got = _titles(
        "Referat af bestyrelsesmøde den 20. maj 2026\n\n"
        "Deltagere: Rasmus Vind, Lea Holt\n\n"
        "Punkt 1: Økonomi\n"
        "Kassereren gennemgik regnskabet.\n\n"
        "Aftaler:\n"
        "1. Lea sender regnskabet til revisor.\n\n"
        "Punkt 2: Legepladsen\n"
        "Gyngen er slidt.\n\n"
        "Aftaler:\n"
        "1. Rasmus bestiller en ny gynge.\n"
        "2. Lea skriver til forældrene.\n\n"
        "Punkt 3: Eventuelt\n"
        "Intet.\n"
    )
    assert got == [(1, "Økonomi"), (2, "Legepladsen"), (3, "Eventuelt")]


def test_an_item_number_with_only_a_dash_is_an_item_whose_title_is_missing():
    got = _titles(
        "Referat af bestyrelsesmøde 3. marts 2026\n"
        "Tilstede: Bo Dahl, Eva Krog\n\n"
        "1) Godkendelse af dagsorden:\n"
        "Godkendt.\n\n"
        "2) Regnskab:\n"
        "Regnskabet blev godkendt.\n\n"
        "3) –\n\n"
        "4) Evt.\n"
        "Intet.\n"
    )
    assert got == [
        (1, "Godkendelse af dagsorden"),
        (2, "Regnskab"),
        (3, "(titlen mangler i referatet)"),
        (4, "Evt"),
    ]
