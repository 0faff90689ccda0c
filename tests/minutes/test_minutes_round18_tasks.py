"""Tasks, owners and deadlines read by their shape (issue 25, round 18: web pages and PDFs).

Each document is written for the test in the shape such minutes have; the names and the
text are invented.
"""

from __future__ import annotations

from datetime import date

from tests.minutes import test_minutes_task_forms as task_forms

HEAD = (
    "Referat af bestyrelsesmøde i Haveforeningen Lærkereden\n"
    "Tid: Tirsdag d. 10/3 2026 kl. 19:00\n"
    "Deltagere: Lone Dahl, Kasper, Ruth, Bent Ravn\n\n"
    "1. Aktuelle emner:\n\n"
)


def jobs(text: str, head: str = HEAD) -> list[tuple[str, list[str], object]]:
    return task_forms.jobs(text, head)


def test_a_lead_in_naming_a_day_gives_the_tasks_of_its_paragraph_that_day():
    got = jobs(
        "Vedr. arbejdsdagen den 28. marts:\n"
        "Kasper står for oprydning af redskabsskuret.\n"
        "Ruth medbringer materialer til bedene samt skaffer handsker.\n"
        "\n"
        "Lone Dahl undersøger priser på ny hæk.\n"
    )
    assert got == [
        ("Oprydning af redskabsskuret", ["Kasper"], date(2026, 3, 28)),
        ("Medbringe materialer til bedene samt skaffer handsker", ["Ruth"], date(2026, 3, 28)),
        ("Undersøge priser på ny hæk", ["Lone Dahl"], None),
    ]


def test_a_dated_lead_in_alone_gives_its_day_to_the_list_below_it_and_no_further():
    got = jobs(
        "Til sommerfesten lørdag den 6. juni:\n"
        "\n"
        "- Bent Ravn bestiller telt.\n"
        "- Ruth sender invitationer ud.\n"
        "\n"
        "Øvrigt:\n"
        "\n"
        "- Kasper tjekker vandværkets målere.\n"
    )
    assert got == [
        ("Bestille telt", ["Bent Ravn"], date(2026, 6, 6)),
        ("Sende invitationer ud", ["Ruth"], None),
        ("Tjekke vandværkets målere", ["Kasper"], None),
    ]


def test_a_past_tense_after_a_fronted_time_is_history_and_no_task():
    got = jobs(
        "I slut januar afholdte foreningen en arbejdsdag i haven.\n"
        "I december gennemførte Kasper en rundspørge blandt medlemmerne.\n"
        "I april afholdes næste arbejdsdag, og Ruth sender indkaldelse ud.\n"
    )
    assert [title for title, _, _ in got] == ["Afholde næste arbejdsdag", "Sende indkaldelse ud"]


def test_who_left_the_meeting_during_an_item_numbered_with_a_slash_is_no_task():
    assert jobs("Bent Ravn forlod mødet under behandlingen af punkt 12/4.\n") == []


def test_what_the_board_expects_is_no_task_though_it_names_a_season():
    got = jobs(
        "Forventer flere indtægter hen over sommeren.\n"
        "Kassereren forventer at sende årsregnskabet ud inden 1. maj.\n"
    )
    assert [(title, day) for title, _, day in got] == [
        ("Forvente at sende årsregnskabet ud", date(2026, 5, 1))
    ]


def test_a_sentence_opening_with_aftales_med_is_a_thing_to_arrange_with_them():
    got = jobs(
        "Rensning af bådtrailere – er allerede sat i gang for de store. Aftales med Kasper "
        "hvad vi gør med de små trailere.\n"
    )
    assert got == [("Aftale med Kasper hvad vi gør med de små trailere", [], None)]


def test_a_verb_alone_after_a_name_is_about_the_sentence_before():
    got = jobs(
        "Der er mulighed for at klubhuset kan få fibernet via foreningens skab. "
        "Kasper undersøger.\n"
    )
    assert got == [
        (
            "Undersøge (Der er mulighed for at klubhuset kan få fibernet via foreningens skab)",
            ["Kasper"],
            None,
        )
    ]


def test_and_a_name_on_the_task_in_the_same_sentence_makes_it_theirs():
    got = jobs("Vi skal have tætnet vinduerne i skuret, og Gitte er på opgaven.\n")
    assert [owners for _, owners, _ in got] == [["Gitte"]]


def test_a_text_to_be_written_is_a_task_and_one_written_is_none():
    got = jobs(
        "Der bliver skrevet en artikel til Havebladet om arbejdsdagen.\n"
        "Referatet fra sidste møde blev skrevet af Ruth.\n"
    )
    assert got == [("Skrive en artikel til Havebladet om arbejdsdagen", [], None)]


def test_an_event_s_name_and_day_over_the_topics_of_its_planning_gives_them_no_day():
    got = jobs(
        "Forårsfesten 18. april – program vedlagt: Kaffe: Der kommer 30 gæster. "
        "Ruth sørger for kaffe og kage. "
        "Musik: Kasper undersøger om spillemændene kan komme.\n"
    )
    assert [day for _, _, day in got] == [None, None]


def test_a_fronted_phrase_then_a_modal_and_a_name_is_that_person_s_task():
    got = jobs(
        "I forhold til vandforbruget vil Gitte undersøge om der kan sættes målere op.\n"
        "I forhold til budgettet vil det blive dyrt.\n"
    )
    assert got == [
        ("Undersøge om der kan sættes målere op i forhold til vandforbruget", ["Gitte"], None)
    ]


def test_an_offer_made_is_the_task_of_whoever_offered():
    # "har tilbudt at …" as "lovede at …": the volunteer's to do, and a body's offer the body's
    got = jobs(
        "Ruth har tilbudt at sørge for kaffe til arbejdsdagen.\n"
        "Kasper har tilbudt sig til at male lågen.\n"
        "Kommunen har tilbudt at fælde det syge træ inden 1. maj.\n"
        "Bent Ravn har tilbudt os en god pris på grus.\n"
    )
    assert got == [
        ("Sørge for kaffe til arbejdsdagen", ["Ruth"], None),
        ("Male lågen", ["Kasper"], None),
        ("Fælde det syge træ", ["Kommunen"], date(2026, 5, 1)),
    ]


def test_a_thing_to_have_done_is_titled_by_the_doing():
    got = jobs(
        "Kasper skal have tætnet døren til skuret.\n"
        "Ruth skal have sendt regningen til kommunen.\n"
        "Lone Dahl skal have styr på nøglerne.\n"
    )
    assert [title for title, _, _ in got] == [
        "Tætne døren til skuret",
        "Sende regningen til kommunen",
        "Have styr på nøglerne",  # no deed done: the having is the task
    ]


def test_hyphened_initials_are_a_doer_as_a_name_is():
    # club minutes write "H-J" for Hans-Jørgen and "L-O" for Lars Ole: nobody the list knows, kept
    # as written for the review to ask who
    got = jobs(
        "H-J skriver om klubben i lokalavisen.\n"
        "L-O og Kasper snakker med kommunen om hallen.\n"
        "E-mail sendes til alle medlemmer.\n"
    )
    assert [(title, owners) for title, owners, _ in got][:2] == [
        ("Skrive om klubben i lokalavisen", ["H-J"]),
        ("Snakke med kommunen om hallen", ["L-O", "Kasper"]),
    ]
    assert all(owners == [] for title, owners, _ in got if "e-mail" in title.lower())
