"""A doer inside a longer sentence, and sentences that only look like tasks (issue 25): a full
name opening a clause after a comma, "samtidig med at" another doer, the next step told in a
relative clause after a thing made, a passive "sælges"; what will not be done, a unit's
proposal that the agenda be approved, a form's hint to whoever fills it in.

Each document is written for the test in the shape a club's or a council's minutes have.
"""

from __future__ import annotations

from tests.minutes import test_minutes_task_forms as task_forms
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Bådlauget 8. november 2026\n\n"
    "Til stede: Torkil Pugh, Jørn Uz, Søren Høg, Ole Sørensen, Calle Petersen, Łukasz Nowak\n\n"
    "1. Julemarkedet\n\n"
)


def jobs(text: str) -> list[tuple[str, list[str], object]]:
    return task_forms.jobs(text, HEAD)


def test_a_full_name_after_a_comma_opens_a_task_of_its_own():
    got = jobs(
        "Torkil havde indhentet spiritusbevilling, Jørn Uz anmelder arrangementet til "
        "brandvæsnet. Sejl til Mary, Łukasz Nowak prøvesejler de sejl, vi selv har flikket "
        "sammen samtidig med at Calle indhenter et tilbud på et syet sejl."
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Anmelde arrangementet til brandvæsnet", ["Jørn Uz"]),
        ("Prøvesejle de sejl, vi selv har flikket sammen", ["Łukasz Nowak"]),
        ("Indhente et tilbud på et syet sejl", ["Calle Petersen"]),
    ]


def test_the_next_step_with_a_thing_made_is_the_other_persons_task():
    got = jobs("Elsbet har lavet plakat, som Søren Høg kopierer i 6 stk.")
    assert [(t, o) for t, o, _ in got] == [("Kopiere plakat i 6 stk", ["Søren Høg"])]


def test_the_next_step_with_a_thing_to_make_stays_one_task():
    got = jobs("Bestyrelsen formulerer et høringssvar, som Søren Høg sender til kommunen.")
    assert [o for _, o, _ in got] == [["Bådlauget"]]  # the board, the forum itself


def test_a_thing_to_be_sold_is_a_task_and_what_will_not_be_done_is_none():
    got = jobs(
        "Peanut og McAfferty sælges. Bestyrelsen har besluttet at deltage i festen som forældre og "
        "planlægger ikke noget i forbindelse med skolefesten. Jørn sender ikke brevet."
    )
    assert [t for t, _, _ in got] == ["Sælge peanut og McAfferty"]


def test_a_units_proposal_to_approve_the_agenda_is_no_task():
    text = (
        "Referat Folkeoplysningsudvalget 23. maj 2026\n\nDeltagere: Bo Holm, Eva Berg\n\n"
        "1. Godkendelse af dagsorden\n\nIndstilling\n\n"
        "Center for Kultur, Frivillighed og Borgerservice indstiller, at dagsorden godkendes.\n\n"
        "Beslutning\n\nGodkendt.\n\n2. Tilskud\n\nBeslutning\n\nEva Berg sender svar til "
        "foreningerne.\n"
    )
    assert [(t, o) for t, o, _ in task_forms.jobs(text, "")] == [
        ("Sende svar til foreningerne", ["Eva Berg"])
    ]


def test_a_forms_hint_is_no_task_and_a_label_in_capitals_no_forum():
    text = (
        "Referat 6-3-2026\n\nMødedeltagere: Łukasz Nowak, Eva Berg\n\nDAGSORDEN PUNKT\n\n"
        "SAGSINDHOLD\n\n1. Budget\n\nEva Berg bestiller revision.\n\n"
        "(Tilføj pkt ved at stå i nederste række efter teksten og tryk på tabulatorknappen)\n"
    )
    minutes = parse_minutes(text)
    assert minutes.forum == ""  # asked for on the review, never "Dagsorden punkt"
    assert [(t, o) for t, o, _ in task_forms.jobs(text, "")] == [
        ("Bestille revision", ["Eva Berg"])
    ]


def test_one_who_promised_to_see_to_it_owns_the_task_before():
    got = jobs("Loftet i saunaen skal repareres. Elo har lovet at tage aktion herpå.")
    assert [(t, o) for t, o, _ in got] == [("Reparere loftet i saunaen", ["Elo"])]


def test_going_to_a_meeting_is_a_task_with_the_verb_left_out_or_not():
    got = jobs(
        "Søren Høg og Łukasz Nowak, skal til møde med Vejen kommune omkring spærringerne. "
        "Calle til møde med kommune og lystfiskere omkring yngel i afløbet."
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Deltage i møde med Vejen kommune omkring spærringerne", ["Søren Høg", "Łukasz Nowak"]),
        ("Deltage i møde med kommune og lystfiskere omkring yngel i afløbet", ["Calle Petersen"]),
    ]


def test_a_word_before_til_mode_that_is_no_ones_name_is_no_task():
    assert jobs("Referat til mødet i kommunen.") == []


def test_an_abbreviation_for_af_hensyn_til_ends_no_sentence():
    got = jobs("Kurset afholdes udendørs aht. Corona. Łukasz Nowak indkalder lærerkræfter.")
    assert ("Indkalde lærerkræfter", ["Łukasz Nowak"]) in [(t, o) for t, o, _ in got]
    assert not any(t.endswith("aht") for t, _, _ in got)


def test_it_sent_on_is_the_thing_the_sentence_before_named():
    got = jobs(
        "Łukasz Nowak har muligvis en liste over gæste-medlemmer. Łukasz Nowak sender den til "
        "Calle.\nKontanter til banken\nSøren Høg tømmer pengekassen."
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Sende en liste over gæste-medlemmer til Calle", ["Łukasz Nowak"]),
        ("Tømme pengekassen", ["Søren Høg"]),
    ]


def test_one_who_attends_instead_of_another_is_no_task():
    assert jobs("Calle Petersen møder i stedet. Søren Høg bestiller bussen.") == [
        ("Bestille bussen", ["Søren Høg"], None)
    ]
