"""Tasks read by their shape (issue 25, round 19): the thing fronted before the verb and its
doer ("Det arbejder Łukasz og Jesper videre med"), the pronoun named by the sentence before.

Each document is written for the test in the shape such minutes have; the names and the
text are invented.
"""

from __future__ import annotations

from tests.minutes import test_minutes_task_forms as task_forms

HEAD = (
    "Referat af bestyrelsesmøde i Lokalhistorisk Forening\n"
    "Tid: Tirsdag d. 10/3 2026 kl. 19:00\n"
    "Deltagere: Łukasz Riff, Jesper Bade, Rose Madison, Hugo Madsen\n\n"
    "1. Medlemmer:\n\n"
)


def jobs(text: str) -> list[tuple[str, list[str], object]]:
    return task_forms.jobs(text, HEAD)


def test_the_thing_fronted_before_the_verb_and_its_doers_is_their_task():
    got = jobs("Det sørger Hugo for.\n\nDet tager Rose sig af.\n")
    assert got == [
        ("Sørge for det", ["Hugo Madsen"], None),
        ("Tage sig af det", ["Rose Madison"], None),
    ]


def test_the_fronted_pronoun_is_the_thing_the_sentence_before_brought():
    got = jobs(
        "Łukasz kom med et forslag om halv kontingent i 2027. Det arbejder Łukasz og Jesper "
        "videre med.\n"
    )
    assert got == [
        (
            "Arbejde videre med et forslag om halv kontingent",
            ["Łukasz Riff", "Jesper Bade"],
            None,
        )
    ]


def test_a_fronted_pronoun_before_a_state_is_no_task():
    assert jobs("Det er Hugo glad for.\n\nDet har Rose styr på.\n") == []


def test_this_under_a_label_is_the_labels_thing():
    got = jobs("Købskontrakt: Denne sendes afsted til Łukasz.\n")
    assert [title for title, _, _ in got] == ["Sende købskontrakt afsted til Łukasz"]


def test_a_label_with_a_letter_is_a_topic_and_the_sentences_doer_owns_the_task():
    got = jobs("Plan B: Rose kontakter turistkontoret om et spisested.\n")
    assert got == [("Kontakte turistkontoret om et spisested", ["Rose Madison"], None)]
