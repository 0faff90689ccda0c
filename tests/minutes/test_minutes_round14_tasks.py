"""Tasks read by their shape (issue 25, round 14): jobs on lines without full stops where the
members are named by their initials.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from tests.minutes import test_minutes_task_forms as task_forms

HEAD = (
    "Referat af møde i arbejdsgruppen for Byfesten 2. april 2026\n\n"
    "Deltagere: Karen Holm, Ole Berg, Mads Lund\n\n"
    "1. Byfesten\n\n"
)


def jobs(text: str, head: str = HEAD) -> list[tuple[str, list[str], object]]:
    return task_forms.jobs(text, head)  # this file's document head by default


def test_a_line_without_a_stop_ends_before_initials_and_a_verb_of_doing():
    got = jobs(
        "Plakaten er sendt til lokalavisen (OB)\n"
        "ML og OB arrangerer sækkeløb for de mindste\n"
        "KH sørger for indkøb af kaffe og kage."
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Arrangere sækkeløb for de mindste", ["Mads Lund", "Ole Berg"]),
        ("Sørge for indkøb af kaffe og kage", ["Karen Holm"]),
    ]


def test_who_writes_what_below_a_sentence_that_hands_out_the_work_is_one_task_each():
    got = jobs(
        "Vi gennemgår årsberetningen og aftaler, hvem der skal\n"
        "skrive om hvad.\n"
        "Karen: Vandværket\n"
        "– Ny pumpe\n"
        "Ole: Sommerfesten\n"
        "Karen: Takster\n"
        "Sofie: Legepladsen\n"
    )
    assert [(t, o) for t, o, _ in got if "hvad" not in t] == [
        ("Skrive om Vandværket (Ny pumpe) og Takster", ["Karen Holm"]),
        ("Skrive om Sommerfesten", ["Ole Berg"]),
        ("Skrive om Legepladsen", ["Sofie"]),
    ]


def test_initials_in_brackets_after_a_stop_do_not_hide_the_next_labelled_job():
    got = jobs(
        "Indbydelsen er sendt til lokalavisen. (OB)\n"
        "Reklame: ML og OB hænger plakater op ved hallen. Lokalradioen (KH)"
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Hænge plakater op ved hallen", ["Mads Lund", "Ole Berg"]),
    ]


def test_a_name_that_will_work_on_the_matter_owns_the_task_told_before():
    got = jobs("Vi skal finde nye pærer til lamperne i gården. Mads og Ole vil arbejde på sagen.")
    assert [(t, o) for t, o, _ in got] == [
        ("Finde nye pærer til lamperne i gården", ["Mads Lund", "Ole Berg"]),
    ]


def test_the_perfect_in_a_clause_after_a_doers_present_is_no_history():
    got = jobs("Ole samler de tilbud han har fået, og vi ser på dem til generalforsamlingen.")
    assert [(t, o) for t, o, _ in got] == [
        ("Samle de tilbud han har fået", ["Ole Berg"]),
    ]


def test_a_name_that_looks_into_something_has_a_task():
    got = jobs(
        "Karen og Ole ser på en ny kaffemaskine til klubhuset. Vi ser frem til sommerfesten."
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Se på en ny kaffemaskine til klubhuset", ["Karen Holm", "Ole Berg"]),
    ]


def test_a_name_that_stands_for_doing_something_has_a_task():
    got = jobs("Karen og Ole står for at invitere foreningerne.")
    assert [(t, o) for t, o, _ in got] == [
        ("Stå for at invitere foreningerne", ["Karen Holm", "Ole Berg"]),
    ]
