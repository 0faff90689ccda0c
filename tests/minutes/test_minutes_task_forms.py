"""Tasks, owners and deadlines in the forms real minutes write them (issue 25).

Each document here is written for the test in the shape real referater have: passive and wish
forms, referrals to a department, names nobody listed, roles, owners in parentheses, and the
sentences that only report, approve, date or sign.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Skolebestyrelsen – Referat – 4. marts 2026\n\n"
    "Deltagere: Jens Hansen (formand), Eva Lund, Bo Jessen, Nils Riiber Høj\n\n"
    "1. Skolens udearealer\n\nBeslutning\n\n"
)


def drafts(decision: str, head: str = HEAD):
    return extract_draft_actions(parse_minutes(head + decision + "\n"))


def jobs(decision: str, head: str = HEAD) -> list[tuple[str, list[str], object]]:
    """Each draft as (title, owners, deadline's last day): what the review shows of it."""
    return [(d.title, d.owner_names, d.due_end) for d in drafts(decision, head)]


def one(decision: str, head: str = HEAD):
    got = drafts(decision, head)
    assert len(got) == 1, [d.title for d in got]
    return got[0]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Hjemmesiden ajourføres med de nye mødedatoer.",
            "Ajourføre hjemmesiden med de nye mødedatoer",
        ),
        ("Det skal rettes til inden udsendelse.", "Rette det til inden udsendelse"),
        (
            "Der skal indkaldes til et ekstra møde om budgettet.",
            "Indkalde til et ekstra møde om budgettet",
        ),
        ("Børnehaven skal inddrages i planlægningen.", "Inddrage børnehaven i planlægningen"),
        ("Listen bliver revideret og lagt på intra.", "Revidere listen og lagt på intra"),
        ("Sagen genoptages på et senere møde.", "Genoptage sagen på et senere møde"),
        ("Sendes rundt til underskrift.", "Sende rundt til underskrift"),
        (
            "Der arbejdes fortsat på at skaffe en ny pedel.",
            "Arbejde fortsat på at skaffe en ny pedel",
        ),
        (
            "Bestyrelsen ønsker en evaluering af madordningen forelagt i juni.",
            "Forelægge en evaluering af madordningen",
        ),
    ],
)
def test_passive_and_wish_forms_are_tasks(sentence, title):
    assert one(sentence).title == title


def test_a_wish_for_something_delivered_keeps_its_deadline_and_the_body_that_wished():
    draft = one("Bestyrelsen ønsker en evaluering af madordningen forelagt i juni.")
    assert (draft.due_start, draft.due_end) == (date(2026, 6, 1), date(2026, 6, 30))
    assert draft.owner_names == ["Skolebestyrelsen"]


def test_a_referral_with_a_purpose_belongs_to_the_department_and_the_meeting_is_no_deadline():
    head = "REFERAT Byrådet d. 03-09-2026\n\nPunkt 7: Forslag om nye cykelstier\n\nBeslutninger\n\n"
    draft = one(
        "Fremsendes til Magistratsafdelingen for Teknik og Miljø med henblik på udarbejdelse af "
        "en indstilling, jf. byrådets vedtagelse i mødet den 3. september 2026 om behandling af "
        "forslaget.",
        head,
    )
    assert draft.title == "Udarbejde en indstilling"
    assert draft.owner_names == ["Magistratsafdelingen for Teknik og Miljø"]
    assert (draft.deadline_text, draft.due_start, draft.due_end) == (None, None, None)
    # a referral to a committee for its agenda is the committee's business, no task
    assert drafts("Fremsendes til Teknisk Udvalg til behandling.", head) == []


def test_two_departments_receive_the_referral():
    draft = one(
        "Fremsendes til Magistratsafdelingen for Sociale Forhold og Beskæftigelse og "
        "Magistratsafdelingen for Børn og Unge med henblik på udarbejdelse af en indstilling."
    )
    assert draft.owner_names == [
        "Magistratsafdelingen for Sociale Forhold og Beskæftigelse",
        "Magistratsafdelingen for Børn og Unge",
    ]


def test_a_department_opening_the_sentence_is_the_owner_and_not_part_of_the_title():
    draft = one("Magistratsafdelingen for Kultur og Borgerservice udarbejder notat.")
    assert draft.title == "Udarbejde notat"
    assert draft.owner_names == ["Magistratsafdelingen for Kultur og Borgerservice"]
    draft = one("Center for Social, Sundhed og Beskæftigelse sender tallene til udvalget.")
    assert draft.owner_names == ["Center for Social, Sundhed og Beskæftigelse"]


def test_a_postponement_for_someones_answer_is_their_task():
    draft = one(
        "Bestyrelsen besluttede at udsætte sagen med henblik på forvaltningens besvarelse af "
        "bestyrelsens spørgsmål."
    )
    assert (draft.title, draft.owner_names) == ("Besvare bestyrelsens spørgsmål", ["Forvaltningen"])


def test_two_people_are_two_owners_whether_the_list_names_them_or_not():
    head = "Skolebestyrelsen – Referat – 4. marts 2026\n\n1. Trivsel\n\nBeslutning\n\n"
    draft = one("Charlotte og Lasse beskriver processen for ansøgninger.", head)
    assert (draft.title, draft.owner_names) == (
        "Beskrive processen for ansøgninger",
        ["Charlotte", "Lasse"],
    )
    draft = one("Eva og Lasse beskriver processen for ansøgninger.")
    assert draft.owner_names == ["Eva Lund", "Lasse"]
    draft = one("Kirstine, Anne og Jara laver en folder til nye medlemmer.", head)
    assert draft.owner_names == ["Kirstine", "Anne", "Jara"]


def test_a_name_nobody_listed_does_a_task_only_before_a_verb_of_doing():
    head = "Bestyrelsen – Referat – 4. marts 2026\n\n1. Værdibokse\n\nBeslutning\n\n"
    draft = one("Kirstine bestiller.", head)
    assert (draft.title, draft.owner_names) == ("Bestille (Værdibokse)", ["Kirstine"])
    draft = one("Skolen skal udarbejde et oplæg til politisk behandling.", head)
    assert draft.owner_names == ["Skolen"]
    assert drafts("Kommunikation bør forklare baggrunden for reformen.", head) == []
    assert drafts("Ledertrivsel afhænger af en sund mødekultur.", head) == []
    assert drafts("Trivsel skal prioriteres på alle niveauer.", head) == []


def test_owners_in_parentheses_after_the_task():
    draft = one("Hjemmesiden opdateres med de nye billeder (Bo).")
    assert (draft.title, draft.owner_names) == (
        "Opdatere hjemmesiden med de nye billeder",
        ["Bo Jessen"],
    )
    assert one("Referatet rundsendes (NRH).").owner_names == ["Nils Riiber Høj"]
    assert one("Referatet rundsendes (Steen).").owner_names == ["Steen"]
    assert one("Referatet rundsendes (SF).").owner_names == []  # a party's letters


def test_a_role_is_the_person_the_list_of_attendees_says_holds_it():
    draft = one("Formanden lovede at sende et brev til borgmesteren.")
    assert (draft.title, draft.owner_names) == ("Sende et brev til borgmesteren", ["Jens Hansen"])
    head = "Ældrerådet – Referat – 4. marts 2026\n\n1. Brev\n\nBeslutning\n\n"
    assert one("Formanden sender en venlig reminder.", head).owner_names == ["Formanden"]


def test_we_and_the_board_are_the_forum_itself():
    assert one("Vi sender en invitation til forældrene.").owner_names == ["Skolebestyrelsen"]
    assert one("Bestyrelsen sender en invitation.").owner_names == ["Skolebestyrelsen"]
    head = "Referat\n\nMødedato: 4. marts 2026\n\nPunkt 1: Fest\n\nBeslutning\n\n"
    assert one("Bestyrelsen sender en invitation.", head).owner_names == ["Bestyrelsen"]


def test_a_decision_to_do_two_things_is_two_tasks_and_the_delay_is_the_second_ones():
    got = drafts(
        "Rådet besluttede at betale kontingentet for 2026 og evaluere medlemskabet efter et år."
    )
    assert [(d.title, d.due_end) for d in got] == [
        ("Betale kontingentet for 2026", None),
        ("Evaluere medlemskabet", date(2027, 3, 4)),
    ]


def test_what_follows_a_discussion_is_the_task():
    draft = one("Bestyrelsen drøftede henvendelsen og svarer forælderen, at det er skolens ansvar.")
    assert draft.title.startswith("Svare forælderen")


def test_a_remark_on_an_approval_is_a_task():
    draft = one(
        "Indstillingen godkendt med denne bemærkning: Skolen får adgang til hallen om fredagen."
    )
    assert draft.title.startswith("Skolen får adgang til hallen")


def test_a_weekday_at_the_end_is_the_coming_one():
    draft = one("Eva skriver ud til alle forældre fredag.")  # the meeting is Wednesday 4 March
    assert (draft.deadline_text, draft.due_start) == ("på fredag", date(2026, 3, 6))


@pytest.mark.parametrize(
    "sentence",
    [
        "Rådet har rykket for svar.",
        "Kommunalbestyrelsen har godkendt afviklingen af valget i november 2026.",
        "Indkaldt til næste møde 14. maj.",
        "Orienteringen blev taget til efterretning.",
        "Ledelsen orienterer om situationen.",
        "Eva Lund skitserer formålet med workshoppen.",
        "Bestyrelsen besluttede at godkende dagsordenen.",
        "Dagsorden godkendt.",
        "Venlig hilsen Eva Lund",
        "Ref.: NRH",
        "Næste møde: 12. maj 2026 kl. 17.",
        "Næste bestyrelsesmøde er berammet til 12. maj 2026.",
        "23. maj 2026 kl. 10:00-12:00",
        "Mødet for trivselsambassadørerne er den 8. april på skolen.",
        "Arbejdstilsynet kommer på besøg på torsdag.",
        "Forslag om udvidelse af skoledagen fra den 1. august 2026.",
        "BESLUTNINGSFORSLAG FRA V OG C",
        "Vi foreslår, at der igangsættes en undersøgelse af trafikken.",
        "På regionsmødet blev det vedtaget, at der skal betales kontingent.",
        "Sagens elementer drøftet, herunder hvordan der arbejdes videre med sagen.",
        "Eva svarer, at planen er klar.",
        "Ingen møde i juli.",
    ],
)
def test_reports_approvals_dates_and_signatures_are_no_tasks(sentence):
    assert drafts(sentence) == []


def test_tasks_joined_by_dashes_and_commas_keep_their_own_doers():
    head = "Forældrerådet – Referat – 4. marts 2026\n\n1. Sommerfest\n\nBeslutning\n\n"
    got = drafts(
        "Helle kender antallet af gæster – PT laver aftale med købmanden – Kristian henter "
        "varerne – Helle sørger for glas.",
        head,
    )
    assert [(d.title, d.owner_names) for d in got] == [
        ("Lave aftale med købmanden", ["PT"]),
        ("Hente varerne", ["Kristian"]),
        ("Sørge for glas", ["Helle"]),
    ]
    got = drafts("Planen bliver lagt på hjemmesiden, Bo laver et opslag.")
    assert [(d.title, d.owner_names) for d in got] == [
        ("Lægge planen på hjemmesiden", []),
        ("Lave et opslag", ["Bo Jessen"]),
    ]


def test_initials_and_a_helper_in_parentheses():
    head = (
        "Seniorrådet – Referat – 4. marts 2026\n\n"
        "Deltagere: Ib H. Sørensen (IH), Vivi Nobel (VN)\n\n1. Arrangementer\n\nBeslutning\n\n"
    )
    assert one("IH sender programmet til kommunen.", head).owner_names == ["Ib H. Sørensen"]
    draft = one("Vivi (Ib) bestiller borde og stole.", head)
    assert (draft.title, draft.owner_names) == ("Bestille borde og stole", ["Vivi Nobel"])


def test_a_chair_who_will_do_something_has_a_task_a_collective_that_should_has_not():
    assert one("Formanden vil fremover varetage styringen af arrangementerne.").owner_names == [
        "Jens Hansen"
    ]
    assert drafts("Ledelsen skal oversætte reformens betydning.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Onsdag d. 4. november 2026, kl 19.30 på skolen",
        "Vi afventer svar fra kommunen.",
        "Aftalte møder for hele året.",
    ],
)
def test_meeting_lists_and_waiting_are_no_tasks(sentence):
    assert drafts(sentence) == []


def test_party_letters_after_a_name_and_a_wish_that_something_be_made():
    head = (
        "Udvalget – Referat – 4. marts 2026\n\nDeltagere: Rasmine Berg (IA), Ane Lund (S)\n\n"
        "1. Eventuelt\n\nBeslutning\n\n"
    )
    draft = one("Rasmine Berg (IA) ønsker at der skal laves et uddybende oplæg om havnen.", head)
    assert (draft.title, draft.owner_names) == (
        "Lave et uddybende oplæg om havnen",
        ["Rasmine Berg"],
    )
    # asking whether something should be done is a report of the meeting, not a task
    assert drafts("Ane Lund (S) spurgte ind til, om sagerne skal forelægges udvalget.", head) == []


def test_the_main_clause_after_a_condition_is_the_task():
    draft = one("Når det er afgjort, om rådet kan fortsætte, vil bestyrelsen konstituere sig igen.")
    assert draft.owner_names == ["Skolebestyrelsen"]


def test_one_of_two_people_with_the_same_first_name_is_proposed_as_nobody():
    head = (
        "Bestyrelsen – Referat – 4. marts 2026\n\nDeltagere: Eva Lund, Eva Holm\n\n"
        "1. Folder\n\nBeslutning\n\n"
    )
    assert one("Eva og Kirstine laver en folder.", head).owner_names == ["Kirstine"]
    assert one("Eva H og Kirstine laver en folder.", head).owner_names == ["Eva Holm", "Kirstine"]


def test_the_noun_of_a_verb_of_doing_names_a_task():
    assert one("Udarbejdelse af mødeplan for næste skoleår.").title == (
        "Udarbejde mødeplan for næste skoleår"
    )
    assert drafts("Drøftelse af lejrskolen.") == []  # the noun of a discussion


def test_a_heading_word_as_the_subject_of_a_passive_is_a_task():
    draft = one("Orientering fra elevrådet medtages som fast punkt under meddelelser.")
    assert draft.title.startswith("Medtage orientering fra elevrådet")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi opererer med puljer, så vi har midler til valgkampen.",
        "Håb om at næste møde kan blive med fysisk fremmøde.",
        "1/11 – personalemøde med fokus på fællesskab.",
        "Onsdag 9/10 og torsdag 12/12",
    ],
)
def test_how_things_are_done_hopes_and_calendar_lines_are_no_tasks(sentence):
    assert drafts(sentence) == []


def test_an_approved_proposal_to_do_something_is_that_task_and_a_postponement_its_year():
    draft = one("B) Forslaget om at udskyde vurderingen af taksterne til 2027 godkendes.")
    assert draft.title == "Udskyde vurderingen af taksterne til 2027"
    assert one("b) Nyt skilt sættes op ved indgangen.").title == "Sætte nyt skilt op ved indgangen"
    assert (draft.due_start, draft.due_end) == (date(2027, 1, 1), date(2027, 12, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        "Møderne afholdes 3. torsdag i hver måned – juli måned undtaget.",
        "Møder afholdes på skift hos bestyrelsesmedlemmerne.",
        "Frekvens af møder fastsættes til 4 – 5 møder per år og i øvrigt efter behov.",
    ],
)
def test_how_the_body_will_meet_is_an_arrangement_not_a_task(sentence):
    assert drafts(sentence) == []


def test_a_single_meeting_to_hold_is_still_a_task():
    assert [d.title for d in drafts("Møde afholdes med Inge i september.")] == [
        "Afholde møde med Inge"
    ]


NEWS_HEAD = (
    "Menighedsrådet – Referat – 4. marts 2026\n\n"
    "Deltagere: Thomas Berg, Birgitte Holm, Mette Dal, Hanne Lund\n\n"
    "5. Meddelelser fra udvalgene\n\n"
)


def test_nouns_of_doing_with_their_owners_in_parentheses_are_tasks_even_under_news():
    # a parish council's list under an item of news: what is to be done, and by whom
    got = jobs(
        "a) Kontaktperson\n"
        "- Revision af gudstjenestefolder (Thomas og Birgitte)\n"
        "- Indkøb af fadderbreve (Thomas)\n"
        "- Husorden i køkken - revision (Mette)\n"
        "- Nye salmebøger er kommet\n",
        NEWS_HEAD,
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Revidere gudstjenestefolder", ["Thomas Berg", "Birgitte Holm"]),
        ("Indkøbe fadderbreve", ["Thomas Berg"]),
        ("Revidere husorden i køkken", ["Mette Dal"]),
    ]


def test_a_topic_and_the_noun_of_a_doing_without_an_owner_is_no_task():
    # "Sommerfest - planlægning" heads what was said; without who, nothing to track
    assert jobs("Sommerfest - planlægning\nVi talte om datoen.\n") == []


def test_people_a_passive_is_done_to_are_not_its_owners():
    # someone signs them up: Knud and Ib are who it is done to, not who does it
    head = NEWS_HEAD.replace("Mette Dal, Hanne Lund", "Knud Holm, Ib Dal")
    got = jobs("Knud og Ib tilmeldes til bispevielsen.", head)
    assert got == [("Tilmelde Knud og Ib til bispevielsen", [], None)]
    recruit = jobs("Der søges nye trænere til fodbold.")
    assert recruit == [("Søge nye trænere til fodbold", [], None)]
    assert jobs("Der søges altid efter nye medlemmer.") == []  # a standing practice


@pytest.mark.parametrize(
    "sentence",
    [
        "Det må ikke sættes på hjemmesiden, før det er godkendt.",
        "Medlemskort: Der laves ikke nye hvert år.",
    ],
)
def test_a_doing_denied_is_no_task(sentence):
    assert jobs(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # what a council's case puts before the meeting, for its information
        "Til orientering forelægges regnskabsresultat 2025 for udvalgets budgetområde.",
        "Sagen forelægges hermed til orientering.",
        # the last minutes approved and signed: the meeting's own step, however long the name
        "Referat fra Organisationsbestyrelsesmøde den 7. november 2025 skal godkendes og "
        "underskrives af formand og direktør.",
        "Det indstilles, at referatet godkendes og underskrives af bestyrelsen.",
    ],
)
def test_what_the_meeting_itself_does_with_a_case_is_no_task(sentence):
    assert jobs(sentence) == []


def test_an_items_title_said_again_in_its_text_is_no_task():
    head = HEAD.replace("1. Skolens udearealer", "9. Indkaldelse af indstillinger til kulturprisen")
    assert (
        jobs("Indkaldelse af indstillinger til kulturprisen. Udvalget drøftede sagen.", head) == []
    )
    # a contents line run into the text: the next item's number is no day
    assert jobs("Evaluering af medlemsmøder 10.") == []
    # with its own day, the same noun is a task for then
    assert [t for t, _, _ in jobs("Evaluering af arbejdsdagen 25. april.")] == [
        "Evaluere arbejdsdagen"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a rule for every member, not a task for anyone now
        "Husk at opdatere jolleregistret, når du køber eller sælger en jolle.",
        # an appeal to all the members, not a job for anyone
        "Medlemmerne opfordres til at fordele folderne i deres nærområde.",
        "Alle forældre opfordres kraftigt til at tilmelde sig inden fristen.",
        # a case closed, an offer declined
        "Bestyrelsen har besluttet, at gavekortet er afskaffet, derfor er denne sag lukket.",
        "Bo Jessen siger nej tak.",
        # the board's posts, as it constituted itself
        "Bestyrelsen konstituerer sig som følger: Formand: Eva Lund Næstformand: Bo Jessen",
        # an event under its name, with only its day
        "Cederdorf-løbet 2026: Afholdes den 28. august 2026.",
        # what may be, what there will be: no doing
        "Et kursus lokalt nås ikke i år. Det kan måske blive i foråret 2027.",
        "26. april 2027 vil der være åbent hus for alle roere.",
    ],
)
def test_rules_closed_cases_posts_and_fixtures_are_no_tasks(sentence):
    assert jobs(sentence) == []


def test_a_fixture_with_a_job_for_it_keeps_the_job():
    got = jobs("Generalforsamling: Afholdes den 3. marts, Bo Jessen booker salen.")
    assert [owners for _, owners, _ in got] == [["Bo Jessen"]] and "salen" in got[0][0]


def test_a_reading_then_a_job_and_a_check_to_make_are_tasks():
    got = jobs(
        "Eva Lund gennemgår de seneste års referater og laver en sammenfatning af reglerne. "
        "Det checkes, om alle udvalgsformænd har adgang til kalenderen."
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Lave en sammenfatning af reglerne", ["Eva Lund"]),
        ("Checke, om alle udvalgsformænd har adgang til kalenderen", []),
    ]
    # a reading, then thanks: no job
    assert jobs("Formanden gennemgår budgettet og takker for indsatsen.") == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Tilmeldingsliste kommer på opslagstavlen snarest.",
            "Sætte tilmeldingsliste på opslagstavlen",
        ),
        ("Referatet kommer på hjemmesiden.", "Sætte referatet på hjemmesiden"),
        ("Billederne fra Łódź kommer op på Facebook.", "Sætte billederne fra Łódź på Facebook"),
    ],
)
def test_a_thing_that_comes_up_where_the_members_read_is_put_up(sentence, title):
    assert [t for t, _, _ in jobs(sentence)] == [title]


def test_one_who_comes_on_a_visit_is_no_thing_put_up():
    assert jobs("Han kommer på besøg i næste uge.") == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Eva Lund har termokander med kaffe med til eftermiddagen.",
            "Have termokander med kaffe med",
        ),
        ("Bo Jessen tager en af opgaverne.", "Tage en af opgaverne"),
        ("Eva Lund orienterer provstisekretæren.", "Orientere provstisekretæren"),
        ("Eva Lund hører Brugsen om kurve til børnene.", "Høre Brugsen om kurve til børnene"),
        (
            "Bo Jessen drøfter dette med Łukasz, så det kommer med i planen.",
            "Drøfte dette med Łukasz",
        ),
    ],
)
def test_a_thing_to_bring_a_job_taken_one_to_inform_are_tasks(sentence, title):
    got = jobs(sentence)
    assert len(got) == 1 and got[0][0].startswith(title) and got[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eva Lund orienterer bestyrelsen om status på legepladsen.",
        "Bo Jessen har ondt med ryggen.",
        "Bo Jessen hører til i klubben.",
    ],
)
def test_told_here_or_a_state_with_the_same_verbs_is_no_task(sentence):
    assert jobs(sentence) == []
