"""Sentences that keep things as they are, set a routine for every meeting, give a view or
report a guest's words, and events listed under "Fremtidige aktiviteter": no tasks (issue 25,
round 10). Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Bådelauget Mågen\nDato: 4. marts 2026\n"
    "Til stede: Inger Holm, Palle Bak, Tove Ry\n\n"
)


def titles(body: str) -> list[str]:
    return [d.title for d in extract_draft_actions(parse_minutes(HEAD + body))]


def test_keeping_what_is_is_no_task_changing_it_is():
    got = titles(
        "1. Varme\n\nDer besluttes at fastholde den nuværende ordning for oliefyret.\n\n"
        "Der besluttes at udskifte den nuværende pumpe i kælderen.\n"
    )
    assert got == ["Udskifte den nuværende pumpe i kælderen"]


def test_a_routine_before_every_meeting_is_no_task_one_before_the_next_is():
    got = titles(
        "1. Møderne\n\nDer udsendes indkaldelse 10 dage før mødet til alle medlemmer.\n\n"
        "Alle indlæg SKAL sendes til hele udvalget inden udvalgsmødet.\n\n"
        "Der udsendes indkaldelse 10 dage før næste møde.\n"
    )
    assert len(got) == 1 and got[0].startswith("Udsende indkaldelse 10 dage")  # the day its own


def test_a_view_agreed_on_and_what_one_can_well_do_are_no_tasks():
    got = titles(
        "1. Klubhuset\n\nEmnet drøftes og der er enighed i at værdien af klubhuset er stort "
        "for byen.\n\nDer er enighed om, at de fremmødte tre medlemmer sagtens kan træffe "
        "beslutningen.\n\nTove sender referatet til kommunen.\n"
    )
    assert got == ["Sende referatet til kommunen"]


def test_a_guests_words_reported_are_no_task():
    got = titles(
        "1. Besøg hos værftet\n\nDe beskriver selv deres arbejde som mere end blot reparationer "
        "– de er en partner for klubberne.\n\nPalle skriver en tak til værftet.\n"
    )
    assert got == ["Skrive en tak til værftet"]


def test_events_listed_under_future_activities_are_no_tasks():
    got = titles(
        "1. Valg\n\nIngen ændringer.\n\n2.\nFremtidige aktiviteter\n"
        "Der blev fortalt om disse:\n• 12. august Sommerkoncert – opvarmning Lone Berg\n"
        "• 3. oktober Kvartetten\n• 20. november Julebal\n\n"
        "3.\nBåde\nInger bestiller nye årer.\n"
    )
    assert got == ["Bestille nye årer"]


def test_an_event_announced_for_those_invited_is_no_task_one_to_hold_is():
    got = titles(
        "1. Kommende\n\nDer vil blive afholdt et dialogmøde i havnehuset sidst i april, hvor "
        "klubbens medlemmer får mulighed for at høre om planerne.\n\n"
        "Palle afholder et møde med havnefogeden, hvor bestyrelsen får mulighed for at spørge.\n"
    )
    assert len(got) == 1 and got[0].startswith("Afholde et møde med havnefogeden")
