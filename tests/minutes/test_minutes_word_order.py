"""Follow-up tasks in ordinary Danish word order and the sentences that only look like tasks
(issue 25), in sentences written for these tests after the shapes of small bodies' referater:
verb second after a fronted phrase, endorsing another body's task, passives of doing, reminders
of events, past facts in parentheses, agreements with someone, stances and arrangements."""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes


def drafts(text: str):
    return extract_draft_actions(parse_minutes(text))


TASK_HEAD = (
    "Referat af bestyrelsesmøde 3. marts 2025\n\n"
    "Til stede: Anna Holm, Bo Berg, Carl Dahl\n\n"
    "1. Sankthans\n"
)


def item_drafts(body: str):
    return [(d.title, d.owner_names, d.due_end) for d in drafts(TASK_HEAD + body + "\n")]


def test_verb_second_after_a_fronted_phrase_is_a_task_of_the_subject():
    assert item_drafts("Ang. bålet tager kassereren kontakt til kommunen.") == [
        ("Tage kontakt til kommunen ang. bålet", ["Kassereren"], None)
    ]


def test_a_fronted_phrase_before_a_passive_is_a_task():
    [(title, _, _)] = item_drafts(
        "På et af de første møder efter sommerfesten udformes retningslinjer for udlån."
    )
    assert title.startswith("Udforme retningslinjer for udlån")


def test_endorsing_another_bodys_task_makes_it_that_bodys_task():
    assert item_drafts("Bestyrelsen tilslutter sig at festudvalget tydeliggør reglerne.") == [
        ("Tydeliggøre reglerne", ["Festudvalget"], None)
    ]


def test_something_to_be_found_is_a_task_and_what_exists_is_not():
    assert item_drafts("Der skal findes en ny bålmester.") == [("Finde en ny bålmester", [], None)]
    assert item_drafts("Der findes mange gode bålpladser.") == []


def test_passives_of_doing_and_when_clauses_are_tasks():
    assert [t for t, _, _ in item_drafts("Rengøring af grillen foretages når festen er slut.")] == [
        "Foretage rengøring af grillen når festen er slut"
    ]
    assert [t for t, _, _ in item_drafts("Nyt lydanlæg afprøves til én koncert.")] == [
        "Afprøve nyt lydanlæg til én koncert"
    ]


def test_a_reminder_of_an_event_is_no_task_but_a_reminder_to_do_is():
    assert item_drafts("Husk generalforsamling i klubhuset den 30. marts (vi deltager).") == []
    assert [t for t, _, _ in item_drafts("Husk at søge kommunen om tilskud.")] == [
        "Husk at søge kommunen om tilskud"
    ]


def test_a_past_fact_in_parentheses_is_no_task_and_gets_no_date():
    assert item_drafts("(Dorte udtrådte af bestyrelsen i januar).") == []
    assert item_drafts("Dorte sendte brevet i januar.") == []


def test_agreed_with_someone_makes_them_the_owner():
    assert item_drafts("Det er aftalt med købmanden, at foreningen får rabat.") == [
        ("Foreningen får rabat", ["Købmanden"], None)
    ]


def test_a_stance_and_a_standing_arrangement_are_no_tasks():
    assert item_drafts("Der er en generel holdning til at vi afholder korte møder.") == []
    assert item_drafts("Medlemsmøder afholdes fremover på skift hos medlemmerne.") == []


def test_what_is_done_then_a_dash_then_the_task():
    assert [t for t, _, _ in item_drafts("Samtaler gennemført – referat udsendes senere.")] == [
        "Udsende referat senere"
    ]


def test_a_second_passive_clause_about_the_same_subject_and_its_agent():
    assert item_drafts(
        "Regnskabet er under udarbejdelse af Anna og Bo og revideres snarest af "
        "foreningens revisor, Erik Lund."
    ) == [("Revidere regnskabet", ["Erik Lund"], None)]


def test_carrying_on_with_the_planning_names_the_owner_of_the_task_above():
    assert item_drafts(
        "Der afholdes en sommerudflugt for medlemmerne. Et forslag til dato er 9.6.2025. "
        "Carl Dahl arbejder videre med planlægning."
    ) == [("Afholde en sommerudflugt for medlemmerne", ["Carl Dahl"], None)]


# ------------------------------------------------------------------------------ titles


def test_a_pronoun_subject_takes_the_noun_it_stands_for():
    assert [
        t
        for t, _, _ in item_drafts(
            "Listen med årets gang blev gennemgået, denne bliver revideret og offentliggøres "
            "i nyhedsbrevet."
        )
    ] == ["Revidere listen og offentliggøre i nyhedsbrevet"]


def test_a_doer_in_parentheses_with_a_verb_gives_the_task_its_verb():
    assert item_drafts("Byfonden – senest 20. marts (Carl søger)") == [
        ("Søge Byfonden", ["Carl Dahl"], date(2025, 3, 20))
    ]


def test_a_bare_verb_says_what_it_is_about_and_a_points_label_is_no_title():
    text = (
        TASK_HEAD + "a) Skabe: Der bliver sat skabe op i gangen. Bo bestiller.\n\n"
        "b) Nøgler: Alle får nye nøgler. Anna Holm bestiller.\n"
    )
    found = [(d.title, d.owner_names) for d in drafts(text)]
    assert found == [
        ("Sætte skabe op i gangen", []),
        ("Bestille (Skabe)", ["Bo Berg"]),
        ("Bestille (Nøgler)", ["Anna Holm"]),
    ]
    assert [i.title for i in parse_minutes(text).agenda_items] == ["Sankthans"]


def test_a_past_act_with_a_task_in_its_relative_clause_stays_a_task():
    [(title, _, due)] = item_drafts(
        "Vi nedsatte en gruppe med Anna og Bo, som tager det op efter sommerferien."
    )
    assert "tager det op" in title and due is not None


def test_a_question_asked_at_the_meeting_is_still_no_task():
    assert (
        item_drafts(
            "Bo Berg spurgte ind til, om sagerne skal forelægges som orienteringssager eller "
            "om de skal forelægges som beslutningssager, der behandles senere."
        )
        == []
    )
