"""Tasks behind a one-letter label ("b: Mads formulerer …") or a label with its question in
brackets ("Økonomi (hvordan får vi flere penge?): Tove laver …"), and the passive of
"præcisere" ("Rollerne præciseres på næste møde") (issue 25, round 10). Each document is
written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Bådelauget Mågen\nDato: 4. marts 2026\n"
    "Til stede: Inger Holm, Palle Bak, Tove Ry, Mads Lund\n\n"
)


def rows(body: str):
    drafts = extract_draft_actions(parse_minutes(HEAD + body))
    return [(d.title, d.owner_names) for d in drafts]


def test_a_task_behind_a_one_letter_label_is_read():
    got = rows("1. Sager\n\nb: Mads formulerer et forslag til hovedbestyrelsen.\n")
    assert got == [("Formulere et forslag til hovedbestyrelsen", ["Mads Lund"])]


def test_a_task_behind_a_label_with_its_question_in_brackets_is_read():
    got = rows(
        "1. Grupper\n\nØkonomi (hvordan får vi flere penge i kassen): Tove Ry laver udkast "
        "til en ansøgning om tilskud.\n"
    )
    assert got == [("Lave udkast til en ansøgning om tilskud", ["Tove Ry"])]


def test_what_is_to_be_made_precise_is_a_task_what_is_said_precisely_is_not():
    got = rows(
        "1. Roller\n\nRollerne i udvalget præciseres på næste møde.\n\n"
        "Inger præciserer, at mødet er åbent for alle.\n"
    )
    assert [title for title, _ in got] == ["Præcisere rollerne i udvalget"]


def test_an_events_days_in_brackets_beside_a_task_are_not_its_deadline():
    drafts = extract_draft_actions(
        parse_minutes(
            HEAD + "1. Grupper\n\nHøstmarked (afholdes 10.-11. oktober 2026): Tove Ry skriver "
            "i april en invitation til foreningerne.\n"
        )
    )
    assert [(d.owner_names, d.due_end) for d in drafts] == [(["Tove Ry"], date(2026, 4, 30))]


def test_a_time_and_a_place_alone_are_no_task():
    got = rows(
        "1. Mødet\n\nSøndag den 8. March 2026 klokken 10:00 i Havnehuset\n\nInger køber kaffe.\n"
    )
    assert [title for title, _ in got] == ["Købe kaffe"]


def test_asking_someone_outside_is_a_task_asking_at_the_meeting_is_not():
    got = rows(
        "1. Lyd\n\nVi spørger en tømrer hvad det vil koste at isolere loftet.\n\n"
        "Palle spørger, hvorfor mødet blev flyttet.\n\nTove spørger til budgettet.\n"
    )
    assert [title for title, _ in got] == ["Spørge en tømrer hvad det vil koste at isolere loftet"]
