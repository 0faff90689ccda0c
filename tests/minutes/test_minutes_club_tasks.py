"""Tasks, owners and deadlines in the shapes of association boards' and village councils' minutes
(issue 25): impersonal passives, officers who promised something, a name before a colon, and the
standing rules and decisions already carried out that are no tasks.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.minutes import test_minutes_task_forms as task_forms
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Bestyrelsesmøde i Boldklubben – Referat – 4. marts 2026\n\n"
    "Deltagere: Jens Hansen (formand), Eva Lund, Bo Jessen, Lars Krog, Lars Ovesen\n\n"
    "1. Baner og materiel\n\nBeslutning\n\n"
)


def drafts(decision: str, head: str = HEAD):
    return task_forms.drafts(decision, head)


def one(decision: str, head: str = HEAD):
    return task_forms.one(decision, head)


@pytest.mark.parametrize(
    ("decision", "title"),
    [
        (
            "Brug af græsbanen drøftet – der indledes dialog med bl.a. seniorholdet om dette.",
            "Indlede dialog med bl.a. seniorholdet om dette",
        ),
        (
            "Kaffemaskinen er doneret, og der indkøbes kopper i genbrug.",
            "Indkøbe kopper i genbrug",
        ),
        ("Vi går videre med klagesagen.", "Gå videre med klagesagen"),
        (
            "Klagen gennemgået med træneren – bestyrelsen besluttede, at gå videre med sagen.",
            "Gå videre med sagen (Baner og materiel)",  # which case: the item's
        ),
        (
            "Forbundet tilbyder et udviklingsforløb – bestyrelsen besluttede, at kontakte "
            "forbundet om forløbet.",
            "Kontakte forbundet om forløbet",
        ),
        (
            "Alle hold får lavet holdfoto til klubhuset.",
            "Alle hold får lavet holdfoto til klubhuset",
        ),
    ],
)
def test_impersonal_and_passive_decisions_are_the_forums_tasks(decision, title):
    draft = one(decision)
    assert draft.title == title
    # the forum itself (the title's "Bestyrelsesmøde i Boldklubben"), no one named
    assert draft.owner_names in ([], ["Bestyrelsen"], ["Bestyrelsen i Boldklubben"])


def test_contact_named_as_a_noun_is_the_task_to_contact():
    assert one("Kontakt til forbundet om et udviklingsforløb.").title == (
        "Kontakte forbundet om et udviklingsforløb"
    )


def test_what_a_document_is_to_say_is_a_task():
    draft = one("På næste års indkaldelse skal reglerne for stemmeret fremgå.")
    assert "reglerne for stemmeret" in draft.title


def test_an_offer_is_no_promise_and_a_person_talking_it_over_with_someone_is_a_task():
    assert drafts("DGI tilbyder et kursus i foreningsdrift.") == []
    assert one("Eva tilbyder at tage referat.").owner_names == ["Eva Lund"]
    draft = one("Lars K drøfter med kommunen om mulighederne for at søge midler.")
    assert (draft.title, draft.owner_names) == (
        "Drøfte med kommunen om mulighederne for at søge midler",
        ["Lars Krog"],
    )
    assert drafts("Bestyrelsen drøfter med træneren om sagen.") == []  # at the meeting


def test_what_someone_said_another_will_do_is_the_others_task():
    draft = one("JH oplyste, at Eva udarbejder og fremsender det aftalte brev til ministeriet.")
    assert (draft.title, draft.owner_names) == (
        "Udarbejde og fremsende det aftalte brev til ministeriet",
        ["Eva Lund"],
    )
    assert drafts("JH oplyste, at kommunen har sendt et brev.") == []


@pytest.mark.parametrize(
    "decision",
    [
        "Det er endelig besluttet, at der ikke udbetales á conto beløb til nogen.",
        "Ved udlæg skal gyldig dokumentation foreligge, før der kan udbetales refusion.",
        "Kvitteringen skal foreligge, før der udbetales refusion.",
        "Ikke behandlede punkter tages op på senere bestyrelsesmøder.",
        "Bestyrelsen foretager en grundig behandling af punkterne på dagsordenen, som tiden "
        "tillader.",
        "Bestyrelsen vedtager mødedatoer frem til generalforsamlingen mandag den 18. maj 2026.",
        "Kim hjemsendes ikke.",
        "I Evas fravær fremlægger Bo saldobeholdningen.",
        "Rådet stiller sig positiv overfor et samarbejde med nabobyen.",
        "Der arbejdes med det gode måltid, hvor fællesspisning udgør en stor del.",
        "De medlemmer, som er på valg, vil blive i bestyrelsen frem til generalforsamlingen.",
        "Problemer med tøjet – Eva har snakket med butikken for at få rettet op på dette.",
        "Måske lave en fodboldturnering for de små til sommer.",
        "b) Kontrakter: Venter til næste møde.",
        "Til disse poster valgtes for perioden indtil årsmødet i maj 2026: Formand: Karl Holm.",
        "Eva Lund blev genvalgt som kasserer frem til generalforsamlingen i marts 2027.",
        "På baggrund af det har en enig bestyrelse valgt at aflyse sommerfesten 2026.",
    ],
)
def test_standing_rules_and_what_is_done_at_the_meeting_are_no_tasks(decision):
    assert drafts(decision) == []


def test_agreeing_to_do_something_is_a_task():
    assert (
        one("Vi er enige om at sende et brev til kommunen.").title == "Sende et brev til kommunen"
    )


def test_a_task_at_the_next_meeting_is_still_one():
    draft = one("På næste møde fremlægger Bo budgettet.")
    assert (draft.title, draft.owner_names) == ("Fremlægge budgettet", ["Bo Jessen"])
    assert one("Eva sender referatet ikke senere end fredag.").due_end == date(2026, 3, 6)
    assert one("Eva sender, så vidt muligt, referatet fredag.").owner_names == ["Eva Lund"]


LANDSBYRAAD = """Referat af landsbyrådets møde 22. november 2025

1. Vedtægter

Disse blev gennemgået, og sekretæren blev pålagt at udarbejde de nødvendige ændringer og \
fremlægge disse på årsmødet i maj 2026.

2. Valg

Til disse poster valgtes:
Formand : Karl Holm
Kasserer : Poul Sand
Sekretær : Jens Chr. Lund

Formanden lovede i samarbejde med Claus Ravn at opdatere hjemmesiden.
Kassereren lovede at skaffe et økonomisk overblik.

3. Fremtiden

Formanden og kassereren tager budgettet op med kommunen.
"""


def test_an_officer_is_the_person_the_minutes_elected_to_the_role():
    got = extract_draft_actions(parse_minutes(LANDSBYRAAD))
    assert [(d.agenda_item_number, d.title, d.owner_names, d.due_end) for d in got] == [
        (
            1,
            "Udarbejde de nødvendige ændringer og fremlægge disse på årsmødet",
            ["Jens Chr. Lund"],
            date(2026, 5, 31),
        ),
        (2, "Opdatere hjemmesiden i samarbejde med Claus Ravn", ["Karl Holm"], None),
        (2, "Skaffe et økonomisk overblik", ["Poul Sand"], None),
        (3, "Tage budgettet op med kommunen", ["Karl Holm", "Poul Sand"], None),
    ]


def test_an_officer_nobody_named_stays_the_role():
    text = LANDSBYRAAD.replace("Kasserer : Poul Sand\n", "")
    owners = [d.owner_names for d in extract_draft_actions(parse_minutes(text))]
    assert owners[2] == ["Kassereren"]
    assert owners[3] == ["Karl Holm", "Kassereren"]


def test_a_name_before_a_colon_owns_the_task_and_a_glued_deadline_is_read():
    draft = one("Arne Holt: omtale af hjemmesiden i kirkebladet sendes senest1/11")
    assert (draft.owner_names, draft.deadline_text, draft.due_end) == (
        ["Arne Holt"],
        "senest 1/11",
        date(2026, 11, 1),
    )
    assert draft.title == "Sende omtale af hjemmesiden i kirkebladet"
    assert one("Eva: referatet sendes ud inden fredag.").owner_names == ["Eva Lund"]
    assert one("Økonomi: der indkøbes nye bolde.").owner_names == []  # a topic, not a person


def test_a_week_with_its_part_is_the_deadline_and_leaves_the_title():
    draft = one("Indkaldelsen udsendes ultimo uge 12 til medlemmerne.")
    assert (draft.title, draft.due_start, draft.due_end) == (
        "Udsende indkaldelsen til medlemmerne",
        date(2026, 3, 19),
        date(2026, 3, 22),
    )


def test_who_is_responsible_and_a_second_clause_with_its_own_doer():
    draft = one("Lisbeth er ansvarlig for indkøb.")
    assert draft.owner_names == ["Lisbeth"]
    draft = one("Eva er ansvarlig for at oprette en konto til foreningen.")
    assert (draft.title, draft.owner_names) == ("Oprette en konto til foreningen", ["Eva Lund"])
    draft = one(
        "Der er sendt invitationer ud og aktivitetsudvalget vil følge op på tilmeldingerne."
    )
    assert (draft.title, draft.owner_names) == (
        "Følge op på tilmeldingerne",
        ["Aktivitetsudvalget"],
    )
    draft = one("Det er aftalt, at Bo kontakter Niels og vi fastholder, at to er på valg i år.")
    assert (draft.title, draft.owner_names) == ("Kontakte Niels", ["Bo Jessen"])


def test_a_point_numbered_in_roman_with_a_label_belongs_to_the_name_after_the_label():
    draft = one("iii) Lydanlæg:Carsten Holt sætter ledningerne rigtigt, som Eva kan laminere.")
    assert draft.owner_names == ["Carsten Holt"]
    assert draft.title.startswith("Sætte ledningerne rigtigt")


@pytest.mark.parametrize(
    "decision",
    [
        "Kassereren, Lars Ovesen, opdaterer hjemmesiden.",
        "Sekretæren (Lars O) opdaterer hjemmesiden.",
        "Formanden (Lars Ovesen) opdaterer hjemmesiden.",
    ],
)
def test_a_person_named_beside_a_role_owns_the_task(decision):
    # the attendee list makes Jens the formand: the person named in the sentence wins
    draft = one(decision)
    assert draft.title == "Opdatere hjemmesiden"
    assert draft.owner_names == ["Lars Ovesen"]


def test_what_a_person_is_in_charge_of_is_the_title():
    draft = one("Eva Lund og Bo er ansvarlige for kaffebordet til generalforsamlingen.")
    assert draft.title == "Kaffebordet til generalforsamlingen"
    assert draft.owner_names == ["Eva Lund", "Bo Jessen"]
    assert one("Bo er ansvarlig for indkøb.").title.startswith("Indkøb")


@pytest.mark.parametrize(
    "head",
    [
        "Bestyrelsesmøde i Boldklubben – Referat – 4. marts 2026\n\nDeltagere: Jens Hansen\n\n"
        "Deltog virtuelt: Lars Krogsgaard og Eva Lund\n\n1. Baner\n\nBeslutning\n\n",
        # the sentence below the agenda, before the minutes of each item
        "Referat fra bestyrelsesmøde i Boldklubben onsdag 4. marts 2026 kl. 19.00.\n\nDagsorden:\n"
        "1. Baner\n2. Eventuelt\n\nFølgende deltog via Microsoft Teams: Jens Hansen, Eva Lund og "
        "Lars Krogsgaard.\n\nAd 1:\n",
    ],
)
def test_those_who_took_part_online_are_attendees_and_own_tasks_by_their_full_name(head):
    minutes = parse_minutes(head + "Lars K kontakter kommunen om banerne.\n")
    names = {a.name for a in minutes.attendees if a.present}
    assert {"Lars Krogsgaard", "Eva Lund"} <= names
    (draft,) = extract_draft_actions(minutes)
    assert draft.owner_names == ["Lars Krogsgaard"]


def test_a_fixture_of_the_calendar_is_no_task_but_the_work_around_it_is():
    got = drafts(
        "Den årlige Sommercup til minde om Hans Hansen afholdes i år, lørdag den 22. august. "
        "Der er sendt invitationer ud og aktivitetsudvalget vil følge op på tilmeldingerne. "
        "Vi tager en ny kamp d. 19. juni, hvor vi vil give dem modstand."
    )
    assert [d.title for d in got] == ["Følge op på tilmeldingerne"]
    # an event the forum is to hold, with its planner, stays a task
    assert one(
        "Der afholdes et socialt arrangement for medlemmerne. "
        "Eva arbejder videre med planlægningen."
    ).owner_names == ["Eva Lund"]


@pytest.mark.parametrize(
    ("decision", "title", "owners"),
    [
        (
            "Bo overtager opgaven med at følge op på, hvor sagen om hækkene står.",
            "Følge op på, hvor sagen om hækkene står",
            ["Bo Jessen"],
        ),
        (
            "Der var enighed om at anmode kommunen om en ny bænk.",
            "Anmode kommunen om en ny bænk",
            [],
        ),
        (
            "Regnskabet skal på hjemmesiden og Eva vil sørge for dét.",
            "Regnskabet skal på hjemmesiden",
            ["Eva Lund"],
        ),
    ],
)
def test_the_task_is_what_was_taken_on_agreed_or_seen_to(decision, title, owners):
    draft = one(decision)
    assert draft.title == title
    assert draft.owner_names in (owners, owners or ["Bestyrelsen"])


def test_a_day_without_its_year_just_before_the_meeting_is_no_deadline_next_year():
    # the minutes of 4 March 2026: "1. marts" was three days ago, not a year ahead
    gone = one("Eva sender regnskabet senest 1. marts.")
    assert gone.due_end is None and "1. marts" in gone.title
    assert drafts("Ingen tilmeldte til arrangementet den 22. februar.") == []
    ahead = one("Eva sender regnskabet senest 10. marts.")
    assert ahead.due_end == date(2026, 3, 10)
    assert one("Eva sender regnskabet senest 1. marts 2027.").due_end == date(2027, 3, 1)
    # a week number is no day just gone: "uge 8" in March is next year's, as the grammar says
    assert one("Eva sender regnskabet i uge 8.").due_end == date(2027, 2, 28)


def test_news_with_a_date_is_no_task_but_a_post_to_fill_is():
    assert drafts("Lånet vil være på plads i starten af april.") == []
    assert drafts("Den nye træner ansættes den 1. maj.") == []
    assert one("Budgettet skal være klar senest 1. april.").due_end == date(2026, 4, 1)
    assert one("Der ansættes en ny træner pr. 1. august.").title == "Ansætte en ny træner"


def test_handing_out_is_a_verb_of_doing():
    assert one("Der uddeles rykkere i den kommende weekend.").title.startswith("Uddele rykkere")
    assert one("Bo uddeler rykkere til dem, der ikke har betalt.").owner_names == ["Bo Jessen"]


@pytest.mark.parametrize(
    "decision", ["Overvej indkøb af et nyt telt.", "Tjek forsikringen inden sæsonstart."]
)
def test_a_line_in_the_imperative_is_a_task(decision):
    assert one(decision).title == decision.rstrip(".")


def test_a_correction_with_its_label_keeps_both_officers():
    head = HEAD.replace("Jens Hansen (formand)", "Jens Hansen")
    draft = one(
        "Godkendt med følgende rettelser: Pkt. 13 tilføjelse: Formanden og kassereren tager "
        "budgettet op med kommunen. Pkt. 14: rute 393 skal være rute 383.",
        head,
    )
    assert draft.title == "Tage budgettet op med kommunen"
    assert draft.owner_names == ["Formanden", "Kassereren"]


def test_a_weekday_offered_or_kept_is_no_deadline():
    assert one("Eva skriver ud til alle tilmeldte mandag.").due_end == date(2026, 3, 9)
    assert one("Der lægges op til et forsøg, evt. en mandag eller fredag.").due_end is None
    assert one("Bo åbner hallen hver fredag.").due_end is None


def test_a_points_label_run_into_the_doer_and_an_ad_number_are_no_part_of_the_task():
    # "g. Musikudvalget" on a line of its own, then "Bo indkalder …", read as one line
    draft = one("g. Musikudvalget Bo indkalder til møder.")
    assert (draft.title, draft.owner_names) == ("Indkalde til møder", ["Bo Jessen"])
    assert one("Ad. 6 Bestyrelsen har besluttet at græsset klippes ned.").title == (
        "Græsset klippes ned"
    )
