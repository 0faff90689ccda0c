"""The shapes of Danish referater the parser reads (issue 18): titles, fields, items, cases."""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.minutes.header import forum_from_title
from tracker.minutes.parser import parse_minutes


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("REFERAT Lederforum d. 26-02-2025", "Lederforum"),
        ("Kommunalbestyrelsen - Referat", "Kommunalbestyrelsen"),
        ("Teknik- og Miljøudvalget – Referat – 4. marts 2026", "Teknik- og Miljøudvalget"),
        ("Referat fra mødet i Hoved-MED den 8. april 2026", "Hoved-MED"),
        ("Referat fra Direktionen 20. januar 2026", "Direktionen"),
        ("Mødereferat 14. januar 2026", ""),
        ("Referat", ""),
    ],
)
def test_the_forum_is_the_body_not_the_sentence(title, forum):
    assert forum_from_title(title) == forum


def test_a_body_in_capitals_names_a_bare_referat():
    minutes = parse_minutes("ÆLDRERÅDET\n\nMødereferat 14. januar 2026\n\n1. Velkomst\nGodkendt.\n")
    assert minutes.forum == "Ældrerådet"
    assert minutes.title == "Ældrerådet – Mødereferat 14. januar 2026"
    assert minutes.date == date(2026, 1, 14)


def test_an_empty_label_stays_empty_and_fra_is_no_name():
    minutes = parse_minutes(
        "Referat\n\nSKOLEBESTYRELSEN\n\nDato: 12. maj 2026\n\nAfbud:\n\n"
        "Til stede: Maja Kragh, Peter Skov\n\nAfbud fra: Ida Juhl\n\n1. Budget\nGodkendt.\n"
    )
    assert [(a.name, a.present) for a in minutes.attendees] == [
        ("Maja Kragh", True),
        ("Peter Skov", True),
        ("Ida Juhl", False),
    ]


def test_fields_in_prose_and_time_spans():
    minutes = parse_minutes(
        "Referat\n\nSKOLEBESTYRELSEN\n\nSkolebestyrelsen holdt møde den 12. maj 2026 kl. 17:00 "
        "i Personalerummet, Nordskolen.\n\n1. Budget\nGodkendt.\n"
    )
    assert (minutes.date, minutes.start_time) == (date(2026, 5, 12), time(17, 0))
    assert minutes.location == "Personalerummet, Nordskolen"
    other = parse_minutes(
        "Kultur- og Fritidsudvalget - Referat\n\nTirsdag d. 2. juni 2026.\n\nTid: 16.30-18.00.\n\n"
        "Pkt. 1 Tilskud\n\nBeslutning\n\nGodkendt.\n"
    )
    assert (other.date, other.start_time) == (date(2026, 6, 2), time(16, 30))


def test_labels_and_values_on_separate_lines():
    minutes = parse_minutes(
        "# Økonomiudvalget - Referat\n\nMødedato\n\n16. marts 2026\n\nMødested\n\n"
        "Udvalgsværelse 1\n\nAfbud\n\nRasmus Kjær\n\n## 1. Budget\n\nSagsnr.\n\n"
        "00.30.00-S00-3-26\n\nBeslutning\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 3, 16) and minutes.location == "Udvalgsværelse 1"
    assert [(a.name, a.present) for a in minutes.attendees] == [("Rasmus Kjær", False)]
    assert minutes.agenda_items[0].case_number == "00.30.00-S00-3-26"


def test_the_date_from_the_decision_when_the_head_has_none():
    minutes = parse_minutes(
        "Socialudvalget\n\nREFERAT\n\n## Sag nr. 12 Handleplan\n\n"
        "**Beslutning i Socialudvalget den 17-03-2026:**\n\nUdsat.\n\n"
        "**Beslutning i Socialudvalget den 21-04-2026:**\n\nGodkendt.\n"
    )
    assert minutes.date == date(2026, 4, 21)
    assert minutes.agenda_items[0].decision == "Godkendt."  # the earlier one is history


def test_lost_numbering_a_heading_twice_and_numbered_sentences():
    minutes = parse_minutes(
        "BESKÆFTIGELSESUDVALGET\n\nReferat fra mødet i Beskæftigelsesudvalget den 25. august 2026"
        "\n\n1. Dagsorden\nBeslutning\nGodkendt.\n\n1. Forsøg med afklaring\n"
        "1. Forsøg med afklaring\nIndstilling\n1. at forsøget forlænges\n2. at udvalget orienteres"
        "\nBeslutning\nGodkendt. Cecilie er 1. stedfortræder.\n\n1. Ledighed\nBeslutning\nTaget til"
        " efterretning.\n"
    )
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Dagsorden"),
        (2, "Forsøg med afklaring"),
        (3, "Ledighed"),
    ]


def test_case_numbers_labelled_before_or_after_and_documents_are_no_cases():
    minutes = parse_minutes(
        "Kultur- og Fritidsudvalget - Referat\n\nDato: 2. juni 2026\n\n"
        "**Pkt. 45 Tilskud**\n\nJournalnr.: 18.15.00-G01-2-26 Dok.nr. 12345/26\n\n"
        "**Beslutning**\n\nGodkendt.\n\nSags-ID: 26/0211\n\n**Pkt. 46 Orientering**\n\n"
        "Dok.nr. 999/26\n\n**Beslutning**\n\nTaget til efterretning.\n"
    )
    assert [(i.number, i.case_number) for i in minutes.agenda_items] == [
        (45, "18.15.00-G01-2-26"),
        (46, "26/0211"),
    ]


def test_absence_told_in_an_item():
    minutes = parse_minutes(
        "# Klimaudvalget - Referat\n\nMødedato: 15. september 2026\n\n"
        "Medlemmer: Frida Nørgaard, Gustav Mørk\n\n## 1. Meddelelse om fravær\n\n"
        "Gustav Mørk har meldt afbud.\n\n## 2. Klimaplan\n\nReferat:\n\nTaget til efterretning.\n"
    )
    assert [(a.name, a.present) for a in minutes.attendees] == [
        ("Frida Nørgaard", True),
        ("Gustav Mørk", False),
    ]
    assert minutes.agenda_items[0].decision == ""
