"""Tasks in the shapes of a sports club board's minutes (issue 25, round 11): the speaker's
initials and a comma before the verb ("PD, vil prøve at …", "KH og OV, vil …"), initials the
list of attendees gives as the doer, "og han vil …" in the same sentence, "vil gerne/godt",
an event told in the future passive with its day (no task), "Der skal arbejdes hurtigt på at …".

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.people import People
from tracker.minutes.speaker_comma import without_speaker_comma

HEAD = (
    "Referat af bestyrelsesmøde i Grønnevang Tennisklub tirsdag den 5. marts 2024\n\n"
    "Til stede: Karen Holm (KH), Peter Dam (PD), Lise Berg (LB), Ole Vinter (OV)\n"
    "Afbud: Mads Lund (ML)\n\n"
    "1. Godkendelse af dagsorden\nGodkendt.\n\n"
)


def rows(body: str):
    drafts = extract_draft_actions(parse_minutes(HEAD + body))
    return [(d.agenda_item_number, d.title, d.owner_names, d.due_end) for d in drafts]


def test_initials_and_a_comma_before_the_verb_name_the_doer_of_each_task():
    got = rows(
        "2. Sommerturnering\n"
        "PD, vil prøve at skaffe præmier fra de lokale butikker.\n"
        "KH og OV, vil opdatere klubbens hjemmeside med tilmeldingen.\n"
        "LB, vil godt sørge for bolde, OV, vil også undersøge om der kan lånes telte.\n"
        "KH, har talt med avisen om en omtale.\n"
    )
    assert got == [
        (2, "Prøve at skaffe præmier fra de lokale butikker", ["Peter Dam"], None),
        (2, "Opdatere klubbens hjemmeside med tilmeldingen", ["Karen Holm", "Ole Vinter"], None),
        (2, "Sørge for bolde", ["Lise Berg"], None),
        (2, "Undersøge om der kan lånes telte", ["Ole Vinter"], None),
    ]  # "KH, har talt med …" is told: done


def test_a_comma_after_a_list_of_names_or_before_a_relative_clause_stays():
    people = People(["Karen Holm", "Peter Dam"])
    assert without_speaker_comma("KH, PD og LB, der er nye, blev budt velkommen.", people) == (
        "KH, PD og LB, der er nye, blev budt velkommen."
    )
    assert without_speaker_comma("Til stede: KH, PD, næste gang alle.", people) == (
        "Til stede: KH, PD, næste gang alle."
    )
    assert without_speaker_comma("Bolde, vil vi købe.", people) == "Bolde, vil vi købe."


def test_initials_the_list_gives_are_the_doer_of_a_modal_and_stands_for():
    got = rows("2. Klubdag\nLB vil gerne stå for kaffe og kage.\n")
    assert got == [(2, "Stå for kaffe og kage", ["Lise Berg"], None)]


def test_he_later_in_the_same_sentence_is_the_one_it_opened_with():
    got = rows(
        "2. Økonomi\n"
        "OV, oplyste at der er penge på aktivitetskontoen, og han vil spørge kommunen om et"
        " tilskud.\n"
    )
    assert got == [(2, "Spørge kommunen om et tilskud", ["Ole Vinter"], None)]


def test_an_event_told_in_the_future_passive_with_its_day_is_no_task():
    got = rows(
        "2. Sommerturnering\n"
        "Klubbens sommerturnering vil blive afholdt lørdag den 15. juni 2024.\n"
        "Afslutningsfesten bliver holdt den 22. juni.\n"
        "Turneringen skal afholdes den 29. juni for de yngste.\n"
    )
    assert got == [(2, "Afholde turneringen for de yngste", [], date(2024, 6, 29))]


def test_work_to_be_done_quickly_is_a_task():
    got = rows("2. Program\nDer skal arbejdes hurtigt på at få lavet et program til dagen.\n")
    assert [title for _, title, _, _ in got] == [
        "Arbejde hurtigt på at få lavet et program til dagen"
    ]


def test_initials_nobody_listed_that_will_gladly_do_or_stand_for_a_thing_own_it():
    drafts = extract_draft_actions(
        parse_minutes(
            "Referat af bestyrelsesmøde i Grønnevang Tennisklub 5. marts 2024\n\n"
            "1. Klubdag\nJN vil godt sætte bænke op ved banerne.\nMR vil gerne stå for grillen.\n"
        )
    )
    assert [(d.title, d.owner_names) for d in drafts] == [
        ("Sætte bænke op ved banerne", ["JN"]),
        ("Stå for grillen", ["MR"]),
    ]


def test_who_comes_to_the_meetings_from_now_on_is_no_task():
    got = rows(
        "2. Generalforsamling\n"
        "a. Den holdes i klubhuset.\n"
        "b. Alle genopstiller. Fremover vil Peter Dam igen som træner deltage i møderne.\n"
    )
    assert got == []


def test_a_lettered_sub_point_run_on_after_a_full_stop_is_a_sentence_of_its_own():
    got = rows(
        "2. Generalforsamling\n"
        "a. Den holdes i klubhuset.\n"
        "b. Alle genopstiller. Peter Dam bestiller kaffe til\n"
        "mødet. c. Karen Holm sender indkaldelsen ud.\n"
    )
    assert got == [
        (2, "Bestille kaffe til mødet", ["Peter Dam"], None),  # not "… til mødet. c"
        (2, "Sende indkaldelsen ud", ["Karen Holm"], None),  # not "C. Karen Holm sender …"
    ]


def test_what_is_said_to_be_important_to_get_done_is_a_task_a_view_is_not():
    got = rows(
        "2. Vedtægter\n"
        "Godt forløb på mødet. Det er vigtigt, at der bliver rettet i afsnittet om hegn.\n"
        "Det er vigtigt, at børnene føler sig trygge. Det er vigtigt, at trænerne sender besked."
        "\n\n"
        "3. Bestyrelsen\n"
        "Kassereren ønsker at stoppe. Det er væsentligt, at der bliver fundet en ny kandidat.\n"
    )
    assert [(number, title) for number, title, _, _ in got] == [
        (2, "Rette i afsnittet om hegn"),
        (3, "Finde en ny kandidat"),
    ]


def test_a_point_decided_for_a_coming_meeting_is_a_task_to_put_it_on_the_agenda():
    got = rows(
        "2. Hjemmesiden\n"
        "Det blev besluttet at der på næste medlemsmøde skulle være et punkt om klubbens"
        " hjemmeside.\n"
    )
    assert got == [(2, "Sætte et punkt om klubbens hjemmeside på næste medlemsmøde", [], None)]


def test_which_another_shall_look_into_is_her_task_beside_his():
    got = rows(
        "2. Klubhuset\n"
        "Bo Lind skal afslutte sagen om nye bænke, hvilket Lise skal undersøge prisen på inden"
        " tilbud indhentes.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Afslutte sagen om nye bænke", ["Bo Lind"]),  # a former member nobody listed
        ("Undersøge prisen på inden tilbud indhentes", ["Lise Berg"]),
    ]


def test_we_end_the_season_with_a_game_is_a_programme_not_a_task():
    got = rows("2. Sæsonen\nSidste træning er tirsdag den 24. juni, hvor vi afslutter med kamp.\n")
    assert got == []


def test_one_who_is_to_receive_the_cash_box_has_it_handed_over():
    got = rows(
        "2. Konstituering\n"
        "Ole Vinter er valgt som ny kasserer og vil få overdraget kassen og regnskaberne.\n"
        "Lise Berg vil få tilsendt vedtægterne og deltage i næste møde.\n"
    )
    assert [title for _, title, _, _ in got] == [
        "Overdrage kassen og regnskaberne til Ole Vinter",
        "Sende vedtægterne til Lise Berg",  # what she does next is no part of it
    ]
