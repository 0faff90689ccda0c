"""Head shapes of real referater (issue 25, round 9): a post's title as a bullet, a compound
"Beslutnings referat" written apart, "Referat, fra den …", the committee's meeting named
over each decision, "– Referat" after the time, names joined by dashes.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.parser import parse_minutes


def test_a_post_title_shown_as_a_bullet_dates_the_meeting():
    minutes = parse_minutes(
        """ • Referat af mødet 14. april 2025

  Punkt 1: Besøg af skolechefen:

  Skolechefen fortalte om den nye plan for skolernes lejrture.
"""
    )
    assert minutes.date == date(2025, 4, 14)


def test_an_earlier_referat_named_in_a_line_is_still_another_day():
    minutes = parse_minutes(
        """Referat af bestyrelsesmøde 3. marts 2025

1. Godkendelse af referat fra 2. februar 2025

Godkendt.
"""
    )
    assert minutes.date == date(2025, 3, 3)


def test_a_compound_written_apart_in_the_title_dates_the_meeting_not_an_earlier_one():
    minutes = parse_minutes(
        """Beslutnings referat af bestyrelsesmøde 9. maj 2024 hos Karen

Deltagere: Ole Dahl, Pia Lund

Stævner

Bestyrelsen holder fast i beslutningen fra bestyrelsesmødet den 4/2 2023 om stævnerne.
"""
    )
    assert minutes.date == date(2024, 5, 9)


def test_a_line_that_says_referat_from_a_day_dates_the_meeting():
    minutes = parse_minutes(
        """Referat fra møder i Borgerforeningen 2024

Marts.

Referat, fra den 5/3-24.

Pkt. 1            Godkendelse af dagsorden

Godkendt.

Pkt. 2            Sommerfest

Festen holdes i juni.
"""
    )
    assert minutes.date == date(2024, 3, 5)


COMMITTEE_PAGE = """1.         Meddelelser

                                  Åbent

Sagsnr.: 11-2024-100       J.nr.: 00.01.00            Dokumentnr.: 11-2024-900

Kulturudvalgets møde den 4. juni 2024:

Formanden orienterede om biblioteket.

2.         Eventuelt

                                  Åbent

Sagsnr.: 11-2024-101       J.nr.: 00.01.00            Dokumentnr.: 11-2024-901

Kulturudvalgets møde den 4. juni 2024:

Intet.
"""


def test_the_committees_meeting_named_over_each_decision_dates_a_page_without_a_head():
    minutes = parse_minutes(COMMITTEE_PAGE)
    assert minutes.date == date(2024, 6, 4)
    assert "date_from_body" in [w.code for w in minutes.warnings]
    assert minutes.forum == "Kulturudvalget"
    assert "no_forum" not in [w.code for w in minutes.warnings]


def test_a_case_number_with_the_journal_and_document_numbers_after_it_is_read():
    minutes = parse_minutes(COMMITTEE_PAGE)
    assert [(i.number, i.case_number) for i in minutes.agenda_items] == [
        (1, "11-2024-100"),
        (2, "11-2024-101"),
    ]


def test_the_documents_name_after_the_time_is_no_place():
    minutes = parse_minutes(
        """Bestyrelsesmøde den 2. april 2024 kl. 19:00-21:00 – Referat

Til stede: Ole Dahl, Pia Lund

1. Velkomst
"""
    )
    assert minutes.location is None
    with_place = parse_minutes(
        """Bestyrelsesmøde den 2. april 2024 kl. 19:00 – Borgerhuset

Til stede: Ole Dahl, Pia Lund

1. Velkomst
"""
    )
    assert with_place.location == "Borgerhuset"


def test_names_joined_by_dashes_are_each_a_name():
    minutes = parse_minutes(
        """Referat af bestyrelsesmøde 9. maj 2024

Deltagere: Ole Dahl – Pia Lund (referent) – Kim Holm
Afbud: Eva Berg – Lis Krog – Bo Vang

1. Velkomst
"""
    )
    absent = sorted(a.name for a in minutes.attendees if not a.present)
    present = sorted(a.name for a in minutes.attendees if a.present)
    assert absent == ["Bo Vang", "Eva Berg", "Lis Krog"]
    assert present == ["Kim Holm", "Ole Dahl", "Pia Lund"]


def test_the_referents_short_label_ends_the_absence_list():
    minutes = parse_minutes(
        """Referat af bestyrelsesmøde den 6. oktober 2025

Tilstede: Ib, Eva, Jonas og Lise
Afbud: ingen
Ref: Lise

1. Velkomst
"""
    )
    assert [a.name for a in minutes.attendees if not a.present] == []


def test_a_name_added_in_a_parenthesis_is_one_more_of_the_list():
    minutes = parse_minutes(
        """Referat af bestyrelsesmøde 9. maj 2024

Til stede: Ole og Pia
Afbud: Eva, Lis (og Bo fra festudvalget)

1. Velkomst
"""
    )
    assert sorted(a.name for a in minutes.attendees if not a.present) == ["Bo", "Eva", "Lis"]


def test_a_yearly_pages_title_names_the_body_not_its_meetings():
    minutes = parse_minutes(
        """Referat fra møder i Borgerrådet 2024

Referat, fra den 5/3-24.

Pkt. 1            Godkendelse af dagsorden

Godkendt.
"""
    )
    assert minutes.forum == "Borgerrådet"
