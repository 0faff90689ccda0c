"""Tasks and no-tasks read by their shape (issue 25, round 12): a thing to be rented, a need
("nødt til at"), a delivery promised with a word between, and a day with a clock time and no
verb that announces an event.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

import pytest

from tests.minutes import test_minutes_task_forms as task_forms

HEAD = (
    "Bestyrelsesmøde i Sejlklubben – Referat – 4. marts 2026\n\n"
    "Deltagere: Anne Holm (formand), Kurt Dahl, Sofie Berg\n\n"
    "1. Sommerstævnet\n\nBeslutning\n\n"
)


def titles(decision: str) -> list[str]:
    return [d.title for d in task_forms.drafts(decision, HEAD)]


@pytest.mark.parametrize(
    ("decision", "title"),
    [
        ("Telte skal lejes til stævnet.", "Leje telte til stævnet"),
        ("Vi bliver nødt til at bestille en bus til holdet.", "Bestille en bus til holdet"),
    ],
)
def test_a_thing_to_be_rented_and_a_need_are_tasks(decision, title):
    assert titles(decision) == [title]


def test_a_need_to_state_something_is_no_task():
    assert titles("Vi er nødt til at konstatere, at vejret var dårligt.") == []


def test_a_delivery_promised_with_a_word_between_is_a_task():
    got = task_forms.drafts("Kurt kommer snarest med et forslag til ruten.", HEAD)
    assert [(d.title, d.owner_names) for d in got] == [
        ("Komme med et forslag til ruten", ["Kurt Dahl"])
    ]


def test_a_day_and_a_clock_time_without_a_verb_is_an_event_not_a_task():
    assert titles("Sommerfesten d. 3. juni kl. 18.30 – grill og musik.") == []


BARE_HEAD = "Referat af bestyrelsesmøde 4. marts 2026\n\n1. Forårsfesten\n\n"


def jobs(text: str, head: str = BARE_HEAD) -> list[tuple[str, list[str]]]:
    return [(d.title, d.owner_names) for d in task_forms.drafts(text, head)]


def test_a_name_nobody_listed_with_vil_and_any_verb_is_that_persons_task():
    assert jobs("Ditte vil fremvise de nye skilte på sommermødet.") == [
        ("Fremvise de nye skilte på sommermødet", ["Ditte"])
    ]


def test_a_wish_of_a_name_nobody_listed_is_nobodys_task():
    # a team or a guest "vil gerne": a wish to the board, no job of theirs
    assert all(owners == [] for _, owners in jobs("Zumba vil gerne låne salen om torsdagen."))


def test_initials_and_a_present_of_any_verb_are_that_persons_task():
    assert jobs("Breve fra kommunen blev læst op. KD besvarer.") == [
        ("Besvare (Forårsfesten)", ["KD"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "SB træder ind i bestyrelsen i stedet for Ole.",  # a seat taken
        "Diverse regninger blev betalt.",  # a plural noun after a word, not a name's verb
        "Seniorholdene skal spille deres kampe på bane 2.",  # a long compound, no first name
        "Ditte vil være med igen næste år.",  # being, no job
    ],
)
def test_a_seat_a_plural_a_compound_noun_or_being_is_no_ones_task(text):
    assert jobs(text) == []


def test_a_name_with_something_and_then_a_verb_of_doing_is_that_persons_task():
    assert jobs("Vagn har et par ideer til sankthans og kontakter spejderne om bålet.") == [
        ("Kontakte spejderne om bålet", ["Vagn"])
    ]


def test_a_name_nobody_listed_who_comes_with_a_thing_brings_it():
    assert jobs("Clemens kommer snarest med et bud på prisen.") == [
        ("Komme med et bud på prisen", ["Clemens"])
    ]
    # "kommer med ud" comes along and brings nothing: no one takes it on
    assert all(owners == [] for _, owners in jobs("Plakaterne kommer med ud til standen."))


@pytest.mark.parametrize(
    "text", ["Datoen fastsættes til d. 12/6.", "Den sidste bliver d. 30.8.26."]
)
def test_a_day_set_is_no_task(text):
    assert titles(text) == []
