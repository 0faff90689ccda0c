"""The head of a flattened PDF (issue 25): a cover table's labels and values run together on
one long line, a place after the time's full stop, and the absent named inside a long line.

Each document is invented in the shape such PDFs have once their text is taken out.
"""

from __future__ import annotations

from datetime import date, time

from tracker.minutes.parser import parse_minutes

FLAT = (
    "Referat fra mødet i Universitetsledelsen\n\n"
    "1 REFERAT Deltagere Dekanerne, rektoratet, Ole Holm, Kirsten Dal Gæster Søren Mark under "
    "punkt 2 Referat Kirsten Dal Dato Mandag den 7. december 2025 kl Sted Frandsensalen "
    "Dato:1.december 2025 Ref: KD Side 1/16 Punkter til drøftelse Punkt 1 Godkendelse af "
    "referat fra mødet den 16. november 2025 Punkt 2 Bestyrelsesmøde Referatet blev godkendt. "
    "Fredag den 4. december var der møde med ministeriet om sagen.\n"
)


def test_the_first_date_label_with_its_weekday_is_the_meetings_and_its_place_follows_sted():
    minutes = parse_minutes(FLAT)
    assert minutes.date == date(2025, 12, 7)  # not the yearless 4. december, not the 1st
    assert minutes.start_time is None  # "kl" and nothing after it
    assert minutes.location == "Frandsensalen"


def test_a_missing_place_in_a_flattened_table_is_none_not_the_next_label():
    minutes = parse_minutes(
        "Referat Handicaprådet\n\n1 Referat Handicaprådet Mødedato: Mandag den 23. november 2025 "
        "Mødetidspunkt: Kl. 8:00 Sluttidspunkt: Kl. 11:00 Mødested: Bemærkninger: Medlemmer: "
        "Anna Berg (C) Per Lund (O) Ida Holm (A) Bo Dam Sagsoversigt Side 01. Godkendelse af "
        "dagsorden 02. Meddelelser\n\n"
        "3 Handicaprådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Indstilling "
        "Formandsskabet indstiller, at dagsordenen godkendes Beslutninger Handicaprådet den "
        "Ikke til stede: Per Lund, Ida Holm Dagsordenen godkendt.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2025, 11, 23), time(8, 0))
    assert minutes.location is None
    assert sorted(a.name for a in minutes.attendees if not a.present) == ["Ida Holm", "Per Lund"]


def test_a_place_after_the_times_full_stop():
    minutes = parse_minutes(
        "Referat MØDE 6-2025. Seniorrådet. Torsdag den 5. juni 2025 kl. 13.00. Kontrabassen, "
        "Rådhuset\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2025, 6, 5), time(13, 0))
    assert minutes.location == "Kontrabassen, Rådhuset"
    minutes = parse_minutes(
        "Referat. Seniorrådet. Torsdag den 5. juni 2025 kl. 13.00. Alle var mødt\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert minutes.location is None  # a sentence, no place
    minutes = parse_minutes(
        "Seniorrådet. Torsdag den 5. juni 2025 kl. 13.00. Referat for Skolen\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert minutes.location is None  # the document named, no place


def test_a_list_of_the_absent_that_runs_into_the_place():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 3. marts 2025\n\nDeltagere: Eva Lund, Bo Jessen, Ib Holm\n"
        "Fraværende: Ib Holm, Kaj Berg Mødested: Klubhuset\n\n1. Økonomi\n\nGodkendt.\n"
    )
    assert sorted(a.name for a in minutes.attendees if not a.present) == ["Ib Holm", "Kaj Berg"]
    assert minutes.location == "Klubhuset"
