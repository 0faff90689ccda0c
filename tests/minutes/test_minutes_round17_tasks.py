"""Tasks, owners and deadlines read by their shape (issue 25, round 17: web-page minutes).

Each document is written for the test in the shape such minutes have; the names and the
text are invented.
"""

from __future__ import annotations

from datetime import date

from tests.minutes import test_minutes_task_forms as task_forms

HEAD = (
    "Referat af bestyrelsesmøde i Kajakklubben Fjorden\n"
    "Tid: Tirsdag d. 10/3 2026 kl. 19:00\n"
    "Deltagere: Lone Dahl, Kasper, Ruth, Bent Ravn\n\n"
    "1. Aktuelle emner:\n\n"
)


def jobs(text: str, head: str = HEAD) -> list[tuple[str, list[str], object]]:
    return task_forms.jobs(text, head)


def test_an_action_marker_after_the_task_names_its_owner_and_leaves_the_title():
    got = jobs("– Der undersøges hvad et nyt låsesystem koster Action Kasper.")
    assert got == [("Undersøge hvad et nyt låsesystem koster", ["Kasper"], None)]


def test_an_action_marker_in_a_sentence_of_its_own_owns_the_task_before_it():
    got = jobs(
        "Vedtægterne blev gennemgået. Rettelserne tilføjes og forslaget rundsendes. Action Ruth.\n"
        "\n"
        "Materielrummet skal gøres færdigt. Action BR og Kasper\n"
    )
    assert got == [
        ("Tilføje rettelserne og forslaget rundsendes", ["Ruth"], None),
        ("Gøre materielrummet færdigt", ["Bent Ravn", "Kasper"], None),
    ]


def test_a_member_s_initials_after_an_action_marker_are_kept_when_nobody_has_them():
    got = jobs("Bådhallen skal gøres klar til sæsonen. Action JK.")
    assert got == [("Gøre bådhallen klar til sæsonen", ["JK"], None)]


def test_a_thing_to_lower_or_raise_is_a_task():
    got = jobs("Pontonen skal sænkes, når isen er væk.")
    assert got == [("Sænke pontonen, når isen er væk", [], None)]


def test_a_name_nobody_listed_a_comma_and_a_verb_of_doing_is_that_person_s_task():
    got = jobs(
        "Sæsonens program blev fastlagt.\n"
        "Gustav, opdaterer klubbens facebookside.\n"
        "Ruth og Hella, laver en plakat\n"
    )
    assert got == [
        ("Opdatere klubbens facebookside", ["Gustav"], None),
        ("Lave en plakat", ["Ruth", "Hella"], None),
    ]


def test_he_or_she_after_a_comma_is_the_one_the_sentence_opened_with():
    got = jobs("Ruth delte de nye foldere ud, hun lægger resten på biblioteket.")
    assert got == [("Lægge resten på biblioteket", ["Ruth"], None)]


def test_those_who_stand_as_organisers_own_it():
    got = jobs("Inga og Per står som tovholdere for standerhejsningen.")
    assert [owners for _, owners, _ in got] == [["Inga", "Per"]]


def test_a_capital_before_og_ends_the_first_task_when_its_doer_has_a_verb_of_its_own():
    got = jobs("Ruth undersøger priserne hos Kajakhuset og Gustav laver en oversigt til mødet.")
    assert got == [
        ("Undersøge priserne hos Kajakhuset", ["Ruth"], None),
        ("Lave en oversigt til mødet", ["Gustav"], None),
    ]


def test_a_post_written_before_a_name_among_the_doers_is_left_out_of_the_owner():
    got = jobs("Bent Ravn og kasserer Mona Vig kontakter kommunen om slæbestedet.")
    assert got == [("Kontakte kommunen om slæbestedet", ["Bent Ravn", "Mona Vig"], None)]


def test_talking_it_over_together_with_someone_is_a_task():
    got = jobs("Heinrich taler sammen med Jørn vedr. hvordan nøglerne skal håndteres.")
    assert [owners for _, owners, _ in got] == [["Heinrich"]]


def test_a_day_since_which_nothing_happened_is_no_deadline_and_no_task():
    got = jobs("På grund af vejret har vi ikke roet siden d. 2 november. Ruth bestiller nye årer.")
    assert got == [("Bestille nye årer", ["Ruth"], None)]


def test_a_reminder_named_in_an_event_s_line_is_one_to_send_by_its_week():
    got = jobs("• Generalforsamling 18.4 Reminder ud i uge 14.\n• Sommertur 20.6\n")
    assert [(due, bool(title)) for title, _, due in got] == [(date(2026, 4, 5), True)]


def test_a_letter_named_skriv_is_no_order_to_write():
    got = jobs("To dokumenter: Skriv vedr. sikkerhed på vandet og et nyt sejlreglement.")
    assert got == []


def test_agreeing_that_things_are_or_stay_as_they_are_is_no_task():
    got = jobs(
        "Enighed om at vi oplever god ro i klubben. "
        "Vi er enige om, at vi fastholder kontingentet på 600 kr. "
        "Enighed om at vi køber en ny trailer."
    )
    assert [title for title, _, _ in got] == ["Købe en ny trailer"]


def test_what_the_body_decided_someone_named_does_is_that_person_s_task():
    got = jobs(
        "Bestyrelsen besluttede, at Ruth sender ansøgningen til fonden. "
        "Vi aftalte under punktet materiel, at Kasper tager de to trailere med til værkstedet."
    )
    assert got == [
        ("Sende ansøgningen til fonden", ["Ruth"], None),
        ("Tage de to trailere med til værkstedet", ["Kasper"], None),
    ]


def test_a_name_over_the_points_owns_their_tasks_until_a_point_with_its_own_subject():
    got = jobs(
        "Sæsonen er godt i gang.\n\n"
        "Helga:\n\n"
        " • Har talt med alle trænerne om sæsonen\n\n"
        " • Indkalder forældrene til et møde om sikkerheden\n\n"
        " • Stikker en føler ud blandt de nye roere\n\n"
        " • Bestyrelsen skal godkende budgettet for vestene\n\n"
        " • Undersøger tilbud på en ny trailer\n"
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Indkalde forældrene til et møde om sikkerheden", ["Helga"]),
        ("Stikke en føler ud blandt de nye roere", ["Helga"]),
        ("Godkende budgettet for vestene", ["Bestyrelsen"]),
    ]  # the run ends at a point with a subject of its own: the trailer is nobody's task


def test_a_clause_after_og_with_no_subject_of_its_own_is_the_first_doer_s_too():
    got = jobs("Ruth undersøger priserne på nye årer, og vender tilbage til bestyrelsen.")
    assert [(title, owners) for title, owners, _ in got] == [
        ("Undersøge priserne på nye årer", ["Ruth"]),
        ("Vende tilbage til bestyrelsen", ["Ruth"]),
    ]


def test_the_one_a_passive_task_is_done_with_is_no_owner_of_it():
    got = jobs("Der skal følges op med Bent Ravn for at sikre betalingen af lejen.")
    assert [owners for _, owners, _ in got] == [[]]


def test_a_task_left_to_named_people_is_theirs():
    got = jobs("Det overlades til Ruth og Gustav at gennemføre projektet med den nye bro.")
    assert got == [("Gennemføre projektet med den nye bro", ["Ruth", "Gustav"], None)]
