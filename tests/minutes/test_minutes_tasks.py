"""Which sentences of a decision are tasks, their titles and owners (issue 18)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.minutes.bodies import is_body, subject_body
from tracker.minutes.drafts import People, extract_draft_actions, make_title
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Teknik- og Miljøudvalget – Referat – 4. marts 2026\n\n"
    "Medlemmer: Eva Lund, Bo Jessen\n\n"
    "1. Trafikplan\n\nBeslutning\n\n"
)


def drafts(decision: str):
    return extract_draft_actions(parse_minutes(HEAD + decision + "\n"))


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Udkastet sendes i høring i MED-systemet.", "Sende udkastet i høring i MED-systemet"),
        # which plan: the item's
        ("Planen ajourføres og fremlægges i juni.", "Ajourføre og fremlægge planen (Trafikplan)"),
        ("Udvalget formulerer et høringssvar.", "Formulere et høringssvar"),
        ("Forvaltningen følger op i uge 12.", "Følge op"),
        ("Eva Lund vil vende tilbage med en vurdering.", "Vende tilbage med en vurdering"),
        ("En tidsplan for arbejdet udestår.", "Tidsplan for arbejdet udestår"),
        (
            "Jobcentret skal evaluere forsøget og fremlægge resultatet.",
            "Evaluere forsøget og fremlægge resultatet",
        ),
    ],
)
def test_task_sentences_in_every_form(sentence, title):
    assert [d.title for d in drafts(sentence)] == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eva Lund gav en status på projektet.",
        "Bo Jessen orienterede om trafiktællingen.",
        "Hvornår kommer planen?",
        "Kl. 14:00-16:00 er der åbent hus.",
        "Tilbagesendes til forvaltningen.",
        "Oversendes til Økonomiudvalget.",
        "Orienteringen blev taget til efterretning.",
        "Udvalget godkender indstillingen.",
        "Godkendt.",
    ],
)
def test_not_tasks(sentence):
    assert drafts(sentence) == []


def test_two_tasks_in_one_sentence_share_the_doer_and_the_deadline():
    got = drafts("Eva Lund nedsætter en arbejdsgruppe og slår stillingen op i uge 12.")
    assert [(d.title, d.owner_names, d.due_end) for d in got] == [
        ("Nedsætte en arbejdsgruppe", ["Eva Lund"], date(2026, 3, 22)),
        ("Slå stillingen op", ["Eva Lund"], date(2026, 3, 22)),
    ]


def test_the_same_thing_sent_on_is_one_task():
    (draft,) = drafts("Bo Jessen samler svarene og sender dem til udvalget.")
    assert draft.title == "Samle svarene og sende dem til udvalget"


def test_owners_are_people_roles_units_and_the_body_itself():
    got = {d.title: d.owner_names for d in drafts(
        "Forvaltningen udarbejder et notat. Økonomiafdelingen sender tallene. "
        "Udvalget skriver til ministeren. Formanden indkalder til møde. Eva sender referatet."
    )}  # fmt: skip
    assert got == {
        "Udarbejde et notat": ["Forvaltningen"],
        "Sende tallene": ["Økonomiafdelingen"],
        "Skrive til ministeren": ["Teknik- og Miljøudvalget"],
        "Indkalde til møde": ["Formanden"],
        "Sende referatet": ["Eva Lund"],
    }


def test_bodies_are_no_people():
    assert is_body("Forvaltningen") and is_body("Teknik- og Miljøudvalget") and is_body("HR")
    assert is_body("Lederforum", "Lederforum") and not is_body("Eva Lund")
    assert subject_body("ledelsen udarbejder en plan") == "Ledelsen"
    assert subject_body("Rådet sender et brev", "Ældrerådet") == "Ældrerådet"
    assert subject_body("Eva Lund sender et brev") is None


def test_long_titles_end_at_a_clause_or_a_phrase():
    people = People([])
    long = (
        "Forvaltningen udarbejder et samlet overblik over de økonomiske konsekvenser af reformen "
        "for alle fagområder med henblik på at få et beslutningsgrundlag"
    )
    assert make_title(long, people) == (
        "Udarbejde et samlet overblik over de økonomiske konsekvenser af reformen"
    )
    clause = (
        "Direktionen skal igangsætte en undersøgelse af trivslen blandt nye ledere, så vi kan "
        "følge op på resultaterne i alle tre forvaltninger"
    )
    assert make_title(clause, people) == (
        "Igangsætte en undersøgelse af trivslen blandt nye ledere"
    )


def test_a_list_lead_in_is_no_task():
    got = drafts("Det blev besluttet, at:\n\n- Eva Lund udarbejder et notat\n- Bo Jessen følger op")
    assert [d.title for d in got] == ["Udarbejde et notat", "Følge op"]


def test_earlier_decisions_quoted_in_the_case_give_no_drafts():
    text = (
        "Byrådet - Referat\n\nMødedato: 24. februar 2026\n\n**1. Lån**\n\n**Beslutninger**\n\n"
        "Godkendt.\n\n**Beslutning i Økonomiudvalget den 10. februar 2026**\n\n"
        "Forvaltningen skal udarbejde en oversigt.\n"
    )
    assert extract_draft_actions(parse_minutes(text)) == []


def test_a_second_verb_in_a_title_is_in_the_infinitive_too():
    people = People([])
    assert make_title("Jobcentret skal evaluere forsøget og fremlægger resultatet", people) == (
        "Evaluere forsøget og fremlægge resultatet"
    )
