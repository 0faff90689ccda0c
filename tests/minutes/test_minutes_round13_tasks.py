"""Tasks read by their shape (issue 25, round 13): the owner named after the task in a
sentence of its own ("Det står Eva for.", "KH laver den i uge 9.").

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from tests.minutes import test_minutes_task_forms as task_forms

HEAD = (
    "Referat af bestyrelsesmøde i Tennisklubben 4. marts 2026\n\n"
    "Deltagere: Karin Holm (KH), Eva, Jonas, Bent\n\n"
    "1. Nyt fra formanden\n\n"
)


def jobs(text: str, head: str = HEAD) -> list[tuple[str, list[str], object]]:
    return task_forms.jobs(text, head)  # this file's document head by default


def test_the_owner_named_after_the_task_owns_it():
    got = jobs(
        "Medlemslisten hos forbundet skal opdateres. Det står Eva for. "
        "Desuden skal vi rette klubbens side i bookingsystemet. Det sørger Jonas og Bent for."
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Opdatere medlemslisten hos forbundet", ["Eva"]),
        ("Rette klubbens side i bookingsystemet", ["Jonas", "Bent"]),
    ]


def test_initials_doing_it_by_a_week_own_the_task_before_and_give_its_deadline():
    got = jobs("Årsberetningen sættes op i klubhuset og på hjemmesiden. KH laver den i uge 12.")
    assert len(got) == 1
    title, owners, due = got[0]
    assert title.startswith("Sætte årsberetningen op") and owners == ["Karin Holm"]
    assert str(due) == "2026-03-22"


def test_it_with_no_name_after_it_is_left_alone():
    got = jobs("Medlemslisten skal opdateres. Det står klart for alle.")
    assert [o for _, o, _ in got] == [[]]


def test_two_named_who_stand_for_a_job_under_news_own_it():
    got = jobs("Vi giver træneren en gave for sæsonen. Jonas og Bent står for indkøb af gaven.")
    assert ("Indkøb af gaven", ["Jonas", "Bent"], None) in got


DEANERY_HEAD = (
    "Referat af provstiudvalgsmøde 4. marts 2026\n\n"
    "Deltagere: Hanne Lund, Ole Brix\n\n"
    "1 - Nordby MR: Nyt tag på kirken\n\n"
)


def test_another_bodys_application_is_the_case_not_a_task():
    got = jobs(
        "Nordby MR sender ansøgning om udskiftning af taget på kirken.\n\n"
        "Godkendes og fremsendes til stiftet.",
        DEANERY_HEAD,
    )
    assert [t for t, _, _ in got] == ["Fremsende godkendes og til stiftet"]


def test_they_ask_for_leave_to_use_the_money_is_their_request():
    got = jobs(
        "Sognet har fået bevilget 80.000 kr. til nye vinduer. Derfor søger de om tilladelse "
        "til at bruge resten til maling af døren.",
        DEANERY_HEAD,
    )
    assert got == []


def test_the_forums_own_application_stays_a_task():
    got = jobs("Bestyrelsen søger om tilskud hos kommunen til nye net.")
    assert [t for t, _, _ in got] == ["Søge om tilskud hos kommunen til nye net"]


MARINA_HEAD = "Referat af bestyrelsesmøde i Bådelauget 4. marts 2026\n\n"


def test_a_passive_of_arranging_or_paying_that_ends_the_sentence_is_a_task():
    got = jobs(
        "1. Havnefesten\n\nBeslutning: Møde med roklubben om broen aftales. "
        "Vandforbruget blev aflæst og afregnes.",
        MARINA_HEAD,
    )
    assert [t for t, _, _ in got] == [
        "Aftale møde med roklubben om broen",
        "Afregne vandforbruget",
    ]


def test_it_was_decided_after_a_long_lead_is_the_decision():
    got = jobs(
        "1. Annoncer\n\nBeslutning: Efter en længere drøftelse af prisen, blev det besluttet at "
        "opsige annoncen i havnebogen.",
        MARINA_HEAD,
    )
    assert [t for t, _, _ in got] == ["Opsige annoncen i havnebogen"]


def test_a_lettered_sub_point_without_a_decision_label_is_read_as_minutes():
    got = jobs(
        "2. Orientering\n\n"
        "a. Formanden\n"
        "Sommerfesten: Der var god stemning. Regningen for teltet betales.\n\n"
        "Små opgaver – der blev aftalt at få renset tagrenderne på skuret\n"
        "Slæbestedet – Ib gav en status.\n\n"
        "b. Økonomi v. Ib\n"
        "Beslutning:\n"
        "Ib gav en orientering om økonomien.\n\n"
        "3. Eventuelt\n\nBeslutning: Intet.",
        MARINA_HEAD,
    )
    assert [t for t, _, _ in got] == [
        "Regningen for teltet betales",
        "Få renset tagrenderne på skuret",
    ]


def test_who_leads_which_training_under_news_is_a_post_not_a_task():
    assert jobs("Jonas står for mandagstræningen og Bent for onsdagstræningen.") == []


CHOIR_HEAD = (
    "Bestyrelsesmøde i koret den 4. marts 2026\n\n"
    "Fremmødte: Kirsa, Hanne, Bo\n\n"
    "1. Forårskoncerter\n\n"
)


def test_a_line_without_a_full_stop_ends_before_the_next_persons_job():
    got = jobs(
        "Kirsa spørger Grethe om en koncert i Sankt Pauls Kirke\n"
        "Ulrik spørger om Vibe Krogh om hun vil akkompagnere igen.\n"
        "Ulrik udfærdiger et program til koncerten.",
        CHOIR_HEAD,
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Spørge Grethe om en koncert i Sankt Pauls Kirke", ["Kirsa"]),
        ("Spørge om Vibe Krogh om hun vil akkompagnere igen", ["Ulrik"]),
        ("Udfærdige et program til koncerten", ["Ulrik"]),
    ]


def test_a_bare_passive_after_a_task_is_its_next_step():
    got = jobs(
        "1. Byggeriet\n\nBeslutning: Det skal afklares, hvem der gør hvad i byggeudvalget. "
        "Faste rutiner aftales.",
        MARINA_HEAD,
    )
    assert [t for t, _, _ in got] == [
        "Afklare, hvem der gør hvad i byggeudvalget og aftale faste rutiner"
    ]


CHURCH_HEAD = (
    "Referat fra menighedsrådsmøde 4. marts 2026\n\n"
    "Deltagere: Karl, Inger, Poul\n\n"
    "1. Orientering ved kirkeværge\n\n"
)


def test_og_and_another_doer_after_what_is_done_opens_a_task():
    got = jobs(
        "Der er købt en ny printer og Karl arbejder på at få adgang til bookingsystemet.\n\n"
        "Rådet har ikke ændret sin afgørelse og formanden svarer klageren skriftligt.",
        CHURCH_HEAD,
    )
    assert [(t, o) for t, o, _ in got] == [
        ("Arbejde på at få adgang til bookingsystemet", ["Karl"]),
        ("Svare klageren skriftligt", ["Formanden"]),
    ]


def test_two_names_joined_by_og_stay_one_pair_of_doers():
    got = jobs("Inger og Poul arbejder videre med lydanlægget.", CHURCH_HEAD)
    assert [(t, o) for t, o, _ in got] == [("Arbejde videre med lydanlægget", ["Inger", "Poul"])]


def test_og_and_a_doer_who_sees_to_it_stays_one_task():
    got = jobs("Budgettet skal i nyhedsbrevet og Karl vil sørge for dét.", CHURCH_HEAD)
    assert [o for _, o, _ in got] == [["Karl"]]
    assert "sørge" not in got[0][0].lower()


def test_og_and_a_doer_who_proposes_is_said_at_the_meeting():
    head = CHURCH_HEAD.replace("Orientering ved kirkeværge", "Konfirmandundervisning")
    text = (
        "Forbundet har et koncept og Karl foreslår at der holdes møde imellem skole og klub (Ib)."
    )
    assert not [t for t, _, _ in jobs(text, head) if t.startswith("Foreslå")]


def test_a_thing_mended_that_only_needs_paint_is_a_task():
    got = jobs(
        "1. Opfølgning\n\nBeslutning: Status på bænkene: En bænk er repareret og skal bare males.",
        MARINA_HEAD,
    )
    assert [t for t, _, _ in got] == ["Bænk skal bare males"]


def test_a_question_without_its_mark_is_no_task():
    got = jobs("1. Visioner\n\nBeslutning: Hvad vil vi arbejde med i de kommende år.", MARINA_HEAD)
    assert got == []


def test_after_a_subordinate_clause_the_doer_after_vil_owns_the_task():
    got = jobs("Da vi har ventet et halvt år på svar vil KH rykke kommunen for en afgørelse.")
    assert [(t, o) for t, o, _ in got] == [("Rykke kommunen for en afgørelse", ["Karin Holm"])]


def test_after_a_subordinate_clause_a_wish_is_no_task():
    got = jobs("Hvis reglerne er ændret, vil Karin Holm (KH) gerne se de ændrede procedurer.")
    assert got == []


def test_another_persons_step_in_a_relative_clause_is_their_task():
    got = jobs("Kirsa skriver et program som Bo vil rundsende.", CHOIR_HEAD)
    assert [(t, o) for t, o, _ in got] == [
        ("Skrive et program", ["Kirsa"]),
        ("Rundsende et program", ["Bo"]),
    ]
