"""Lines of a club's or a parents' board's minutes that tell, and tasks under an event's item
(issue 25, held-out round 8): a judgement given, an event told without its subject, work going
on told under news, the notice of an event, and titles that keep only what is still to do.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Skytteforeningen Lærkereden 10. februar 2026\n\n"
    "Til stede: Karsten, Mie, Lauge, Dorrit\n\n"
)


def drafts(items: str):
    return extract_draft_actions(parse_minutes(HEAD + items + "\n"))


@pytest.mark.parametrize(
    "items",
    [
        "1. Økonomi\n\nDer er brugt 2400 kr. Bestyrelsen vurderer, at økonomien ser sund ud.\n",
        "1. Orientering\n\nLandsstævnet er i år i Jylland. Afholdes første weekend i juni.\n",
        "1. Nyt fra sekretariatet\n\n• Sekretariatet arbejder med den nye samarbejdsaftale\n",
    ],
)
def test_a_judgement_an_event_told_and_work_going_on_are_no_tasks(items):
    assert drafts(items) == []


def test_work_to_go_on_with_under_news_is_still_a_task():
    got = drafts("1. Nyt fra sekretariatet\n\nSekretariatet arbejder videre med aftalen.\n")
    assert [d.title for d in got] == ["Arbejde videre med aftalen"]


def test_the_notice_of_an_event_is_not_due_on_the_events_day():
    got = drafts(
        "1. Forberedelse af generalforsamling lørdag den 21. marts\n\n"
        "Mie skriver indkaldelse.\nLauge bestiller maden.\n"
    )
    due = {d.title: d.due_end for d in got}
    assert due == {"Skrive indkaldelse": None, "Bestille maden": date(2026, 3, 21)}


def test_a_title_keeps_what_is_still_to_do():
    got = drafts(
        "1. Skydebanen\n\nBaneregulativet er revideret og vil blive lagt ud på hjemmesiden.\n"
        "Det blev aftalt, at der holdes et møde om banens belysning i april måned.\n"
    )
    assert [d.title for d in got] == [
        "Lægge baneregulativet ud på hjemmesiden",
        "Holde et møde om banens belysning",
    ]


def test_a_job_with_the_name_after_a_dash_is_that_persons_task_and_a_post_is_none():
    got = drafts(
        "1. Generalforsamlingen\n\n"
        "Hvem står for maden – Lauge.\nSaft, kaffe og kage – Mie.\nReferent – Dorrit.\n"
    )
    assert [(d.title, d.owner_names) for d in got] == [
        ("Sørge for maden", ["Lauge"]),
        ("Sørge for saft, kaffe og kage", ["Mie"]),
    ]


SCHOOL_HEAD = (
    "Referat af skolebestyrelsesmøde 10. maj 2026\n\nTil stede: Karsten, Mie, Lauge, Dorrit\n\n"
    "1. Skolernes fremtid\n\n"
)


def test_the_councils_handling_on_a_day_is_theirs_and_the_boards_plan_is_its_task():
    got = extract_draft_actions(
        parse_minutes(
            SCHOOL_HEAD + "D. 8.6.26 behandles forslaget i Børne- og Skoleudvalget inden "
            "endelig beslutning d. 22.6.26 i Byrådet. Bestyrelsen planlægger at skrive et "
            "høringssvar til udvalget.\n"
        )
    )
    assert [d.title for d in got] == ["Skrive et høringssvar til udvalget"]


def test_a_chore_that_will_be_done_and_a_meeting_to_hold_are_tasks():
    got = drafts(
        "1. Huset\n\nFlagstangen bliver malet i foråret.\nTaget er blevet repareret.\n"
        "Der holdes møde med viceværten om nøglerne.\nDer holdes møde kl. 19 i klubhuset.\n"
    )
    assert [d.title for d in got] == [
        "Male flagstangen",
        "Holde møde med viceværten om nøglerne",
    ]


def test_he_who_is_also_at_work_on_it_owns_it():
    got = drafts(
        "1. Stierne\n\nKarsten har skrevet til kommunen. Han er ligeledes i gang med at "
        "arrangere et møde med vejafdelingen om belysningen.\n"
    )
    assert [(d.title, d.owner_names) for d in got] == [
        ("Arrangere et møde med vejafdelingen om belysningen", ["Karsten"])
    ]


def test_a_sentence_without_its_subject_is_the_next_step_of_the_one_before():
    got = drafts(
        "1. Generalforsamlingen\n\nMie skriver beretningen. Rundsender den til bestyrelsen "
        "inden mødet.\nLauge bestiller lokalet. Dorrit køber blomster.\n"
    )
    assert [(d.title, d.owner_names) for d in got] == [
        ("Skrive beretningen og rundsende den til bestyrelsen inden mødet", ["Mie"]),
        ("Bestille lokalet", ["Lauge"]),
        ("Købe blomster", ["Dorrit"]),
    ]
