"""Tasks in the shapes of a small board's minutes (issue 25, round 7): what is only said
("Bo melder OK", a question without its mark, the past, a verdict, opening hours), what is
asked in other words ("blev man enige om, at …", "Der besluttes at …", "pålagde os at …",
"NAME blev bedt om at …", "er ved at undersøge …"), titles of inverted and passive sentences,
an item put off to a later meeting, and dates that are not a task's deadline.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Bådelauget Mågen\nDato: 4. marts 2026\n"
    "Til stede: Inger Holm, Palle Bak, Tove Ry\n\n"
)


def rows(body: str):
    drafts = extract_draft_actions(parse_minutes(HEAD + body))
    return [(d.agenda_item_number, d.title, d.owner_names, d.due_end) for d in drafts]


def test_what_is_only_said_is_no_task():
    got = rows(
        "1. Udvalgene\n\nSvend melder OK.\n\nKunne der sættes en bænk op ved slæbestedet.\n\n"
        "Tidligere har der været aftalt at klubberne deler udgiften.\n\n"
        "Enighed om en god sæsonstart.\n\nCaféen: De holder åbent uge 28 og 29.\n\n"
        "Sommerlejren bliver afholdt med flot fremmøde.\n\n"
        "Tilskuddet fra sidste år bliver ikke videreført i år.\n\n"
        "Søndagsroning, som tænkes fortsat hele året.\n\n"
        "Tove sender referatet til kommunen.\n"
    )
    assert got == [(1, "Sende referatet til kommunen", ["Tove Ry"], None)]


def test_a_task_said_as_an_agreement_a_decision_or_an_order_is_read_for_its_words():
    got = rows(
        "1. Vandprøver\n\nEfter en kort drøftelse af reglerne blev man enige om, at bestille "
        "nye prøveglas.\n\nDer besluttes at invitere havnefogeden til standerhejsningen.\n\n"
        "Tilsynets rapport fra sidste eftersyn pålagde os at få rampen repareret.\n\n"
        "Herluf blev bedt om at give klubbens svar videre til kommunen.\n\n"
        "Gerda er ved at undersøge, om der er plads til en ny container.\n\n"
        "Bestyrelsen tog orienteringen til efterretning og besluttede at gennemgå budgettet "
        "igen.\n\nHenny vil kontakte forsikringen og har fået et tilbud fra banken.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Bestille nye prøveglas", []),
        ("Invitere havnefogeden til standerhejsningen", []),
        ("Få rampen repareret", []),
        ("Give klubbens svar videre til kommunen", ["Herluf"]),
        ("Undersøge, om der er plads til en ny container", ["Gerda"]),
        ("Gennemgå budgettet igen", ["Bådelauget Mågen"]),  # the board: the forum
        ("Kontakte forsikringen", ["Henny"]),
    ]


def test_titles_of_inverted_and_passive_sentences_start_with_the_verb():
    got = rows(
        "1. Klubhuset\n\nDerudover vil vi undersøge prisen på nye vinduer.\n\n"
        "Derudover må vi påregne at broen skal males og olieres.\n\n"
        "Ny træner bliver derfor opslået i april.\n\n"
        "Lyskæden: Den er gået i stykker. Det bliver bragt i orden.\n\n"
        "Kaffen koordineres mellem Inger og Palle.\n\nDer bliver ansat en ny bådsmand.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Undersøge prisen på nye vinduer", ["Bådelauget Mågen"]),  # "vi": the forum
        ("Male og oliere broen", ["Bådelauget Mågen"]),
        ("Opslå ny træner", []),
        ("Bringe i orden (Lyskæden)", []),
        ("Koordinere kaffen mellem Inger og Palle", ["Inger Holm", "Palle Bak"]),
        ("Ansætte en ny bådsmand", []),
    ]


def test_a_task_in_a_line_run_on_is_read_and_the_posts_that_take_it_own_it():
    got = rows(
        "1. Meddelelser\n\nDer er kommet 12 nye medlemmer ifølge listen.dk\n"
        "Der bør sendes et velkomstbrev til de nye medlemmer. Kasserer og sekretær tager action.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Sende et velkomstbrev til de nye medlemmer", ["Kasserer", "Sekretær"]),
    ]


def test_an_item_put_off_to_the_next_meeting_is_taken_up_again():
    got = rows(
        "1. Nye vedtægter for havnen\n\nPunktet bliver drøftet næste gang.\n\n"
        "2. Fortøjninger\n\nPunktet udsættes til næste møde.\n\n"
        "3. Placering af de gamle bådstativer ved havnekontoret – vinterpladsen\n\n"
        "Punktet behandles på næste møde.\n\n4. Eventuelt\n\nIntet.\n"
    )
    assert [(item, title) for item, title, _, _ in got] == [
        (1, "Genoptage punktet »Nye vedtægter for havnen« næste gang"),
        (2, "Genoptage punktet »Fortøjninger«"),  # "til næste møde": deadline words
        (3, "Genoptage punktet »Placering af de gamle bådstativer ved havnekontoret«"),
    ]


def test_a_day_given_as_an_example_or_as_the_events_is_no_deadline():
    got = rows(
        "1. Arrangementer\n\nJuleturen er aflyst, men det forsøges at samle holdet på en anden "
        "dag, f.eks. 18. december.\n\nDer indkaldes til generalforsamling d. 20. april 2026.\n\n"
        "Formanden indkalder til møde senest 30. marts.\n\n"
        "Kassereren indkalder til årsmøde onsdag 15. april.\n\n"
        "Sekretæren indkalder til dialogmøder i efteråret.\n"
    )
    assert got == [
        (1, "Forsøge at samle holdet på en anden dag, f.eks. 18. december", [], None),
        (1, "Indkalde til generalforsamling d. 20. april 2026", [], None),
        (1, "Indkalde til møde", ["Formanden"], date(2026, 3, 30)),
        (1, "Indkalde til årsmøde onsdag 15. april", ["Kassereren"], None),
        # a season is the time to call them in, no event's day: a deadline
        (1, "Indkalde til dialogmøder", ["Sekretæren"], date(2026, 11, 30)),
    ]


def test_a_fronted_phrase_a_visit_and_an_agent_after_the_particle_are_read():
    got = rows(
        "1. Havnen\n\nI den forbindelse søger Inger og Palle frivillige til oprydningen.\n\n"
        "D. 9/3 kl. 10.00 kommer Mads fra kommunen og gennemgår broen sammen med Tove.\n\n"
        "Nye fendere hentes hjem af Palle Bak.\n\n"
        "Med hensyn til maling af skuret vil arbejdet blive igangsat.\n\n"
        "Flagstangen: Den står i bero til efteråret.\n"
    )
    assert got == [
        (1, "Søge frivillige til oprydningen", ["Inger Holm", "Palle Bak"], None),
        (
            1,
            "Gennemgå broen sammen med Tove (Mads fra kommunen) kl. 10.00",
            ["Tove Ry"],
            date(2026, 3, 9),
        ),
        (1, "Hente nye fendere hjem", ["Palle Bak"], None),
        (1, "Igangsætte arbejdet med hensyn til maling af skuret", [], None),
    ]


def test_a_purchase_approved_is_a_task_a_proposal_misspelt_is_not_a_long_subject_keeps_its_verb():
    got = rows(
        "1. Materiel\n\nTrailerens dæk er slidt – derfor er der givet accept til indkøb af "
        "nye dæk.\n\nProblemerne med den våde plads/græsplænen ved skuret vil blive fremlagt "
        "for havnen.\n\nFormanden forslår at vi lægger sten på pladsen.\n"
    )
    assert [title for _, title, _, _ in got] == [
        "Indkøb af nye dæk",
        "Fremlægge problemerne med den våde plads/græsplænen ved skuret for havnen",
    ]


def test_a_body_after_a_lost_line_break_a_wish_for_another_and_a_status_given_here():
    got = rows(
        "1. Stiplanen\n\nKommunens planafdeling vil på mødet give en status på stiplanen. "
        "Planen skal revideres i løbet af vinteren og indgå i den nye kommuneplan "
        "Udvalget vil afholde et møde med kommunen når planen foreligger.\n\n"
        "Tove havde et ønske om, at Palle undersøger prisen på nye skilte.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Revidere planen og indgå i den nye kommuneplan", []),
        ("Afholde et møde med kommunen når planen foreligger", ["Bådelauget Mågen"]),
        ("Undersøge prisen på nye skilte", ["Palle Bak"]),
    ]


def test_samme_as_the_subject_stands_for_the_items_topic():
    got = rows(
        "1. Ny sejlplan\n\nForslaget blev gennemgået. Samme bliver præsenteret på klubaftenen "
        "onsdag 11/3.\n"
    )
    assert got == [(1, "Præsentere ny sejlplan på klubaftenen onsdag", [], date(2026, 3, 11))]


def test_several_doers_at_a_task_and_a_thing_about_to_be_done():
    got = rows(
        "1. Vedtægter\n\nFormanden, kassereren og Inger Holm er ved at revidere vedtægterne.\n\n"
        "Regnskabet er ved at blive færdigt.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Revidere vedtægterne", ["Formanden", "Kassereren", "Inger Holm"]),
    ]


def test_carrying_on_the_work_is_a_task_of_the_one_who_does():
    got = rows(
        "1. Vedtægter\n\nAlma Due fortsætter arbejdet med vedtægten.\n\nProjektet fortsætter.\n\n"
        "Vi fortsætter arbejdet med sejlplanen.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Fortsætte arbejdet med vedtægten", ["Alma Due"]),
        ("Fortsætte arbejdet med sejlplanen", ["Bådelauget Mågen"]),
    ]


def test_a_sentence_broken_over_two_paragraphs_is_read_whole():
    got = rows(
        "1. Klubhuset\n\nListerne sendes til kassereren, når de er\n\nopdateret. Inger\n\n"
        "lægger skemaet ud på hjemmesiden.\n"
    )
    assert [(title, owners) for _, title, owners, _ in got] == [
        ("Sende listerne til kassereren, når de er opdateret", []),
        ("Lægge skemaet ud på hjemmesiden", ["Inger Holm"]),
    ]
