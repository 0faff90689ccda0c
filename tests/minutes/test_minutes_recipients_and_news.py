"""Tasks and attendees in shapes a forum secretary reads otherwise than the words suggest
(issue 25, round 3): the one a thing is sent to is no owner, a bare noun before "skal …es" is
a thing to make, a body's stance about itself and a dated line of news are no tasks, and a
person named short in one place and in full in another is one person.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Bestyrelsesmøde i Grundejerforeningen – Referat – 4. marts 2026\n\n"
    "Deltagere: Jens Hansen (formand), Eva Lund, Bo Jessen, Lars Krog\n\n"
)


def drafts(body: str):
    return extract_draft_actions(parse_minutes(HEAD + body + "\n"))


def one(decision: str):
    got = drafts("1. Vejene\n\nBeslutning\n\n" + decision)
    assert len(got) == 1, [d.title for d in got]
    return got[0]


@pytest.mark.parametrize(
    ("decision", "owners"),
    [
        ("Send referatet til Bo.", []),
        ("Referatet sendes til Bo og Lars.", []),
        ("Listen mailes til Eva senest fredag.", []),
        ("Foreningens høringssvar skal afleveres til Bo senest 1. april.", []),
        ("Eva sender tilbuddet til Bo.", ["Eva Lund"]),
        ("Lars kontakter Bo om vejene.", ["Lars Krog"]),
        # the recipient acts next: gathering what is sent is the task to follow
        ("Alle opfordres til at sende forslag til Bo, der samler dem.", ["Bo Jessen"]),
    ],
)
def test_the_one_a_thing_is_sent_to_is_no_owner(decision, owners):
    assert one(decision).owner_names == owners


@pytest.mark.parametrize(
    ("decision", "title"),
    [
        ("Udvalg skal nedsættes.", "Nedsætte udvalg"),
        ("Ny hjemmeside skal laves.", "Lave ny hjemmeside"),
        # things counted, and a list of things (its "m.v." aside), to get or to count
        (
            "To skakure skal købes, hertil afsættes 1.200 kr.",
            "Købe to skakure, hertil afsættes 1.200 kr",
        ),
        ("2 nye borde skal indkøbes.", "Indkøbe 2 nye borde"),
        (
            "Lagerbeholdning, brikker, ure m.v., skal opgøres før sammenlægningen.",
            "Opgøre lagerbeholdning, brikker, ure m.v. før sammenlægningen",
        ),
    ],
)
def test_a_bare_noun_before_a_modal_passive_is_a_thing_to_make(decision, title):
    assert one(decision).title == title


def test_people_in_general_before_a_modal_passive_are_a_rule():
    assert drafts("1. Vejene\n\nBeslutning\n\nBeboere skal informeres.") == []


@pytest.mark.parametrize(
    "decision",
    [
        "Fællesrådet vil have ejerskabet.",
        "Vi vil have ejerskab over projektet.",
    ],
)
def test_a_bodys_stance_about_itself_is_no_task(decision):
    assert drafts("1. Vejene\n\nBeslutning\n\n" + decision) == []


def test_work_to_have_in_hand_stays_a_task():
    assert one("Eva vil have styr på regnskabet til næste møde.").owner_names == ["Eva Lund"]


def test_a_dated_line_of_news_without_a_verb_is_no_task():
    got = drafts(
        "1. Meddelelser\n\n"
        "Regionsmøde 9. november på Hotel Strand.\n\n"
        "Sommerfest 20. juni kl. 14 på fællesarealet.\n\n"
        "Eva sender invitation ud senest 1. maj.\n\n"
        "Bo besvarer henvendelsen fra kommunen inden 1. april.\n\n"
        "Borgermøde om trafikken afholdes i hallen den 23. august kl. 19.\n\n"
        "2. Vejene\n\n"
        "Asfaltering 9. november.\n"
    )
    assert [(d.title, d.due_end) for d in got] == [
        ("Sende invitation ud", date(2026, 5, 1)),
        ("Besvare henvendelsen fra kommunen", date(2026, 4, 1)),
        ("Asfaltering (Vejene)", date(2026, 11, 9)),  # outside the news, a dated thing is one to do
    ]


def test_a_short_and_a_full_name_of_one_person_are_one_attendee():
    minutes = parse_minutes(
        HEAD.replace("Lars Krog", "Morten Nedergaard Holm")
        + "Afbud: Morten Holm\n\n1. Vejene\n\nBeslutning\n\nGodkendt.\n"
    )
    assert [(a.name, a.present) for a in minutes.attendees if a.name.startswith("Morten")] == [
        ("Morten Nedergaard Holm", False)
    ]


def test_two_people_sharing_a_first_and_last_name_stay_apart():
    minutes = parse_minutes(
        HEAD.replace("Lars Krog", "Morten Nedergaard Holm, Morten Vestergaard Holm")
        + "Afbud: Morten Holm\n\n1. Vejene\n\nBeslutning\n\nGodkendt.\n"
    )
    names = {a.name: a.present for a in minutes.attendees if a.name.startswith("Morten")}
    assert names == {
        "Morten Nedergaard Holm": True,
        "Morten Vestergaard Holm": True,
        "Morten Holm": False,
    }


def test_a_doer_working_together_with_others_does_the_task():
    draft = one("Bo i samarbejde med vejlauget sikrer, at hullerne i vejen lukkes inden 1. maj.")
    assert draft.title == "Sikre, at hullerne i vejen lukkes i samarbejde med vejlauget"
    assert (draft.owner_names, draft.due_end) == (["Bo Jessen"], date(2026, 5, 1))
