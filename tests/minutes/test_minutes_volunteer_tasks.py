"""Tasks in the shapes of an association board's minutes (issue 25, round 6): a sub-point whose
heading gives the day of the lines under it, a doer named in the next sentence ("NAME er primus
motor her"), people who take a task on ("står for", "er tovholder på", "tager opgaven med"),
"Aftalt at NAME …", a passive done by two named agents, two who meet to get a thing done.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions, split_sentences
from tracker.minutes.parser import parse_minutes

HEAD = "Referat af bestyrelsesmøde i Haveforeningen Solsikken\nDato: 3. maj 2026\n\n"


def drafts(body: str):
    return extract_draft_actions(parse_minutes(HEAD + body))


def rows(body: str):
    return [(d.agenda_item_number, d.title, d.owner_names, d.due_end) for d in drafts(body)]


def test_a_sub_points_heading_with_a_day_dates_the_tasks_under_it():
    got = rows(
        "1. Godkendelse af dagsorden\n\nGodkendt\n\n"
        "2. Indkomne punkter\n\n"
        "2.1 Fællesdag 16. maj kl. 9\n\n"
        "Der skal lægges fliser ved redskabsskuret.\n\n"
        "2.2 Hjemmesiden\n\n"
        "Der skal lægges billeder på hjemmesiden.\n"
    )
    assert got == [
        (2, "Lægge fliser ved redskabsskuret", [], date(2026, 5, 16)),
        (2, "Lægge billeder på hjemmesiden", [], None),  # the next sub-point has no day
    ]


def test_the_one_named_next_as_primus_motor_owns_the_task_before():
    got = rows(
        "1. Klubhuset\n\nDer bliver sat nye hylder op i køkkenet. Pia er primus motor her.\n"
        "Der bliver bestilt en ny dør. Ulla tager sig af det.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Sætte nye hylder op i køkkenet", ["Pia"]),
        ("Bestille en ny dør", ["Ulla"]),
    ]


def test_who_stands_for_holds_or_takes_on_a_task_owns_it():
    got = rows(
        "1. Sommerfest\n\nOle står for drikkevarer og is.\nBente er tovholder på loppemarkedet.\n"
        "Rasmus tager opgaven med oprydning af skuret.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Drikkevarer og is", ["Ole"]),
        ("Tovholder på loppemarkedet", ["Bente"]),
        ("Oprydning af skuret", ["Rasmus"]),
    ]


def test_a_thing_coming_soon_stands_for_no_task():
    assert rows("1. Sæsonen\n\nForåret står for døren.\n") == []


def test_agreed_that_a_person_does_it_is_that_persons_task():
    got = rows(
        "1. Forbundet\n\nAftalt at Henrik skriver til forbundet om kontingentet.\n"
        "Aftale: Det er besluttet at Lone blot underskriver kontrakten.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Skrive til forbundet om kontingentet", ["Henrik"]),
        ("Underskrive kontrakten", ["Lone"]),
    ]


def test_a_passive_done_by_two_named_agents_is_two_tasks():
    got = rows(
        "1. Ordensregler\n\nDe bliver sendt til lejerne af Knud og lagt på hjemmesiden af Vibeke.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Sende til lejerne", ["Knud"]),
        ("Lægge på hjemmesiden", ["Vibeke"]),
    ]


def test_two_who_meet_to_get_a_thing_done_own_it():
    got = rows(
        "1. Vedtægter\n\nKaj og Rita mødes i næste uge og får gennemgået reglerne og "
        "tilrettet dem.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Gennemgå reglerne og tilrette dem", ["Kaj", "Rita"]),
    ]


def test_a_sentence_may_end_on_the_abbreviation_that_ends_a_list():
    assert split_sentences("Bo køber maling m.v. Lejen er betalt.") == [
        "Bo køber maling m.v.",
        "Lejen er betalt.",
    ]
    assert split_sentences("Bo køber maling m.v. til skuret.") == [
        "Bo køber maling m.v. til skuret."
    ]


def test_an_infinitive_line_may_open_with_beginning_a_thing():
    got = rows("1. Kirkegården\n\nPåbegynde en plan for de gamle gravsten.\n")
    assert got == [(1, "Påbegynde en plan for de gamle gravsten", [], None)]


def test_a_passive_call_for_input_and_asking_around_are_tasks_without_a_doer():
    got = rows(
        "1. Skilte\n\nForslag fra beboerne efterlyses.\n\n"
        "2. Valg\n\nKassereren genopstiller ikke. Der spørges rundt\n"
    )
    assert [(item, title, owners) for item, title, owners, _ in got] == [
        (1, "Efterlyse forslag fra beboerne", []),
        (2, "Spørge rundt (Valg)", []),
    ]


def test_sharing_out_is_a_task_with_its_particle_and_a_view_laid_out_is_none():
    got = rows(
        "1. Festen\n\nSvend vil gerne dele plakater ud i kvarteret.\n"
        "Svend deler sin bekymring for økonomien.\n"
        "Mona fremlægger sin utilfredshed med rengøringen.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Dele plakater ud i kvarteret", ["Svend"]),
    ]


FLAT = (
    "Referat af bestyrelsesmøde i Vandværket Nordmark den 4. marts 2026.\n\n"
    "Deltagere: Aksel Berg, Ruth Holm og Niels Dam.\n\n"
)


def test_a_lost_line_break_before_an_attendees_name_and_verb_ends_the_sentence():
    got = [
        (d.agenda_item_number, d.title, d.owner_names, d.due_end)
        for d in extract_draft_actions(
            parse_minutes(
                FLAT + " 1. Tilsyn\n  Kommunen har sendt rapporten fra tilsynet\n"
                "  den 20. nov. angående utætte rør\n  Ruth Holm følger op med rørlæggeren.\n"
                "  Aksel Berg Tjekker målerne i skuret.\n"
                "  Ruth Holm svarer på brevet den 20. nov. angående rørene.\n"
            )
        )
    ]
    assert got == [
        (1, "Følge op med rørlæggeren", ["Ruth Holm"], None),  # "den 20. nov." is the visit's
        (1, "Tjekke målerne i skuret", ["Aksel Berg"], None),
        (1, "Svare på brevet den 20. nov. angående rørene", ["Ruth Holm"], None),  # the letter's
    ]


def test_a_volunteer_or_one_at_work_on_it_named_with_a_garden_owns_the_task():
    got = rows(
        "1. Indkomne punkter\n\n"
        "Jette, have 14, har tilbudt sig til maling af fælleshuset.\n"
        "Poul, have 9 er i gang med at undersøge, om vi kan få en ny pumpe.\n"
        "Info-folderen er i gang med at blive trykt.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Maling af fælleshuset", ["Jette"]),
        ("Undersøge, om vi kan få en ny pumpe", ["Poul"]),
    ]


def test_a_passive_line_with_a_member_marked_in_parentheses_is_that_members_task():
    got = rows(
        "1. Fællesdag\n\nHækken stusses (Lone have 31)\n\nBænkene er malet (Lone)\n\n"
        "Indkørslen er fin.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [("Hækken stusses", ["Lone"])]


BOARD = (
    "Referat af bestyrelsesmøde i Grundejerforeningen Lyngen\nDato: 2. februar 2026\n"
    "Tilstede: Aage, Bodil, Carl\n\n"
)


def test_a_complaint_is_no_task_and_an_agreement_after_om_at_comma_reads_its_words():
    got = [
        (d.title, d.owner_names)
        for d in extract_draft_actions(
            parse_minutes(
                BOARD + "1. Opgaver\n\nCarl klager over at opgaverne lander hos ham.\n"
                "Der er enighed om at, alle svarer hurtigere på mails.\n"
            )
        )
    ]
    assert got == [("Alle svarer hurtigere på mails", [])]


def test_a_bare_task_is_about_the_label_it_stands_under():
    got = rows(
        "1. Kommunen\n\nVeje: Hullerne er lappet. "
        "Skraldespande: Der mangler spande ved porten. Ib tager opgaven mht. bestilling m.v.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Bestilling m.v (Skraldespande)", ["Ib"]),
    ]


def test_passive_lines_under_a_dated_work_day_are_its_tasks():
    got = rows(
        "1. Indkomne punkter\n\n1.1 Fællesdag 16. maj kl. 9\n\nBuskene beskæres.\n\n"
        "Planen godkendes.\n\n1.2 Hækkene\n\nHækkene klippes.\n"
    )
    assert got == [(1, "Buskene beskæres", [], date(2026, 5, 16))]
