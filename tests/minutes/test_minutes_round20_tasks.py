"""Round 20: two things joined by "og" that are no second verb ("Peter skaffer tuscher og
mærkater til kasser"), and a passive after "og" that is one.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from tests.minutes import test_minutes_task_forms as task_forms


def test_two_things_joined_by_og_are_one_task():
    got = task_forms.jobs("Bo Jessen skaffer tuscher og mærkater til kasserne.\n")
    assert [title for title, _, _ in got] == ["Skaffe tuscher og mærkater til kasserne"]


def test_two_verbs_joined_by_og_are_still_two_verbs():
    got = task_forms.jobs("Bo Jessen nedsætter et udvalg og slår stillingen op.\n")
    assert [title for title, _, _ in got] == ["Nedsætte et udvalg", "Slå stillingen op"]
    got = task_forms.jobs("Listen revideres og offentliggøres i nyhedsbrevet.\n")
    assert [title for title, _, _ in got] == ["Revidere og offentliggøre listen i nyhedsbrevet"]


def test_a_passive_after_og_is_a_verb_not_a_thing():
    got = task_forms.jobs("Ny oversigt bliver udarbejdet af Bo Jessen og fremsendes til alle.\n")
    assert [title for title, _, _ in got] == [
        "Udarbejde ny oversigt af Bo Jessen og fremsende til alle"
    ]


def test_a_topic_named_by_a_verbs_noun_alone_is_no_task():
    assert task_forms.jobs("Opdatering af hjemmesiden.\n\nEtablering af ny sendemast.\n") == []


def test_a_verbs_noun_with_its_doer_or_its_time_is_still_a_task():
    got = task_forms.jobs("Opdatering af flyers (Eva Lund).\n")
    assert [(title, owners) for title, owners, _ in got] == [("Opdatere flyers", ["Eva Lund"])]
    got = task_forms.jobs("Udarbejdelse af mødeplan for bestyrelsesmøder 26-27.\n")
    assert [title for title, _, _ in got] == ["Udarbejde mødeplan for bestyrelsesmøder 26-27"]


def test_what_they_agree_holds_is_no_task_but_what_they_agree_to_do_is():
    assert task_forms.jobs("Der var enighed om, at vi fortsat kan drikke kaffe sammen.\n") == []
    assert task_forms.jobs("Menighedsrådet er enige om, at vi flager med vimpel.\n") == []
    got = task_forms.jobs("Der var enighed om at ansætte en kirke- og kulturmedarbejder.\n")
    assert [title for title, _, _ in got] == ["Ansætte en kirke- og kulturmedarbejder"]


def test_a_list_mailed_out_again_when_it_is_ready_is_a_task():
    got = task_forms.jobs("Når listen er klar i o-service, mailes den nye liste ud igen.\n")
    assert len(got) == 1 and "maile" in got[0][0].lower()


def test_taking_quick_initiative_is_a_task_of_its_doer():
    got = task_forms.jobs("Bo Jessen tager hurtig initiativ til at få viden om skoleskemaer.\n")
    assert [(title, owners) for title, owners, _ in got] == [
        ("Tage hurtig initiativ til at få viden om skoleskemaer", ["Bo Jessen"])
    ]


def test_a_modal_after_og_without_its_subject_is_the_first_clauses_doers():
    got = task_forms.jobs("Eva Lund er på skolen til jul, og skal overlevere opgaven til Bo.\n")
    assert [(title, owners) for title, owners, _ in got] == [
        ("Overlevere opgaven til Bo", ["Eva Lund"])
    ]


def test_what_was_agreed_in_the_past_passive_is_the_named_doers_task():
    got = task_forms.jobs("Vedrørende det praktiske aftaltes at Bo Jessen udsender en reminder.\n")
    assert [(title, owners) for title, owners, _ in got] == [("Udsende en reminder", ["Bo Jessen"])]


def test_how_a_thing_is_done_from_now_on_is_no_task():
    text = "Det besluttedes, at regnskabet fremover bør følges af en kort redegørelse.\n"
    assert task_forms.jobs(text) == []


def test_what_is_necessary_to_do_is_a_task():
    text = "Der ligger et tilbud på ca. 45.000, så det er nødvendigt at søge midler fra puljen.\n"
    assert [title for title, _, _ in task_forms.jobs(text)] == ["Søge midler fra puljen"]
    assert task_forms.jobs("Det er nødvendigt at være to til stede.\n") == []


def test_a_first_name_is_the_attendees_when_the_directory_knows_another():
    from tracker.minutes.drafts import extract_draft_actions
    from tracker.minutes.parser import parse_minutes

    text = (
        "Referat fra bestyrelsesmøde den 2. december 2026\n\n"
        "Deltagere: Jan Holm, Łucja Nowak\n\n1. Børneteatret\n\n"
        "Jan finder en ny forestilling til foråret.\n"
    )
    minutes = parse_minutes(text)
    drafts = extract_draft_actions(minutes, known_people=["Jan Møller Iversen"])
    assert [d.owner_names for d in drafts] == [["Jan Holm"]]
    # two Jans at the meeting: nobody is guessed
    two = text.replace("Łucja Nowak", "Jan Lund")
    drafts = extract_draft_actions(parse_minutes(two), known_people=["Jan Møller Iversen"])
    assert [d.owner_names for d in drafts] == [[]]
