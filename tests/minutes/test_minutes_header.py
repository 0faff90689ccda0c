"""The head of real-shaped referater (issue 25): the meeting's own date and never another
day's, the time and place however they are written, and who was absent in every shape.

Each document here is invented in the shape of a kind of real minutes (a web page's cover
lines, a cover table, an e-mail referat, a council's PDF with "Ikke til stede" under each
decision); none is a real document's text.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def _absent(minutes) -> list[str]:
    return [a.name for a in minutes.attendees if not a.present]


def _present(minutes) -> list[str]:
    return [a.name for a in minutes.attendees if a.present]


# ------------------------------------------------------------------ the date, time and place


def test_cover_lines_give_date_time_and_place():
    minutes = parse_minutes(
        "Referat\ntil\nmødet i Ungdomsrådet\nden 3. marts 2026 kl. 16:30\n"
        "i Kulturhuset, Lokale 4, Torvet 2, 7100 Vejle\n\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2026, 3, 3), time(16, 30))
    assert minutes.location == "Kulturhuset, Lokale 4, Torvet 2, 7100 Vejle"
    assert minutes.warnings == []


@pytest.mark.parametrize(
    ("line", "day", "start"),
    [
        ("onsdag den 28. januar 2026 kl. 08:00", date(2026, 1, 28), time(8, 0)),
        ("06-11-2025 kl. 13:00", date(2025, 11, 6), time(13, 0)),
        ("Torsdag den 5. februar 2026 - 16:00", date(2026, 2, 5), time(16, 0)),
        ("Mandag d. 9 februar 2026, kl. 10:15", date(2026, 2, 9), time(10, 15)),
        ("24.02.2026 kl. 09:00", date(2026, 2, 24), time(9, 0)),
        ("2026.02.24", date(2026, 2, 24), None),
    ],
)
def test_a_date_alone_on_a_line_is_the_meeting_date(line, day, start):
    minutes = parse_minutes(f"Referat\n\nBestyrelsen\n\n{line}\n\n1. Budget\n\nGodkendt.\n")
    assert (minutes.date, minutes.start_time) == (day, start)


def test_a_cover_table_of_label_cells():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde\n\nMøde\tBestyrelsesmøde\nTid\t04-02-2026, kl. 17.00 – 19.00\n"
        "Sted\tSkolen\nDeltagere\tAne Berg, Ole Dam, Rie Holm\nAfbud\tKim Lund, Sara Bo\n"
        "Mødeleder\tAne Berg\nSekretær\tOle Dam\n\n1. Dagsorden\n\nGodkendt.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2026, 2, 4), time(17, 0))
    assert minutes.location == "Skolen"
    assert _absent(minutes) == ["Kim Lund", "Sara Bo"]
    assert _present(minutes) == ["Ane Berg", "Ole Dam", "Rie Holm"]


def test_labels_in_capitals_with_values_below():
    minutes = parse_minutes(
        "UDVALG\n\nSeniorrådet\n\nMØDE\n\nReferat\n\nSTED\n\nMedborgerhuset, lokale 0.12\n\n"
        "STARTTIDSPUNKT\n\n03-02-2026 16:30:00\n\nSLUTTIDSPUNKT\n\n03-02-2026 19:00:00\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2026, 2, 3), time(16, 30))
    assert minutes.location == "Medborgerhuset, lokale 0.12"  # "0.12" is a room, not a time


def test_places_in_prose_before_and_after_the_date():
    after = parse_minutes(
        "Mødereferat 12. januar 2026\n\nReferat fra Ældrerådets møde den 12. januar 2026 i "
        "Havestuen, Rådhuset kl. 10.00 – 12.00\n\nAfbud: Poul Ravn.\n\n1. Dagsorden\n\nGodkendt.\n"
    )
    assert (after.start_time, after.location) == (time(10, 0), "Havestuen, Rådhuset")
    before = parse_minutes(
        "Referat arbejdsgruppemøde\n\nArbejdsgruppemøde afholdt hos formanden i Nyborg den "
        "14. januar 2026\n\nAfbud fra Eva Kjær og Bo Lind\n\n1. Seminaret\n\nGodkendt.\n"
    )
    assert (before.date, before.location) == (date(2026, 1, 14), "hos formanden i Nyborg")
    assert _absent(before) == ["Eva Kjær", "Bo Lind"]
    dash = parse_minutes(
        "Referat 25. maj 2026\n\nSkolebestyrelsesmøde den 25. maj kl.18.30-21.00 - Lærerværelset"
        "\n\n1. Dagsorden\n\nGodkendt.\n"
    )
    assert (dash.start_time, dash.location) == (time(18, 30), "Lærerværelset")


def test_a_place_on_the_line_above_or_below_and_a_time_alone():
    above = parse_minutes(
        "Referat af Skolebestyrelsesmøde\nNordskolen, mødelokale B\n"
        "tirsdag den 3. februar 2026 kl. 19.00 - 21.00\n\n1. Budget\n\nGodkendt.\n"
    )
    assert (above.location, above.start_time) == ("Nordskolen, mødelokale B", time(19, 0))
    below = parse_minutes(
        "Referat\n\nMøde i Klimaudvalget\n\nonsdag den 14. januar 2026 kl. 13:00\n\nMødelokale 1\n"
        "\nDeltagere:\n\nAne Berg (A), Formand\n\n1. Dagsorden\n\nGodkendt.\n"
    )
    assert below.location == "Mødelokale 1"
    alone = parse_minutes(
        "Referat af bestyrelsesmøde d. 12. februar 2026, Roklubben\n\nKl. 18.00 – 20.30\n\n"
        "1. Kontingent\n\nGodkendt.\n"
    )
    assert alone.start_time == time(18, 0) and alone.location is None


def test_a_minutes_page_without_the_word_referat_is_read():
    minutes = parse_minutes(
        "Seniorrådet\n\n24.02.2026 kl. 09:00\nPlejecenter Lyngen i mødelokale 2\n\nDeltagere\n"
        "  • Ane Berg - Deltog\n  • Ole Dam - Deltog\nAFBUD/FRAVÆRENDE\n  • Kim Lund - Afbud\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 2, 24)
    assert minutes.location == "Plejecenter Lyngen i mødelokale 2"
    assert (_present(minutes), _absent(minutes)) == (["Ane Berg", "Ole Dam"], ["Kim Lund"])


# ------------------------------------------------------------------ never another day's date


def test_the_next_meeting_is_never_the_meeting_date():
    minutes = parse_minutes(
        "Referat\n\nNæste møde: 12. juni 2026\n\nBestyrelsesmøde\n\ntirsdag den 5. maj 2026\n\n"
        "1. Budget\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 5, 5)
    undated = parse_minutes("Referat\n\nNæste møde:\n\n12. juni 2026\n\n1. Budget\n\nGodkendt.\n")
    assert undated.date is None  # asked for, never the next meeting's
    (asked,) = [w.da for w in undated.warnings if w.code == "no_date"]
    assert "Næste møde" in asked or "12. juni 2026" in asked


def test_the_minutes_being_approved_date_no_meeting():
    undated = parse_minutes(
        "Referat\n\nBestyrelsen\n\n1. Godkendelse af referat fra mødet den 12. maj 2026\n\n"
        "Godkendt.\n\n2. Budget\n\nGodkendt.\n"
    )
    assert undated.date is None
    (asked,) = [w for w in undated.warnings if w.code == "no_date"]
    assert "Godkendelse af referat fra mødet den 12. maj 2026" in asked.da
    assert "Godkendelse af referat" in asked.en
    other = parse_minutes("Referat\n\nGodkendelse af mødereferat 12. maj 2026\n\n1. Budget\n")
    assert other.date is None and "no_date" in [w.code for w in other.warnings]
    approved = parse_minutes("GODKENDT referat - Bestyrelsen den 13. maj 2026\n\n1. Budget\n")
    assert approved.date == date(2026, 5, 13)  # this meeting's minutes, approved since


def test_a_web_pages_dates_are_not_the_meeting_date():
    minutes = parse_minutes(
        "Referat fra bestyrelsesmøde\n\nPubliceret 3. marts 2026\n\nDato: 24. februar 2026\n\n"
        "1. Budget\n\nGodkendt.\n\nSidst opdateret den 5. marts 2026\n"
    )
    assert minutes.date == date(2026, 2, 24) and minutes.warnings == []
    assert "Publiceret 3. marts 2026" in _asked_for_date(
        "Referat fra bestyrelsesmøde\n\nPubliceret 3. marts 2026\n\n1. Budget\n"
    )


def test_a_page_date_above_the_title_loses_to_the_date_beside_it_and_is_named():
    minutes = parse_minutes(
        "Fredag, 06 marts 2026\n14. januar 2026 (ekstraordinært)\n\nREFERAT\n\nMenighedsrådet\n\n"
        "Deltagere: Ane Berg, Ole Dam\n\n1. Dagsorden\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 1, 14)
    (warning,) = minutes.warnings
    assert "6. marts 2026" in warning.da and "14. januar 2026" in warning.da


def test_a_decision_of_another_day_is_history_and_the_body_date_is_warned_of():
    minutes = parse_minutes(
        "Socialudvalget - Referat\n\nMødedato: 21. april 2026\n\n## Sag nr. 12 Handleplan\n\n"
        "**Beslutning i Socialudvalget den 17-03-2026:**\n\nUdsat.\n\n"
        "**Beslutning i Socialudvalget den 21-04-2026:**\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 4, 21) and minutes.warnings == []
    from_body = parse_minutes(
        "Referat\n\nØkonomiudvalget\n\n• 12. Dagsorden - godkendelse\n\nResume\n\n"
        "Godkendelse af dagsorden for ØU den 19. januar 2026.\n\nBeslutning\n\nGodkendt.\n"
    )
    assert from_body.date == date(2026, 1, 19)
    (warning,) = from_body.warnings
    assert "ingen mødedato" in warning.da and warning.code == "date_from_body"
    assert "has no meeting date" in warning.en


def test_two_dates_in_the_head_are_warned_of_and_a_wrong_weekday_too():
    two = parse_minutes(
        "Referat fra Direktionen 20. januar 2026\n\nMødedato: 27. januar 2026\n\n"
        "1. Budget\n\nGodkendt.\n"
    )
    assert two.date == date(2026, 1, 27)
    assert [w.code for w in two.warnings] == ["two_dates"]
    weekday = parse_minutes(
        "Referat\n\nBestyrelsen\n\nMandag den 21. januar 2026 kl. 9\n\n1. Budget\n\nGodkendt."
    )
    assert [w.code for w in weekday.warnings] == ["weekday"]  # 21 January 2026 is a Wednesday


def _asked_for_date(text: str) -> str:
    """The words that ask for the meeting's date: none is taken from ``text``."""
    minutes = parse_minutes(text)
    assert minutes.date is None
    (asked,) = [w.da for w in minutes.warnings if w.code == "no_date"]
    return asked


def test_a_date_without_its_year_takes_the_titles_year_with_a_warning_or_is_asked_for():
    minutes = parse_minutes(
        "Skolebestyrelsen\n\nBestyrelsesmøde april 2026\n\n"
        "Referat fra den 30. april kl. 19.30–20.30 virtuelt.\n\n"
        "Referat\n\nStatus fra skolerne blev taget til efterretning.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2026, 4, 30), time(19, 30))
    assert [w.code for w in minutes.warnings if w.code != "no_items"] == ["date_without_year"]
    assert "11. september" in _asked_for_date(
        "Referat fra MR møde tirsdag d. 11. september kl 19.00\n\n1. Budget\n"
    )


# ------------------------------------------------------------------------------ absence


def test_afbud_fravaerende_and_an_empty_one():
    listed = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\nAfbud/Fraværende: Ida Holm, Jens Bo\n\n1. Budget\n"
    )
    assert _absent(listed) == ["Ida Holm", "Jens Bo"]
    empty = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\nTilstede\nAne Berg (A) - formand Ole Dam (A) - "
        "næstformand Rie Holm (F)\n\nAfbud/Fraværende\n\n\n\nSekretær\nMie Sand\n\n1. Budget\n"
    )
    assert _present(empty) == ["Ane Berg", "Ole Dam", "Rie Holm"]
    assert _absent(empty) == []  # nobody called "/Fraværende", and the secretary no absence
    one_a_line = parse_minutes(
        "Referat\n\nDato: 04.03.2026\n\nReferat\n\ntirsdag den 4. marts 2026, kl. 13:00\n"
        "i Mødecenter C, Lokale 3 på Rådhuset\n\nTilstede\nAne Berg (A) - formand\n"
        "Ole Dam (A) - næstformand\nRie Holm (F)\n\nAfbud/Fraværende\n\n\nSekretær\nMie Sand\n"
        "\n1. Budget\n"
    )
    assert _present(one_a_line) == ["Ane Berg", "Ole Dam", "Rie Holm"]
    # the place is by the cover's date line, not by the running header's "Dato:"
    assert one_a_line.location == "Mødecenter C, Lokale 3 på Rådhuset"


def test_initials_after_a_name_are_no_part_of_it():
    minutes = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\nDeltagere: Lars Køster Svendsen LK, Ida Holm IH, "
        "Ole DAM\nAfbud: Dorthe Østergaard DØ\n\n1. Budget\n"
    )
    # a surname in capitals ("Ole DAM") is no initials: they open with the first name's letter
    assert _present(minutes) == ["Lars Køster Svendsen", "Ida Holm", "Ole DAM"]
    assert _absent(minutes) == ["Dorthe Østergaard"]


def test_absence_repeated_under_each_decision():
    minutes = parse_minutes(
        "Økonomiudvalget – Referat – 2. marts 2026\n\n1. Dagsorden\n\nBeslutning\n\n"
        "Ikke til stede: Lars Møller (V) og Grete Sø (A)\n\nGodkendt.\n\n2. Budget\n\nBeslutning"
        "\n\nIkke til stede: Lars Møller (V) og Grete Sø (A)\n\nFraværende: \nGodkendt.\n"
    )
    assert _absent(minutes) == ["Lars Møller", "Grete Sø"]
    assert len(minutes.attendees) == 2  # each once; "Godkendt." is nobody


def test_afbud_fra_inside_a_decision():
    minutes = parse_minutes(
        "Referat\ntil\nmødet i HMU\nden 2. februar 2026 kl. 11:30\n\n1. Dagsorden\n\nBeslutning"
        "\n\nTove Ek ankommer klokken 13.00.\n\nAfbud fra: Per Lund, Gitte Ravn og Åse Mo.\n\n"
        "HMU godkendte dagsordenen.\n"
    )
    assert _absent(minutes) == ["Per Lund", "Gitte Ravn", "Åse Mo"]


def test_absence_as_a_bulleted_list_under_its_label_in_the_body():
    minutes = parse_minutes(
        "Referat\ntil\nmødet i HMU\nden 2. februar 2026 kl. 11:30\n\n1. Velkomst\n\n"
        "Afbud\n- Per Lund\n- Gitte Ravn (suppleant Åse Mo deltager i stedet)\n\nBeslutning\n\n"
        "Der var afbud fra:\n- Per Lund\n- Gitte Ravn\n\nFormanden bød velkommen.\n"
    )
    assert _absent(minutes) == ["Per Lund", "Gitte Ravn"]


def test_a_stand_in_under_fravaerende():
    minutes = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\nDeltagere: Anna Holm, Bo Ris, Carl Ek\n\n"
        "Fraværende: Anna Holm\nPeter Lund deltog i stedet for Anna Holm.\n\n1. Budget\n"
    )
    assert _absent(minutes) == ["Anna Holm"]
    assert _present(minutes) == ["Bo Ris", "Carl Ek", "Peter Lund"]


def test_an_agenda_item_about_absence_without_an_attendee_list():
    minutes = parse_minutes(
        "Byrådet - Referat\n\nDato: 28. januar 2026\n\n1. Fraværende\n\nSagsfremstilling\n\n"
        "Der er afbud fra Martin Bæk og Lise Dam.\n\nBeslutning\n\nMartin Bæk og Lise Dam.\n\n"
        "2. Dagsorden\n\nBeslutning\n\nIngen.\n\nMartin Bæk og Lise Dam var fraværende.\n"
    )
    assert _absent(minutes) == ["Martin Bæk", "Lise Dam"]
    names_only = parse_minutes(
        "Byrådet - Referat\n\nDato: 28. januar 2026\n\n1. Fraværende\n\nBeslutning\n\n"
        "Karen Holt og Ib Lund.\n\n2. Dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    assert _absent(names_only) == ["Karen Holt", "Ib Lund"]  # the item's decision: a list
    subject = parse_minutes(
        "Byrådet - Referat\n\nDato: 28. januar 2026\n\n1. Fravær blandt elever i udskolingen\n\n"
        "Beslutning\n\nForvaltningen udarbejder en handleplan.\n"
    )
    assert subject.agenda_items[0].decision == "Forvaltningen udarbejder en handleplan."


def test_staff_labels_are_no_absence():
    minutes = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\nAfbud: Ida Holm\nFra sekretariatet: Karen Lind, "
        "Jonas Bak (referent)\n\n1. Budget\n"
    )
    assert [(a.name, a.present) for a in minutes.attendees] == [("Ida Holm", False)]


def test_names_with_party_role_or_unit_and_a_mark_after_them():
    minutes = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\nDeltagere:\n\nTrine Holm (A), Formand\n\n"
        "Kaj Berg (C), Næstformand- afbud\n\nSofie Lund, Center for Sundhed\n\n"
        "Helle Nielsen (Fravær)\n\n1. Budget\n"
    )
    assert _present(minutes) == ["Trine Holm", "Sofie Lund"]
    assert _absent(minutes) == ["Kaj Berg", "Helle Nielsen"]


def test_a_role_written_before_the_name_is_the_person_s_role_not_a_name():
    # "Formand Aase Holm, kasserer Bent Lund": each part one person, the role before the name;
    # the role after a comma belongs to the next name, not to the name before it.
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nDeltagere: Formand Aase Holm, kasserer "
        "Bent Lund, best.medlem Carla Friis, suppleant Dan Ø, formand (ref.)\n"
        "Afbud: næstformand Łucja Kowalska\n\n1. Sommerfest\n\n"
        "Formanden sender invitationen. Łucja bestiller telt.\n"
    )
    assert _present(minutes) == ["Aase Holm", "Bent Lund", "Carla Friis", "Dan Ø"]
    assert _absent(minutes) == ["Łucja Kowalska"]
    roles = {a.name: a.role for a in minutes.attendees}
    assert roles == {
        "Aase Holm": "formand",
        "Bent Lund": "kasserer",
        "Carla Friis": None,
        "Dan Ø": None,
        "Łucja Kowalska": "næstformand",
    }
    got = {d.title: d.owner_names for d in extract_draft_actions(minutes, [])}
    assert got["Sende invitationen"] == ["Aase Holm"]
    assert got["Bestille telt"] == ["Łucja Kowalska"]
    # a role followed by no name stays out of the name: "Formand for festudvalget" is no one
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nDeltagere: Aase Holm, Formand for "
        "festudvalget\n\n1. Sommerfest\n"
    )
    assert _present(minutes) == ["Aase Holm"]
    # "Aase Holm, kasserer Łucja Bo": the cashier is Łucja, not Aase
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nDeltagere: Aase Holm, kasserer Łucja "
        "Bo\n\n1. Sommerfest\n"
    )
    assert {a.name: a.role for a in minutes.attendees} == {
        "Aase Holm": None,
        "Łucja Bo": "kasserer",
    }


def test_groups_inside_an_absence_list_and_a_note_after_it():
    minutes = parse_minutes(
        "Referat af Skolebestyrelsesmøde\ntirsdag den 3. februar 2026 kl. 18.30\n\nFraværende:\n"
        "Forældrevalgte: Afbud fra Rikke Sø.\nElevrepræsentanter: Mia Ek, Noah Bo (måske er "
        "indbydelsen ikke nået frem?).\n\n1. Budget\n\nGodkendt.\n\n"
        "Referat\n\nAfbud fra Kai Holm og Ib Rask. Det var ikke muligt at indkalde suppleanter.\n"
    )
    # the sentence after the names is no name
    assert _absent(minutes) == ["Rikke Sø", "Mia Ek", "Noah Bo", "Kai Holm", "Ib Rask"]


def test_absent_for_one_case_is_not_absent_from_the_meeting():
    minutes = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\n1. Lokalplan\n\nBeslutning\n\n"
        "Jesper Bak deltog ikke i sagens behandling.\n\n2. Budget\n\nBeslutning\n\n"
        "Mette Lyng deltog ikke i mødet.\n"
    )
    assert _absent(minutes) == ["Mette Lyng"]


@pytest.mark.parametrize(
    ("value", "place"), [("Mødet afholdes", None), ("Mødet afholdes i Byrådssalen", "Byrådssalen")]
)
def test_a_place_field_holding_the_meetings_verb(value, place):
    minutes = parse_minutes(
        "Sundhedsudvalget - Referat - 4. marts 2026\n\nMødedato\n04-03-2026 kl. 15:00 - 17:00\n\n"
        f"Mødested\n{value}\n\nDeltagere\n • Anne Berg (A)\n • Bo Dahl (V)\n\n"
        "1. Budget\nGodkendt.\n"
    )
    assert (minutes.date, minutes.location) == (date(2026, 3, 4), place)
    assert [a.name for a in minutes.attendees] == ["Anne Berg", "Bo Dahl"]


# ------------------------------------------------------------------------------ the forum


@pytest.mark.parametrize(
    ("head", "forum"),
    [
        (
            "Referat af ekstraordinært Skolebestyrelsesmøde\ntirsdag den 3. februar 2026",
            "Skolebestyrelsen",
        ),
        ("04.02.2026 - Referat af ældrerådsmøde", "Ældrerådet"),
        ("Referat fra bestyrelsesmøde 9. februar 2026 hos Gine", "Bestyrelsen"),
        (
            "Referat\ntil\nmødet i HMU Social og Sundhed\nden 6. februar 2026 kl. 11:30",
            "HMU Social og Sundhed",
        ),
        (
            "Sundheds- og Forebyggelsesudvalget\n\nReferat\n\nDato: 04.02.2026",
            "Sundheds- og Forebyggelsesudvalget",
        ),
        (
            "Referat 1. oktober 2026 kl. 15.45\n\nUdvalg:\tTeknisk Udvalg\n\n"
            "Mødedato: 1. oktober 2026",
            "Teknisk Udvalg",
        ),
        # the meeting's compound on a line below a bare "Referat": the body that met
        ("Referat\nBrugerrådsmøde 12. marts 2026", "Brugerrådet"),
        ("Referat\n\nMenighedsrådsmøde tirsdag den 17. marts 2026 kl. 19.00", "Menighedsrådet"),
        ("Referat\nReferat fra Ældrerådsmøde 18.03.2026", "Ældrerådet"),
        ("Bestyrelsesmøde i Søparken den 4. maj 2026\n\nReferat", "Bestyrelsen i Søparken"),
        ("Referat\nBestyrelsesmøde i Grundejerforeningen Søparken", "Grundejerforeningen Søparken"),
        # after the date and time, "i …" is the place, not the body
        (
            "Referat af bestyrelsesmøde torsdag den 19. marts 2026 kl. 18.00 i Klubhuset",
            "Bestyrelsen",
        ),
        ("Referat fra møde 12. maj 2026 i Ældrerådet", "Ældrerådet"),
        ("Referat af Regnbuens Forældrerådsmøde 8/11-2026", "Regnbuens Forældreråd"),
        # a flattened head: the body named after "møde i", whatever follows on the line
        (
            "1 Referat af 2. rådsmøde i Lægemiddelrådet Afholdt onsdag den 4. marts 2026 Kl "
            "Tilstedeværende medlemmer af Rådet Anne Berg (formand) Bo Dahl",
            "Lægemiddelrådet",
        ),
    ],
)
def test_the_forum_is_the_body_that_met(head, forum):
    minutes = parse_minutes(head + "\n\n1. Budget\n\nGodkendt.\n")
    assert minutes.forum == forum
    assert "no_forum" not in [w.code for w in minutes.warnings]


def test_a_sentence_about_the_meeting_names_no_forum():
    minutes = parse_minutes(
        "Referat\nMenighedsrådsmødet blev holdt den 4. maj 2026.\n\n1. Budget\n"
    )
    assert minutes.forum == ""
    assert [w.code for w in minutes.warnings] == ["no_forum"]


def test_a_referat_that_names_no_forum_says_so():
    minutes = parse_minutes("Referat 25. maj 2026\n\nMødet den 25. maj kl. 18.30\n\n1. Budget\n")
    assert minutes.forum == ""
    assert [w.code for w in minutes.warnings] == ["no_forum"]
    assert "Forum" in minutes.warnings[0].da and "Forum" in minutes.warnings[0].en


def test_initials_in_names_and_without_notice_in_the_same_line():
    minutes = parse_minutes(
        "Integrationsrådet - Referat\n\nDato: 7. september 2026\n\n1. Fraværende\n\nBeslutning\n\n"
        "Emma L. K. Holm og Sami E. S. El-Amin var fraværende.\n\nAfbud: Per H.S. Krog, Frede "
        "Bak og Pia Ul. Uden afbud Mads Berg.\n"
    )
    assert _absent(minutes) == ["Emma L. K. Holm", "Sami E. S. El-Amin", "Per H.S. Krog"] + [
        "Frede Bak",
        "Pia Ul",
        "Mads Berg",
    ]


def test_absence_lists_in_columns_with_a_qualifier_and_one_person_a_line_with_a_description():
    columns = parse_minutes(
        "Mødedato: 02.05.2026, kl. 19:15\n\nIntegrationsudvalget\n\nBESLUTNINGSPROTOKOL\n\n"
        "Fraværende med afbud:\n\nPer Berg (Ø)        Mogens Lind (C)\n\nFraværende i øvrigt:\n\n"
        "Johan Nyby (A)\n\n1. Dialogmøde\n\nMødet fandt sted.\n"
    )
    assert _absent(columns) == ["Per Berg", "Mogens Lind", "Johan Nyby"]
    described = parse_minutes(
        "Referat fra møde i Integrationsrådet\nTorsdag d.10.09.26.\nTil stede:\n"
        "Gitte Kjær, Formand, udpeget af Kommunalbestyrelsen\nRuth Jensen, LyngbyGuiderne\n"
        "Afbud:\nAnne-Marie Sejr, Oplysningsforbundene\nYe Li, etnisk repræsentant\n"
        "Tony Trondsen, LO Storkøbenhavn\nJanni Rosen, De almene boligorganisationer\n"
        "Pkt. 1\nValg af formand\n"
    )
    assert _present(described) == ["Gitte Kjær", "Ruth Jensen"]
    assert _absent(described) == ["Anne-Marie Sejr", "Ye Li", "Tony Trondsen", "Janni Rosen"]


def test_a_date_field_under_an_items_decision_is_the_body_date():
    minutes = parse_minutes(
        "66.    Temadag for Integrationsrådet\n\nSagsfremstilling\n\nTemadagen den 22. november "
        "2025 blev aflyst.\n\nBeslutning fra Integrationsrådet\n\nDato: 10. december 2025\n\n"
        "Fraværende: Bo Sieg, Jette Isling\n\nNy dato besluttes senere.\n"
    )
    assert minutes.date == date(2025, 12, 10)
    assert "date_from_body" in [w.code for w in minutes.warnings]
    assert _absent(minutes) == ["Bo Sieg", "Jette Isling"]


def test_a_cover_line_of_the_body_and_the_date_gives_both_not_a_date_in_the_text():
    # A bare "Referat" title, then the body and the meeting's date on one line; the case text
    # names another day ("den 19. april") that must not become the meeting's date.
    minutes = parse_minutes(
        "Referat\nSocialudvalget torsdag den 20. april 2023 kl. 19.00\n\nMødelokale Vandværket"
        "\n\n1. Besparelser\n\nSagsfremstilling\n\nForslagene behandles i Seniorrådet den 19. "
        "april.\n\n"
        "Beslutning\n\nUdvalget tiltræder forslagene.\n"
    )
    assert (minutes.forum, minutes.date, minutes.start_time) == (
        "Socialudvalget",
        date(2023, 4, 20),
        time(19, 0),
    )
    assert minutes.location == "Mødelokale Vandværket"
    assert [w.code for w in minutes.warnings] == []


# ------------------------------------------------------------------ attendees who joined from afar


@pytest.mark.parametrize(
    "label",
    [
        "Følgende deltog via Microsoft Teams:",
        "Deltog virtuelt:",
        "Deltagere online:",
        "Følgende deltog på mødet:",
    ],
)
def test_a_list_of_those_who_joined_online_is_the_attendees(label):
    minutes = parse_minutes(
        "Bestyrelsesmøde i Vestby Tennisklub tirsdag den 14. april 2026 kl. 19.30\n\n"
        "Dagsorden:\n1. Generalforsamling.\n2. Økonomi.\n3. Eventuelt.\n"
        f"{label} Anna Holm, Bent Lund og Carla Møller.\n\n"
        "Ad 1:\nGeneralforsamlingen flyttes. Anna sørger for indkaldelse.\n\n"
        "Ad 2:\nBlev drøftet.\n\nAd 3:\nIntet.\n"
    )
    assert _present(minutes) == ["Anna Holm", "Bent Lund", "Carla Møller"]
    assert [i.title for i in minutes.agenda_items] == ["Generalforsamling", "Økonomi", "Eventuelt"]


def test_a_sentence_that_the_meeting_was_held_on_teams_names_no_attendees():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 14. april 2026\n\n"
        "Mødet blev holdt via Teams: alle var med.\n\n"
        "1. Økonomi\nBlev drøftet.\n"
    )
    assert _present(minutes) == []


# ------------------------------------------------------------------ a date without its year

_CLUB = (
    "{title}\n\nReferat fra bestyrelsesmøde i grundejerforeningen den 9. juni.\n\n"
    "Deltagere:\nAnna Holm, Bent Lund\n\n1. Velkommen\nBent bød velkommen.\n\n"
    "2. Økonomi\nAnna sørger for at få revideret regnskabet.\n"
)


def test_a_yearless_date_takes_the_one_year_the_title_gives_the_meeting_with_a_warning():
    minutes = parse_minutes(_CLUB.format(title="Referat bestyrelsesmøde 2024"))
    assert minutes.date == date(2024, 6, 9)
    assert "date_without_year" in [w.code for w in minutes.warnings]


@pytest.mark.parametrize(
    "title",
    [
        "Referat bestyrelsesmøde",  # no year anywhere: asked for
        "Referat – budget 2025",  # a topic's year is no meeting's
        "Referat bestyrelsesmøde 2024 og 2025",  # two years: no telling which
        "Referat nr. 5-2024",  # a number
    ],
)
def test_a_yearless_date_is_asked_for_when_the_title_gives_no_one_meeting_year(title):
    minutes = parse_minutes(_CLUB.format(title=title))
    assert minutes.date is None
    assert "no_date" in [w.code for w in minutes.warnings]


def test_a_date_with_a_dot_then_a_dash_and_a_short_year_is_the_meetings():
    minutes = parse_minutes(
        "Referat 4.3-25\n\nReferat bestyrelsesmøde den 4.3-25\n\n"
        "Tilstede: Per, Jakob og Trine\n\n1. Arbejdsdag\nTrine tager kontakt til revisor.\n"
    )
    assert minutes.date == date(2025, 3, 4)


def test_a_time_span_written_like_such_a_date_is_no_date():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde\n\nTid 10.05-12\n\n1. Arbejdsdag\nTrine tager kontakt.\n"
    )
    assert minutes.date is None


def test_a_label_in_capitals_followed_by_a_dash_gives_its_value():
    minutes = parse_minutes(
        "REFERAT BRUGERRÅDSMØDE 3. MARTS 2026 NORDBY\n\n"
        "MØDESTED – NORDBY AKTIVITETSCENTER, blå stue kl. 9.30\n\n"
        "DELTAGERE: Aja Holm, Bent Lund, Carla Møller.\n\n"
        "FRAVÆRENDE – Dorte Krag – syg.\n\n"
        "1. REFERAT FRA SIDST:\nGodkendt.\n\n2. ORIENTERING FRA FORMAND:\nIntet.\n"
    )
    assert minutes.location == "NORDBY AKTIVITETSCENTER, blå stue"
    assert minutes.start_time == time(9, 30)
    assert _absent(minutes) == ["Dorte Krag"]


def test_a_sentence_that_says_where_the_meeting_was_held_gives_place_and_time():
    minutes = parse_minutes(
        "Referat fra grupperådsmøde den 12. februar 2026\n\nFor Nordby spejdergruppe\n\n"
        "Mødet blev afholdt på Nordby skole kl. 18.30-20.00\n\n"
        "Følgende deltog på mødet:\n\nJens, Rikke (ledere) og Lars Holm (formand)\n\n"
        "Agenda\n\n 1. Valg af dirigent og referent\n  Dirigent var Lars Holm.\n"
        " 2. Beretning\n  Beretningen blev godkendt.\n"
    )
    assert (minutes.location, minutes.start_time) == ("Nordby skole", time(18, 30))
    assert _present(minutes) == ["Jens", "Rikke", "Lars Holm"]  # "Agenda" is nobody


def test_a_bare_title_date_and_the_meetings_own_line_disagreeing_is_asked():
    # a web page's menu title above the minutes' own head, two days: never silent
    minutes = parse_minutes(
        "Referater bestyrelsen\nReferat 2 marts 2026\n\n"
        "Referat af bestyrelsesmøde torsdag den 19. marts 2026 kl. 18.00\n\n"
        "Tilstede: Teddy, Finn\n\n1) Valg af referent\n\nFinn\n\n2) Evt.\n\nIntet.\n"
    )
    assert minutes.date in (date(2026, 3, 2), date(2026, 3, 19))
    assert "two_dates" in [w.code for w in minutes.warnings]


@pytest.mark.parametrize("label", ["Afbud fra;", "Afbud;", "Afbud -", "Afbud.", "Fraværende;"])
def test_an_absence_label_with_other_punctuation(label):
    minutes = parse_minutes(
        f"Referat af bestyrelsesmøde 4. marts 2026\n\nDeltagere; Anne Berg, Bo Dahl\n"
        f"{label} Carl Eg, Dorte Fisk\n\n1. Budget\nGodkendt.\n"
    )
    assert _present(minutes) == ["Anne Berg", "Bo Dahl"]
    assert _absent(minutes) == ["Carl Eg", "Dorte Fisk"]


CLOSING_LIST = (
    "Referat, 4. marts 2026\n\nMødet blev holdt i klubhuset.\n\n"
    "1. Godkendelse af referat. Godkendt.\n\n"
    "2. Eventuelt. Kassereren rydder op i skuret inden påske.\n\n"
    "Deltagere: Anna Holm, Bo Ris og Carl Ek. Der var afbud fra Dorte Vang.\n"
)


def test_an_attendee_list_closing_the_referat_is_the_meetings_not_the_last_items_text():
    minutes = parse_minutes(CLOSING_LIST)
    assert _present(minutes) == ["Anna Holm", "Bo Ris", "Carl Ek"]
    assert _absent(minutes) == ["Dorte Vang"]
    last = minutes.agenda_items[-1]
    assert "Deltagere" not in last.decision and "Anna Holm" not in last.decision
    assert "Kassereren rydder op i skuret" in last.decision


def test_a_closing_list_leaves_a_list_in_the_head_alone():
    head = CLOSING_LIST.replace("Mødet blev holdt i klubhuset.", "Til stede: Eva Lund og Finn Bak.")
    minutes = parse_minutes(head)
    assert _present(minutes) == ["Eva Lund", "Finn Bak"]


def test_two_absent_names_run_together_are_split_after_a_surname_in_sen():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nTil stede var:\n\nIb Holm og Eva Lund\n\n"
        "Afbud fra:\n\nKaren Marie Pedersen Bo Lind Due.\n\n1. Evt.\n\nIntet.\n"
    )
    absent = [a.name for a in minutes.attendees if not a.present]
    assert absent == ["Karen Marie Pedersen", "Bo Lind Due"]
    # one person's name with a -sen in the middle stays whole
    single = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2026\n\nAfbud: Jens Hansen Møller\n\n"
        "1. Evt.\n\nIntet.\n"
    )
    assert [a.name for a in single.attendees if not a.present] == ["Jens Hansen Møller"]


def test_the_title_s_time_is_read_when_its_date_has_no_year():
    minutes = parse_minutes(
        "Referat bestyrelsesmøde 12.3 kl 19-21\n\nTil stede: Ib, Bo\n\n1. Økonomi\n\n"
        "Bo sender budgettet kl. 12.\n\n2. Evt.\n\nIntet.\n"
    )
    assert minutes.date is None and minutes.start_time == time(19, 0)


def test_names_written_in_capitals_are_attendees_not_organisations():
    # "ANNE HANSEN" was read as an organisation's initials (as "KMD") and left out without a
    # word; names in capitals are people, shown as names are written.
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\n"
        "Til stede: ANNE-MARIE HANSEN, BO K. LUND og Carla Friis\nAfbud: DORTE BAK\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n2. Økonomi\nGodkendt.\n"
    )
    assert [(a.name, a.present) for a in minutes.attendees] == [
        ("Anne-Marie Hansen", True),
        ("Bo K. Lund", True),
        ("Carla Friis", True),
        ("Dorte Bak", False),
    ]
    # one word in capitals is still an organisation's initials, no person
    other = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\nTil stede: Carla Friis, KMD\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n2. Økonomi\nGodkendt.\n"
    )
    assert [a.name for a in other.attendees] == ["Carla Friis"]


def test_an_absence_list_one_person_a_line_with_title_and_workplace():
    # under the first item, as a region's agenda tool prints it: a title before the name, a
    # workplace after the comma (no one called "Regionshospitalet Gødstrup")
    minutes = parse_minutes(
        "Referat\ntil\nmødet i Faglig strategisk gruppe\nden 22. november 2026 kl. 08:30\n\n"
        "1. Godkendelse af dagsorden\nDet indstilles, at dagsorden godkendes\n"
        "Mødeleder: Henning Voss\nDeltagere:\nDirektør Søren Liner, Herning kommune\n"
        "Hospitalsdirektør Henning Voss, Regionshospitalet Gødstrup\n"
        "Afbud:\nDirektør Anette Ørbæk, Ringkøbing-Skjern kommune\n"
        "Lægefaglig direktør Jens Friis Bak, Regionshospitalet Gødstrup\n"
        "Sygeplejefaglig direktør Rikke Degn, Regionshospitalet Gødstrup\n"
        "PLO-m Susanne Krogsgaard\nPio-repræsentant Łukasz Nowak\n"
        "Karin Locander, Herning kommune (sekretariat)\nBeslutning\nGodkendt\n"
        "2. Temadrøftelse\nDrøftet.\n"
    )
    assert _absent(minutes) == [
        "Anette Ørbæk",
        "Jens Friis Bak",
        "Rikke Degn",
        "Susanne Krogsgaard",
        "Łukasz Nowak",
        "Karin Locander",
    ]


def test_an_absence_line_below_its_label_ends_at_a_word_or_a_label():
    minutes = parse_minutes(
        "Referat\n\nDato: 4. marts 2026\n\n1. Velkomst\n\nFraværende:\nAnna Holm\nKaffe\n\n"
        "2. Budget\n\nAfbud:\nBo Ris\nReferent: Carl Ek\n"
    )
    assert _absent(minutes) == ["Anna Holm", "Bo Ris"]


def test_who_came_and_who_sent_word_one_a_line_with_their_organisation():
    minutes = parse_minutes(
        "Referat af møde i Brugerråd Syd d. 7. november 2026\n\n\nFølgende var mødt:\n\n"
        "Klaus Waage Sørensen (formand), Jægersborg Statsskovdistrikt\n\n"
        "Poul Erik Birk Jakobsen, Danmarks Idræts Forbund\n\nŁukasz Nowak, Københavns Kommune\n\n"
        "Der var afbud fra:\n\nChr. Ebbe Mortensen, Københavns Amt\n\n"
        "Henrik Olsen, Den kgl. Veterinær- og Landbohøjskole\n\n"
        "Raymond Skaarup, Tårnby Kommune (fraværende)\n\n"
        "Første stop: Finderupvej.\n\n1. Porten\n\nPorten flyttes.\n"
    )
    assert _present(minutes) == ["Klaus Waage Sørensen", "Poul Erik Birk Jakobsen", "Łukasz Nowak"]
    assert _absent(minutes) == ["Chr. Ebbe Mortensen", "Henrik Olsen", "Raymond Skaarup"]


def test_absence_said_inside_a_flattened_pages_long_line():
    line = (
        "1 Referat af møde i Ulfborg Menighedsråd mandag den 18.03.2026 kl. 19 i sognehuset. "
        "Til stede var: Gitte Hansen, Arne Dupont, Łukasz Nowak, Valborg Slyk, Erik Lund, Anna "
        "Grete Toft Afbud fra Kirsten Hansen Godkendelse af referat fra sidste møde. Sager til "
        "behandling: 1. Gudstjenesten. Niels spørger, om der er en symbolsk begrundelse for, at "
        "der skal være alkohol i nadvervinen. For er det ikke tilfældet, synes Niels, at vi skal "
        "overgå til alkoholfri nadvervin, som man har gjort i mange andre kirker i landet. "
        "Menighedsrådet tager ikke stilling, men emnet tages op på menighedsmødet."
    )
    minutes = parse_minutes("Referat\n\nStørrelse: px\n\nTranskript\n\n" + line + "\n")
    assert _absent(minutes) == ["Kirsten Hansen"]


def test_a_names_short_form_does_not_end_the_absence_list():
    minutes = parse_minutes(
        "Referat af menighedsrådsmøde onsdag den 30. august 2026 kl. 19.00 i kirkens store sal\n\n"
        "Afbud: Flemming Chr. Hansen og Łukasz Nowak.\n\n1. Budget\n\nGodkendt.\n"
    )
    assert _absent(minutes) == ["Flemming Chr. Hansen", "Łukasz Nowak"]
    assert minutes.location == "kirkens store sal"


def test_absence_on_a_flattened_cover_line_after_the_meetings_date():
    minutes = parse_minutes(
        "Referat\n\nStørrelse: px\n\nTranskript\n\n1 Referat af bestyrelsesmøde i DANSKE "
        "ÆLDRERÅD GODKENDT Onsdag d. 2. februar 2026 Afbud fra Erling Høholt, Łukasz Nowak, "
        "Jytte Madsen. Dagsorden 1. Godkendelse af dagsorden Godkendt 2. Sager til behandling "
        "2.0 Repræsentantskabsmøde Sagen: Bestyrelsen skal drøfte repræsentantskabsmødet. "
        "Beslutning: Bestyrelsen tiltrådte indstillingen, og Jytte Madsen sender programmet.\n"
    )
    assert _absent(minutes) == ["Erling Høholt", "Łukasz Nowak", "Jytte Madsen"]


def test_regrets_and_stand_ins_said_in_a_sentence_after_the_list():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 29. marts 2026\n\n"
        "Til stede: Sanne, Tine, Kåre og Łukasz. Nina afbud.\n\n"
        "Afbud fra Karin Andersen. Leif Eilertsen indkaldt som stedfortræder\n\n"
        "1. Budget\n\nGodkendt.\n"
    )
    assert _absent(minutes) == ["Nina", "Karin Andersen"]


def test_absence_labelled_in_a_flattened_items_line_ends_at_the_next_label():
    line = (
        "2 001. Evaluering af pilotprojekt - kontraktstyring af bibliotekerne samt orientering om "
        "status på biblioteksområdet Sagsnr.: 07/20254 Fraværende: Torben Myrup, Łukasz Nowak, "
        "Lise Harbo Bilag: 17474/09 Åben Bibliotekerne har gennemført et pilotprojekt med "
        "kontraktstyring, og udvalget drøftede resultaterne af projektet og de videre skridt "
        "for de næste år, herunder hvordan kontrakterne skal følges op i de kommende budgetter "
        "og hvordan borgerne skal inddrages i arbejdet med de nye kontrakter."
    )
    minutes = parse_minutes(
        "Referat\n\nStørrelse: px\n\nTranskript\n\n1 Referat Kultur- og Fritidsudvalget "
        "5. marts 2026\n\n" + line + "\n"
    )
    assert _absent(minutes) == ["Torben Myrup", "Łukasz Nowak", "Lise Harbo"]


def test_how_many_sent_regrets_names_no_one():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 29. marts 2026\n\nTil stede: Sanne, Łukasz\n\n"
        "1. Sommerfest\n\nMange afbud.\n\nFlere fraværende\n\nLørdag er bedst.\n"
    )
    assert _absent(minutes) == []
