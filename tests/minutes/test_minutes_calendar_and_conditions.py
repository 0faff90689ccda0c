"""Sentences a forum secretary would untick as follow-up tasks (issue 25, read on real minutes):
a meeting or event held at a clock time (a calendar entry), a sentence that opens with a
condition, and how things are done from now on. Each beside the task that stays one.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Grundejerforeningen Egevej – 4. marts 2026\n\n"
    "Deltagere: Jens Hansen (formand), Eva Lund, Bo Jessen\n\n"
    "1. Arrangementer og drift\n\nBeslutning\n\n"
)


def drafts(decision: str):
    return extract_draft_actions(parse_minutes(HEAD + decision + "\n"))


@pytest.mark.parametrize(
    "decision",
    [
        "Bestyrelsen afholder et kort formøde til generalforsamlingen den 8. april kl. 19.30.",
        "Det er besluttet at fællesmødet afholdes 12. maj 2026 kl. 19-21 i klubhuset.",
        "Første møde i festudvalget afholdes den 31.3. kl. 14.00.",
        "Den berammede temadag i hallen, 10.00 til 14.00, gennemføres som planlagt 20. maj.",
    ],
)
def test_a_meeting_held_at_a_clock_time_is_a_calendar_entry_not_a_task(decision):
    assert drafts(decision) == []


def test_a_meeting_to_arrange_without_an_hour_is_still_a_task():
    got = drafts("Eva afholder møde med kommunen inden 30. april.")
    assert [(d.title, d.owner_names, d.due_end) for d in got] == [
        ("Afholde møde med kommunen", ["Eva Lund"], date(2026, 4, 30))
    ]


@pytest.mark.parametrize(
    "decision",
    [
        "Hvis det bliver for besværligt, tilbyder Bo at stå for medlemslisten.",
        "Såfremt der kommer flere tilmeldinger, bestiller Eva en større bus.",
        "Mødet er sat til 9. januar kl. 18. Kan du ikke komme, skal du melde afbud til Eva.",
        "Er der behov for det, indkalder formanden til et ekstra møde.",
    ],
)
def test_a_sentence_opening_with_a_condition_decides_no_task(decision):
    assert drafts(decision) == []


def test_a_task_waiting_for_something_is_still_a_task():
    got = drafts("Når datoen kendes, sender Eva en mail rundt til alle medlemmer.")
    assert [d.owner_names for d in got] == [["Eva Lund"]]
    assert "en mail rundt til alle medlemmer" in got[0].title


@pytest.mark.parametrize(
    "decision",
    [
        "Referater fra bestyrelsesmøderne vil fremover kun ligge på hjemmesiden.",
        "Eva Lund og Bo Jessen er indtil videre tovholdere på arrangementerne.",
        "Fremover sendes referatet kun til bestyrelsen.",
        "Jens er sekretær og fører referat efter hvert møde.",
        "Alle forældre opfordres til at tjekke børnenes tøj efter hver weekend.",
    ],
)
def test_how_things_are_done_from_now_on_is_no_task(decision):
    assert drafts(decision) == []


def test_someone_taking_a_charge_on_from_now_on_has_a_task():
    got = drafts("Formanden vil fremover varetage kontakten til kommunen.")
    assert [d.owner_names for d in got] == [["Jens Hansen"]]


def test_a_task_with_a_standing_tail_is_still_a_task():
    got = drafts("Bo klipper græsset på fællesarealet inden 1. maj, og fremover holdes det kort.")
    assert [d.owner_names for d in got] == [["Bo Jessen"]]
    assert got[0].title.startswith("Klippe græsset på fællesarealet")


def test_the_lines_of_an_item_of_coming_meetings_are_calendar_entries():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde i Grundejerforeningen Egevej – 4. marts 2026\n\n"
        "Deltagere: Jens Hansen (formand), Eva Lund, Bo Jessen\n\n"
        "1. Kommende møder\n\n"
        "To 9/4 Temamøde om trafik i klubhuset\n"
        "On 20/5 Generalforsamling i hallen\n\n"
        "2. Kommende arrangementer\n\n"
        "12./4.: Loppemarked og kaffebord, næste bestyrelsesmøde 21. april.\n"
        "Eva bestiller borde til loppemarkedet senest 1. april.\n"
    )
    got = extract_draft_actions(minutes)
    assert [(d.title, d.owner_names) for d in got] == [
        ("Bestille borde til loppemarkedet", ["Eva Lund"])
    ]


@pytest.mark.parametrize(
    "decision",
    [
        "Eva stillede spørgsmål ved hvor mange voksne der skal være til stede om natten.",
        "Bo spurgte ind til om kommunen skal betale for de nye skilte.",
        "Vi må afvente stiftelsen af den nye forening.",
        "Sagen afventer svar fra kommunen, som skal tage stilling til ansøgningen.",
        "Mødet hvor næste års aktiviteter skal planlægges er udskudt.",
        "Mødet den 1. april aflyses.",
    ],
)
def test_a_question_asked_a_wait_or_a_meeting_called_off_is_no_task(decision):
    assert drafts(decision) == []


def test_a_decision_in_the_perfect_is_still_a_task():
    got = drafts("Bestyrelsen har besluttet at indstille Karl Holm til eksklusion.")
    assert [d.title for d in got] == ["Indstille Karl Holm til eksklusion"]


def test_an_events_name_with_its_date_is_a_calendar_entry_under_any_item():
    minutes = parse_minutes(
        HEAD.replace("Arrangementer og drift", "Nye sager")
        + "Sommerfest på fællesarealet den 13. juni 2026.\n"
        + "Næste gang d. 29. april.\n"
        + "Regnskab til revisor senest 1. maj.\n"
        + "Evaluering af medlemsmøder 10. maj.\n"
    )
    titles = [d.title for d in extract_draft_actions(minutes)]
    assert not any("Sommerfest" in t or "Næste gang" in t for t in titles), titles
    assert len(titles) == 2, titles  # the account to send and the evaluation stay tasks


def test_a_lone_verb_of_being_is_no_task_and_a_lone_verb_of_doing_is_one():
    got = drafts(
        "Det bliver den 27. maj. Det bliver en heldagstur. Eva og Bo planlægger og inviterer."
    )
    assert [(d.title, d.owner_names) for d in got] == [
        ("Planlægge og invitere", ["Eva Lund", "Bo Jessen"])
    ]
    got = drafts("Værdibokse. Eva bestiller.")
    assert [(d.title.split()[0], d.owner_names) for d in got] == [("Bestille", ["Eva Lund"])]
