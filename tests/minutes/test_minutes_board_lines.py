"""Tasks in the shapes of a club board's short-line minutes (issue 25, round 4): a line that opens
with the verb in the infinitive, a group's report without its subject, news told without a
teller, one doer's two verbs that are one task, a meeting's own evaluation named by its noun.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions, split_sentences
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Vestby Skakklub\n"
    "Dato: 12/03-2026\n"
    "Tilstede: Hans, Grete, Poul, Kim, Ole\n\n"
)


def drafts(body: str):
    return extract_draft_actions(parse_minutes(HEAD + body))


def pairs(body: str):
    return [(d.agenda_item_number, d.title, d.owner_names) for d in drafts(body)]


def test_an_infinitive_line_under_an_item_is_a_task_without_a_doer():
    got = pairs(
        "1. Lokaler\n\nLejen stiger fra sommer.\nKontakte kommunen om nøglerne.\n"
        "Snakke med Lise Dam om varmen.\n\n"
        "2. Turnering\n\n- Ringe til Søren om præmier.\n"
    )
    assert got == [
        (1, "Kontakte kommunen om nøglerne", []),
        (1, "Snakke med Lise Dam om varmen", []),  # Lise is spoken to, not the owner
        (2, "Ringe til Søren om præmier", []),
    ]


def test_infinitive_lines_of_a_programme_hopes_or_topics_are_no_tasks():
    got = pairs(
        "1. Klubtur\n\nProgram:\n- Besøge skakmuseet i Ribe.\n"
        "- Bestille lyntræning med Ribes hold.\n\n"
        "2. Bestyrelsens arbejde\n\nHvad er forventningerne til bestyrelsen\n"
        "- Hjælpe klubben.\n- Hjælpe klubben med stævnerne.\n\n"
        "3. Til næste møde\n\n- Drøfte budgettet for 2027.\n- Finde en ny dato for turneringen.\n\n"
        "4. Eventuelt\n\nRette vedkommende svarer på spørgsmål om kontingent.\n"
    )
    assert got == []


def test_a_groups_report_without_its_subject_is_no_task():
    got = pairs(
        "1. Siden sidst fra holdene\n\n"
        "a. Juniorer: Har haft stor fremgang.\n"
        "Planlægger en turnering i foråret (ikke fastlagt endnu).\n"
        "Fået fire nye medlemmer, som alle bliver informeret om klubaftenerne.\n"
        "b. Seniorer: Arrangerer lynskak hver anden fredag.\n"
        "Ole sender holdlisten til Grete.\n"
    )
    assert got == [(1, "Sende holdlisten til Grete", ["Ole"])]


def test_news_told_without_a_teller_is_no_task():
    got = pairs(
        "1. Klubben\n\n"
        "a. Jubilæum: Der informeres om at jubilæet fejres med en reception i april.\n"
        "b. Lokalet: Der informeres om at brikkerne skal tælles efter hver klubaften.\n"
        "c. Der orienteres om regnskabet på næste møde.\n"
    )
    assert [title for _, title, _ in got] == ["Orientere om regnskabet"]


def test_one_doers_two_verbs_with_one_object_or_in_one_clause_are_one_task():
    got = pairs(
        "1. Lokaler\n\nOpslag om ro i lokalet vedtaget. Kim udskriver og hænger op.\n"
        "Vi holder en arbejdsdag 4. april, hvor vi maler og rydder op.\n"
        "Ole kontakter Grete og sender regnskabet til revisor.\n"
    )
    titles = [title for _, title, _ in got]
    assert "Udskrive og hænge op" in titles
    assert not any(t.startswith(("Hænge", "Rydde", "Male")) for t in titles), titles
    assert "Kontakte Grete" in titles and "Sende regnskabet til revisor" in titles


def test_the_meetings_own_evaluation_named_by_its_noun_is_no_task():
    got = pairs(
        "1. Evaluering af kurset - LS\n\nEvaluering af kurset med Lis Sand.\n\n"
        "2. Klubaftener\n\nBehandling af ønskelisten.\nUdarbejdelse af ny mødeplan for efteråret.\n"
    )
    assert got == [(2, "Udarbejde ny mødeplan for efteråret", [])]


def test_a_sentence_may_open_with_its_day():
    text = "Desværre fik Ole ingen kamp. 21-22. november: Vi holder arbejdsweekend."
    assert split_sentences(text) == [
        "Desværre fik Ole ingen kamp.",
        "21-22. november: Vi holder arbejdsweekend.",
    ]
    # an abbreviation's dot before the day ends no sentence
    assert len(split_sentences("Der ansættes en træner pr. 1. august.")) == 1


def test_a_doer_in_a_parenthesis_of_its_own_has_the_task():
    got = pairs(
        "1. Indkomne forslag\n\n- Fældning af poplerne ved stien. (kommunens træer, fredet)"
        " (bestyrelsen skriver til kommunen om poplerne)\n"
    )
    # "bestyrelsen" is the forum itself
    assert [(title, owners) for _, title, owners in got] == [
        ("Skrive til kommunen om poplerne", ["Bestyrelsen i Vestby Skakklub"])
    ]


def test_a_thing_that_must_be_fixed_a_task_given_a_group_and_a_thought_over():
    got = pairs(
        "1. Lokalet\n\nBrikkerne er slidte. Skakuret skal repareres inden turneringen.\n"
        "Vi overvejer at deltage i holdturneringen til næste år.\n"
        "Opgave til holdene: Find to spillere til pokalkampen.\n\nSkriv et svar\nHent som PDF\n"
    )
    titles = [title for _, title, _ in got]
    assert titles[0].startswith("Reparere skakuret"), titles
    assert titles[1].startswith("Find to spillere"), titles
    assert len(titles) == 2  # considering is no decision; a web page's reply box and links no tasks


def test_a_person_in_parentheses_after_the_body_does_it_for_the_body():
    got = pairs(
        "1. Beskeder fra bestyrelsen\n\n"
        "a. Nøgleliste: Bestyrelsen (Tove) udarbejder en ny nøgleliste til klubaftenerne.\n"
    )
    assert [(title, owners) for _, title, owners in got] == [
        ("Udarbejde en ny nøgleliste til klubaftenerne", ["Tove"])
    ]


def test_the_one_on_the_task_takes_on_what_the_sentence_before_names():
    got = pairs(
        "1. Lokaler\n\na) Maling af klublokalet. Poul (og evt. Kim) er på opgaven.\n\n"
        "b) Nyt skakur. Grete er på sagen.\n\nc) Kim er på sagen.\n"
    )
    assert [(title, owners) for _, title, owners in got] == [
        ("Maling af klublokalet", ["Poul"]),
        ("Nyt skakur", ["Grete"]),
    ]


def test_one_asked_to_do_it_owns_it_and_she_is_the_one_the_label_names():
    got = pairs(
        "1. Punkter fra holdene\n\n"
        "d. Lynskak (Grete): Spørger om holdenes budgetter er hemmelige. Hun vil gerne vide"
        " hvad pengene bruges til. Ingen kan svare, men"
        " hun opfordres til at kontakte kassereren.\n\n"
        "e. Ole opfordres til at skrive til forbundet om ratingen.\n"
    )
    assert [(title, owners) for _, title, owners in got] == [
        ("Kontakte kassereren", ["Grete"]),
        ("Skrive til forbundet om ratingen", ["Ole"]),
    ]


def test_the_one_given_a_mandate_owns_it_and_a_result_asked_for_keeps_its_passive():
    got = pairs(
        "1. Tilskud\n\nLise Holm bemyndiges til at søge ubrugte midler overført til puljen.\n\n"
        "2. Medlemssystemet\n\nNogle manglede adgang. Hans sørger for at de bliver oprettet.\n"
    )
    assert [(title, owners) for _, title, owners in got] == [
        ("Søge ubrugte midler overført til puljen", ["Lise Holm"]),
        ("Sørge for at de bliver oprettet", ["Hans"]),
    ]


def test_a_span_of_months_read_only_in_part_gives_no_deadline_and_stays_in_the_title():
    (draft,) = drafts("1. Årshjul\n\nHans flytter turneringen til sept-oktober-nov.\n")
    assert draft.title == "Flytte turneringen til sept-oktober-nov"
    assert draft.due_end is None


def test_what_they_agree_on_after_a_discussion_is_a_task_titled_from_its_verb():
    got = pairs(
        "1. Kontingent\n\nOpkrævning via netbank blev diskuteret, og man enes om at forberede"
        " overgangen.\n\n2. Ture\n\nMan enedes om at bestille bussen.\n"
    )
    assert [(number, title) for number, title, _ in got] == [
        (1, "Forberede overgangen"),
        (2, "Bestille bussen"),
    ]


def test_a_date_inside_a_quoted_name_is_no_deadline():
    got = drafts(
        "1. Årsplan\n\n"
        "Punktet “Klubmesterskab afholdes ultimo maj” indgår i punktet Turneringer.\n"
        "Punktet »Lynskak i uge 40« flyttes til november.\n"
    )
    assert [(d.title, d.deadline_text) for d in got] == [
        ("Punktet “Klubmesterskab afholdes ultimo maj” indgår i punktet Turneringer", None),
        ("Punktet »Lynskak i uge 40« flyttes", "til november"),
    ]


def test_what_is_to_be_made_clear_is_a_task_and_its_title_keeps_the_question():
    got = pairs(
        "1. Kassen\n\nKassereren fører ikke medlemslisten. Det skal klarlægges, hvem der gør"
        " hvad (kasserer/formand/træner).\n"
    )
    assert [title for _, title, _ in got] == [
        "Klarlægge, hvem der gør hvad (kasserer/formand/træner)"
    ]


def test_a_sum_we_contribute_is_a_payment_to_make_but_ideas_are_not():
    got = pairs("1. Indsamlinger\n\nVi bidrager med 750 kr.\nVi bidrager med gode ideer.\n")
    assert [title for _, title, _ in got] == ["Bidrage med 750 kr"]


def test_those_who_will_try_to_do_it_own_it():
    got = pairs("1. Turneringsplan\n\nHoldlederne vil forsøge at skrive planen færdig.\n")
    assert [(title, owners) for _, title, owners in got] == [
        ("Forsøge at skrive planen færdig", ["Holdlederne"])
    ]
