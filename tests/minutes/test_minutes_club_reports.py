"""Sentences of a club's or a council's report that are no tasks, and the tasks beside them
(issue 25, held-out round 9): a day gone by or a span of opening days is no deadline.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from tests.minutes import test_minutes_task_forms as task_forms
from tracker.minutes.splitting import split_sentences

HEAD = (
    "Referat af bestyrelsesmøde i Svømmeklubben Bølgen 4. marts 2026\n\n"
    "Til stede: Karen, Otto, Vibeke, Asger, Malthe\n\n"
    "1. Nyt fra udvalgene\n\n"
)


def drafts(decision: str):
    return task_forms.drafts(decision, HEAD)


def test_last_friday_is_a_day_gone_by_not_a_deadline():
    assert drafts("Flot indsats af juniorholdet ved stævnet sidste fredag.") == []


def test_a_span_of_weekdays_is_opening_days_not_a_deadline():
    assert drafts("Lørdag til søndag 10.00 til 14.00 efter aftale med Otto.") == []
    (got,) = drafts("Otto sender listen ud senest fredag.")
    assert got.due_end is not None


def test_the_day_a_meeting_was_moved_from_is_no_deadline():
    # The old day lies ahead of the referat too (4 March): only its words say it is gone.
    got = drafts(
        "VIGTIGT: Mødet d. 20/3 er rykket til den 27/3 kl. 12-15 i klubhuset, hvor alle "
        "medlemmer kommer og hjælper med at stille op."
    )
    assert got and all(d.due_end is None or d.due_end.isoformat() == "2026-03-27" for d in got)
    (kept,) = drafts("Otto stiller stole op inden mødet d. 20/3.")
    assert kept.due_end.isoformat() == "2026-03-20"


def test_a_meeting_named_by_its_order_or_a_held_line_without_subject_is_the_calendars():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Klubhuset")
    assert task_forms.drafts("Første møde afholdes i oktober 2026.", head) == []
    assert task_forms.drafts("Festen er flyttet. Afholdes som en heldagsfest.", head) == []
    (got,) = task_forms.drafts("Medlemsmødet om klubhuset afholdes i uge 40.", head)
    assert got.title == "Afholde medlemsmødet om klubhuset"


def test_green_light_written_as_one_word_is_a_purchase_to_make():
    (got,) = drafts("Otto har fundet et tilbud, der gives grøntlys til køb af 4 startskamler.")
    assert "4 startskamler" in got.title


def test_work_going_on_told_under_a_general_orientation_is_no_task():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Generel orientering om klubbens hold")
    assert task_forms.drafts("Vi arbejder fortsat med den nye holdstruktur.", head) == []
    (got,) = task_forms.drafts("Vi arbejder videre med den nye holdstruktur.", head)
    assert got.title == "Arbejde videre med den nye holdstruktur"


def test_agreeing_on_how_good_a_thing_is_is_no_task():
    assert drafts("Vi var enige om at forslagene er superfine.") == []
    (got,) = drafts("Vi blev enige om at Vibeke er tovholder.")
    assert "tovholder" in got.title


def test_a_question_asked_at_the_meeting_is_no_task_and_an_ok_after_an_arrow_is_one():
    assert drafts("Trænerne spørger til reglerne for nye svømmere.") == []
    (got,) = drafts(
        "Udvalget spørger om de må låne bussen til stævnet -> OK til at bestille en bus i stedet."
    )
    assert (got.title, got.owner_names) == ("Bestille en bus i stedet", ["Udvalget"])
    (asked,) = drafts("Asger spørger kommunen om lov til at bruge hallen.")
    assert asked.owner_names == ["Asger"]


def test_a_modal_passive_of_a_chore_is_a_task_with_the_verb_first():
    assert [d.title for d in drafts("Tilmeldingerne skal gennemgås.")] == [
        "Gennemgå tilmeldingerne"
    ]
    assert [d.title for d in drafts("Medlemslisterne skal gennemgåes.")] == [
        "Gennemgå medlemslisterne"
    ]
    assert [d.title for d in drafts("Tøjet i omklædningsrummet skal samles op.")] == [
        "Samle tøjet i omklædningsrummet op"
    ]


def test_so_it_must_be_done_is_a_task_for_the_thing_named_first():
    (got,) = drafts("Sandet ligger i bassinet, så det skal fejes op.")
    assert got.title == "Feje sandet op"


def test_a_compound_written_apart_as_the_subject_of_a_passive_is_a_task():
    (got,) = drafts("Tilskud ansøgning skal sendes.")
    assert got.title == "Sende tilskud ansøgning"


def test_doing_this_under_a_short_item_names_the_item():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Julekort")
    (got,) = task_forms.drafts("Vibeke laver dette.", head)
    assert (got.title, got.owner_names) == ("Lave dette (Julekort)", ["Vibeke"])


def test_being_included_in_a_course_is_no_task():
    assert drafts("Gode tanker om, hvordan alle svømmere kommer med i forløbet.") == []


def test_the_heading_of_the_minutes_is_no_task():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Klubhuset")
    got = task_forms.drafts("Beslutnings referat af bestyrelsesmøde 12. maj 2026 hos Karen", head)
    assert got == []


def test_a_letter_quoted_in_the_first_person_is_no_task_of_the_forums():
    assert drafts("Jeg vil arbejde videre med ideen og vende tilbage.") == []


def test_a_committees_event_with_its_day_is_news():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Klubhuset")
    assert task_forms.drafts("Stævneudvalg: Forårsstævne 9. maj.", head) == []


def test_a_thing_fronted_before_a_passive_is_its_object():
    (got,) = drafts("Malthe kender en træner. Det skal der snarest tages stilling til.")
    assert got.title == "Tage stilling til det"


def test_a_meeting_someone_is_to_have_next_week_is_their_task():
    (got,) = drafts("Formand har møde med revisoren i næste uge.")
    assert (got.title, got.owner_names) == ("Holde møde med revisoren", ["Formand"])
    assert got.due_end is not None
    assert drafts("Formand har haft møde med revisoren.") == []


def test_a_reminder_to_everyone_names_the_thing_to_remember():
    (got,) = drafts("Der gøres opmærksom på at huske at søge tilskud til rejsen.")
    assert got.title == "Huske at søge tilskud til rejsen"


def test_becoming_better_at_something_is_an_intention():
    assert drafts("Vi skal blive bedre til at melde afbud i god tid.") == []


def test_a_need_without_its_verb_is_a_thing_to_get_and_a_hoped_day_its_deadline():
    got = drafts(
        "Bassinet skal renses. Der skal nye liner i bassinet. Vi håber at nå det inden påske."
    )
    assert [(d.title, d.due_end is not None) for d in got] == [
        ("Rense bassinet", False),
        ("Få nye liner i bassinet", True),
    ]


def test_a_bare_follow_up_belongs_to_the_task_before_it():
    got = drafts("Otto skal indhente tilbud på nye startblokke. Frist: 1. maj. Vibeke følger op.")
    assert [(d.title, d.owner_names) for d in got] == [
        ("Indhente tilbud på nye startblokke og følge op", ["Otto", "Vibeke"])
    ]


def test_the_label_before_a_deadline_is_no_part_of_the_title():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Opfølgning fra sidste møde")
    got = task_forms.drafts(
        "Status:\nOtto skal indhente tilbud på nye startblokke\nForventes færdigt:\n1. maj 2026.",
        head,
    )
    assert [(d.title, str(d.due_end)) for d in got] == [
        ("Indhente tilbud på nye startblokke", "2026-05-01")
    ]


def test_a_lost_line_break_before_a_first_name_and_its_verb_opens_a_task():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Klubhuset")
    text = "Næste skridt: Møde med svømmeforbundet Gorm koordinerer med Otto Berg."
    got = task_forms.drafts(text, head)
    assert [(d.title, d.owner_names) for d in got] == [
        ("Møde med svømmeforbundet", []),
        ("Koordinere med Otto Berg", ["Gorm"]),
    ]
    (both,) = drafts("Karen og Anne Marie sørger for kage.")
    assert both.owner_names == ["Karen", "Anne Marie"]


def test_a_plan_not_to_after_pt_is_no_task():
    assert (
        drafts(
            "Holdet har 30 svømmere pt. Lille interesse for stævnet så vi tænker ikke at "
            "tilmelde os til næste år."
        )
        == []
    )


def test_pt_before_a_capital_ends_the_sentence():
    assert split_sentences("Holdet har 30 svømmere pt. Lille interesse for stævnet.") == [
        "Holdet har 30 svømmere pt.",
        "Lille interesse for stævnet.",
    ]


def test_who_drives_a_thing_after_a_dash_owns_it():
    (got,) = drafts("Jubilæumsgaven bliver en bænk – Gitte Dam og Asger er tovholdere her.")
    assert (got.title, got.owner_names) == ("Jubilæumsgaven bliver en bænk", ["Gitte Dam", "Asger"])


def test_a_label_line_run_into_the_next_is_no_part_of_its_subject():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Klubhuset")
    (got,) = task_forms.drafts("Orientering\nByggetilladelse ansøgning skal sendes.", head)
    assert got.title == "Sende byggetilladelse ansøgning"


def test_the_lines_under_what_remains_are_tasks_and_those_under_what_is_done_are_not():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Arbejdsweekend")
    got = task_forms.drafts(
        "Af færdige projekter kan nævnes:\n• Maling af depotet.\n• Udskiftning af lamper.\n"
        "Resterende opgaver:\n• Rensning af tagrender\n• Opsætning af nye knager",
        head,
    )
    assert [d.title for d in got] == ["Rensning af tagrender", "Opsætning af nye knager"]


def test_a_remaining_heading_after_a_sentence_leads_the_lines_after_it():
    head = HEAD.replace("1. Nyt fra udvalgene", "1. Arbejdsweekend")
    got = task_forms.drafts(
        "Tak til Karen for kagen.\n\nResterende projekter:\n\n• Rensning af tagrender", head
    )
    assert [d.title for d in got] == ["Rensning af tagrender"]
