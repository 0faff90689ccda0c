"""Tasks, owners and deadlines read by their shape (issue 25, round 15).

Each document is written for the test in the shape such minutes have; the names and the
text are invented.
"""

from __future__ import annotations

from datetime import date

from tests.minutes import test_minutes_task_forms as task_forms
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Grundejerforeningen Engen 14. april 2026\n\n"
    "Deltagere: Karen Holm, Ole Berg, Mads Lund, Sofie Dam\n\n"
    "1. Meddelelser\n\n"
)


def jobs(text: str, head: str = HEAD) -> list[tuple[str, list[str]]]:
    return [(d.title, d.owner_names) for d in task_forms.drafts(text, head)]


def test_asking_around_is_a_task_also_when_what_is_asked_is_in_the_perfect():
    got = jobs(
        "Kommunen tilbyder et kursus i førstehjælp. "
        "Karen forhører sig hos medlemmerne, om nogen er interesseret. "
        "Ole undersøger, om taget på skuret er utæt."
    )
    assert got == [
        ("Forhøre sig hos medlemmerne, om nogen er interesseret", ["Karen Holm"]),
        ("Undersøge, om taget på skuret er utæt", ["Ole Berg"]),
    ]


def test_we_asking_around_is_a_task():
    got = jobs("Vi forhører hos kommunen, om der kan søges tilskud til vejen.")
    assert [t for t, _ in got] == ["Forhøre hos kommunen, om der kan søges tilskud til vejen"]


def test_what_was_found_out_in_the_perfect_is_still_no_task():
    assert jobs("Ole har undersøgt, om taget på skuret er utæt.") == []


def test_a_dash_glued_to_a_name_and_its_verb_opens_a_task_about_the_sentence_before():
    got = jobs(
        "Sofie har fået ny telefon. Bommen ved indkørslen er gået i stykker -Mads undersøger dette."
    )
    assert got == [
        ("Undersøge dette (Bommen ved indkørslen er gået i stykker)", ["Mads Lund"]),
    ]


def test_a_post_without_its_article_and_the_representatives_own_what_they_prepare():
    head = HEAD.replace("1. Meddelelser", "1. Legepladsen")
    got = jobs(
        "Sekretær og forældrerepræsentanter forbereder et oplæg om legepladsen til næste møde.",
        head,
    )
    assert got == [("Forberede et oplæg om legepladsen", ["Sekretær", "Forældrerepræsentanter"])]


COUNCIL = (
    "Referat fra møde i Ældrerådet\n\nDato: 2. april 2026\n\n"
    "Deltagere: Ældrerådet, Karen Holm og Ole Berg\n\n"
    "1. Høring om vedtægter\n\nBeslutning\n\n"
)


def test_a_passive_task_on_the_forums_own_thing_is_the_forums():
    got = task_forms.drafts(
        "Ældrerådets samlede svar skal afleveres til Karen senest den 20. april.", COUNCIL
    )
    assert [(d.title, d.owner_names, d.due_end) for d in got] == [
        ("Aflevere ældrerådets samlede svar til Karen", ["Ældrerådet"], date(2026, 4, 20))
    ]


def test_the_duties_handed_out_when_the_board_constitutes_itself_are_no_tasks():
    head = HEAD.replace("1. Meddelelser", "1. Den nye bestyrelse har konstitueret sig")
    got = jobs(
        "Formand – Karen. Ole blev valgt som kasserer. Mads har ansvar for hjemmesiden og "
        "nyhedsbrevet. Sofie står for udlejning af trailer. Sofie står for indkøb til "
        "sommerfesten senest 1. juni. Ole kontakter banken om ny fuldmagt.",
        head,
    )
    assert got == [
        ("Indkøb til sommerfesten", ["Sofie Dam"]),
        ("Kontakte banken om ny fuldmagt", ["Ole Berg"]),
    ]


def test_being_in_charge_of_something_is_still_a_task_outside_a_constitution():
    got = jobs("Mads har ansvar for hjemmesiden og nyhedsbrevet.")
    assert [o for _, o in got] == [["Mads Lund"]]


def test_talking_about_something_at_the_meeting_is_no_task_talking_with_someone_is():
    head = HEAD.replace("1. Meddelelser", "1. Drøftelse af årets tema")
    got = jobs(
        "Vi taler om naturen omkring søen som et muligt tema. "
        "Karen taler med kommunen om en ny bænk ved søen.",
        head,
    )
    assert got == [("Tale med kommunen om en ny bænk ved søen", ["Karen Holm"])]


BOARD_LIST = (
    "Referat fra bestyrelsesmøde den 3. marts 2026\n\n"
    "Tilstede: Karen, Ole, Mads, Sofie\n"
    "Mødeleder: Karen. Referent: Sofie.\n\n"
    " 1. Referat fra sidste møde godkendt,\n"
    "  intet at bemærke.\n"
    " 2. Kasserer kontakter Jens for overlevering af\n"
    "  nøgler samt kvitteringer.\n"
    " 3. Eventuelt.\n"
    "  Karen bestiller nye nøgler.\n"
)


def test_a_numbered_item_that_is_one_task_sentence_and_nothing_more_is_a_task():
    minutes = parse_minutes(BOARD_LIST)
    assert [i.title for i in minutes.agenda_items][1] == (
        "Kasserer kontakter Jens for overlevering af nøgler samt kvitteringer"
    )
    got = extract_draft_actions(minutes)
    assert [(d.agenda_item_number, d.title) for d in got] == [
        (2, "Kontakte Jens for overlevering af nøgler samt kvitteringer"),
        (3, "Bestille nye nøgler"),
    ]


def test_a_sentence_before_that_points_on_itself_leaves_the_label_to_say_what_it_is():
    got = jobs("1. Bænk ved søen: Vi får det lavet i egetræ. Ole bestiller det.")
    assert got == [("Bestille det (Bænk ved søen)", ["Ole Berg"])]


def test_names_set_on_the_matter_named_after_med_own_that_task_told_earlier():
    got = task_forms.drafts(
        "Det besluttes at holde en loppemarked for hele foreningen d. 9. maj. "
        "Der er for kort varsel til en sommerudflugt. "
        "Mads og Ole er sat på sagen med loppemarkedet d. 9. maj.",
        HEAD,
    )
    assert [(d.title, d.owner_names, d.due_end) for d in got] == [
        ("Holde en loppemarked for hele foreningen", ["Mads Lund", "Ole Berg"], date(2026, 5, 9))
    ]


def test_a_day_with_full_stops_may_follow_the_owner_named_after_the_task():
    head = HEAD.replace("1. Meddelelser", "1. Nøgler")
    got = task_forms.drafts("Nøglelisten skal opdateres. Mads laver den inden 1. maj.", head)
    assert [(d.title, d.owner_names, d.due_end) for d in got] == [
        ("Opdatere nøglelisten", ["Mads Lund"], date(2026, 5, 1))
    ]


def test_the_sentences_adverb_after_the_verb_is_no_part_of_the_tasks_title():
    got = jobs(
        "Karen kontakter nu vognmanden om prisen. Ole sender også referatet til haveudvalget. "
        "Mads rydder straks stien."
    )
    assert [t for t, _ in got] == [
        "Kontakte vognmanden om prisen",
        "Sende referatet til haveudvalget",
        "Rydde straks stien",
    ]


def test_what_a_group_consists_of_is_no_task_its_coordinator_named_alone_owns_the_line():
    head = HEAD.replace("1. Meddelelser", "1. Sommerfesten")
    got = jobs("Festgruppen består af Lisbet, Hanne og Ole. Lisbet er tovholder.", head)
    assert got == [("Lisbet er tovholder", ["Lisbet"])]


def test_after_a_passive_wish_the_clause_with_its_own_subject_titles_the_task():
    head = HEAD.replace("1. Meddelelser", "1. Bankforbindelse")
    got = jobs("Ny bank ønskes i bestyrelsen, Sydfyns Sparekasse foretrækkes og kontaktes.", head)
    assert got == [("Kontakte Sydfyns Sparekasse", [])]


def test_what_is_to_be_handed_in_in_the_passive_is_a_task():
    head = HEAD.replace("1. Meddelelser", "1. Regnskab")
    got = task_forms.drafts("Kassebogen afleveres til revisor senest 1. maj.", head)
    assert [(d.title, d.due_end) for d in got] == [
        ("Aflevere kassebogen til revisor", date(2026, 5, 1))
    ]


def test_a_lone_passive_is_about_the_subject_of_the_sentence_before():
    head = HEAD.replace("1. Meddelelser", "1. Økonomi")
    got = task_forms.drafts(
        "Forslag til næste års budget blev efterlyst. Afleveres senest 15. april.", head
    )
    assert [(d.title, d.due_end) for d in got] == [
        ("Aflevere forslag til næste års budget", date(2026, 4, 15))
    ]


def test_a_passive_tasks_subject_may_have_its_complement_after_over():
    head = HEAD.replace("1. Meddelelser", "1. Nøgler")
    assert jobs("Listen over nøgler og koder skal opdateres.", head) == [
        ("Opdatere listen over nøgler og koder", [])
    ]
