"""Round 21: the shapes real minutes taught at stop 44.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from datetime import date, time

from tests.minutes import test_minutes_task_forms as task_forms
from tracker.minutes.parser import parse_minutes

PARTY_HEAD = (
    "Referat af bestyrelsesmøde 3. marts 2026\n\n"
    "Til stede: Grete Holm, Birgit Lund, Jens Ole Bak, Lene Krog, Klavs, Ida\n\n"
)


def test_a_duty_list_after_a_colon_gives_each_job_to_its_names():
    got = task_forms.jobs(
        "Forplejning: Ost fra mejeriet.\nØl og vand fra depot.\n"
        "Te, kaffe, servietter og blomster: Birgit.\nDuge: Grete.\n"
        "Praktiske rammer og menu: Lene, Klavs og Ida\nIda kontakter Tommy om lokalet.\n",
        PARTY_HEAD + "1. Generalforsamlingen\n\n",
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Sørge for te, kaffe, servietter og blomster", ["Birgit Lund"]),
        ("Sørge for duge", ["Grete Holm"]),
        ("Sørge for praktiske rammer og menu", ["Lene Krog", "Klavs", "Ida"]),
        ("Kontakte Tommy om lokalet", ["Ida"]),
    ]


def test_a_post_a_group_or_who_came_after_a_colon_is_no_duty():
    got = task_forms.jobs(
        "Kasserer og webmaster: Grete.\nSuppleanter: Lene og Klavs.\nFestudvalg: Ida og Birgit.\n"
        "Fremmødte: Grete, Lene, Klavs.\nValg af dirigent: Jens Ole Bak.\nReferant: Ida.\n",
        PARTY_HEAD + "1. Konstituering\n\n",
    )
    assert got == []


def test_a_name_nobody_knows_after_a_colon_is_no_duty():
    got = task_forms.jobs(
        "Udflugter: Christel Banke.\nSamarbejde: Kirkens Korshær.\n",
        PARTY_HEAD + "1. Aktiviteter\n\n",
    )
    assert got == []


def test_a_dated_title_below_the_pages_first_line_dates_the_meeting_and_is_no_item():
    minutes = parse_minutes(
        "Medlemsmøde\n\n \n\n"
        "Referat fra Havnens brugerudvalgs medlemsmøde i Lystrup den 12.10.2025\n\n"
        "Tilstede fra bestyrelsen var Eva Holm.\n\n"
        "Udvalgets beretning: Der har været mange gode sejldage i år og flere nye medlemmer.\n\n"
        "Økonomi: Regnskabet blev gennemgået og godkendt.\n\n"
        "Valg af revisor: Henrik Bak blev genvalgt.\n\n"
        "Eventuelt: Eva Holm kontakter kommunen om slæbestedet.\n"
    )
    assert minutes.date == date(2025, 10, 12)
    assert [item.title for item in minutes.agenda_items] == [
        "Udvalgets beretning",
        "Økonomi",
        "Valg af revisor",
        "Eventuelt",
    ]


def test_who_presents_and_the_kind_of_point_after_a_numbered_title_are_no_title():
    minutes = parse_minutes(
        "Referat skolebestyrelsesmøde 17. september 2025\n\n"
        "Deltagere: René, Kristine, Mikkel\n\n"
        "1.   Boden - Ansvarlig(Mikkel og René) - Proces(Information og beslutning)\n\n"
        "Skolen undersøger et tilbud.\n\n"
        "2.   Åbent hus for kommende elever: Ansvarlig(Mikkel, Kristine) - Proces(Drøftelse)\n\n"
        "Drøftet.\n"
    )
    assert [item.title for item in minutes.agenda_items] == [
        "Boden",
        "Åbent hus for kommende elever",
    ]


def test_a_board_wishing_or_deciding_that_a_unit_does_something_makes_it_the_units_task():
    got = task_forms.jobs(
        "Bestyrelsen ønsker at skolen tager kontakt til leverandøren og undersøger et tilbud.\n"
        "Bestyrelsen ønsker at klubben tegner en forsikring for festen.\n"
        "Bestyrelsen besluttede at klubben tegner et abonnement hos et forsikringsselskab.\n"
        "Bestyrelsen besluttede at rideklubben giver et gavekort til Suzette Holm.\n"
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Tage kontakt til leverandøren og undersøge et tilbud", ["Skolen"]),
        ("Tegne en forsikring for festen", ["Klubben"]),
        ("Tegne et abonnement hos et forsikringsselskab", ["Klubben"]),
        ("Give et gavekort til Suzette Holm", ["Rideklubben"]),
    ]


def test_looking_into_something_is_a_task_of_who_will_do_it():
    got = task_forms.jobs(
        "Bestyrelsen vil se på om det kan være en mulighed at flytte bank.\n"
        "Eva Lund vil se på prisen for en ny trailer.\n"
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Se på om det kan være en mulighed at flytte bank", ["Bestyrelsen"]),
        ("Se på prisen for en ny trailer", ["Eva Lund"]),
    ]


def test_a_short_referats_title_dates_the_meeting():
    minutes = parse_minutes(
        "Kort referat fra klubmøde tirsdag d. 26.4.2022\n\n25 af klubbens medlemmer deltog\n\n"
        "1. Klubtur\n\nRolf sender en forespørgsel rundt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert minutes.date == date(2022, 4, 26)


def test_the_time_and_place_in_a_held_sentence_below_the_title():
    minutes = parse_minutes(
        "Referat fra bestyrelsesmøde tirsdag d. 18. februar 2014.\n\n"
        "Afholdes kl. 19:00 i Hallens mødelokale.\nDeltagere: Anne Holm, Kurt Bak\n\n"
        "1. Dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert (minutes.start_time, minutes.location) == (time(19, 0), "Hallens mødelokale")


def test_who_was_there_from_the_board_a_wrapped_name_and_a_label_below_the_absent():
    minutes = parse_minutes(
        "Pladshavermøde i Havnefonden\n27. marts 2025\n"
        "Til stede fra bestyrelsen: Carsten Holm (CH), Søren Bak (SB), Povl\nNielsen (PN)\n"
        "Fraværende: Thomas Lund, Lise Krog\nLedelse: Thomas D. Fog (TDF)\n"
        "Kritiske revisorer: Henrik Jensen (HJ) og Bjarne Vium (BV)\nFremmødte: 120\n"
        "Dagsorden\n1. Velkomst\n2. Eventuelt\n1. Velkomst\nCH bød velkommen.\n"
        "2. Eventuelt\nIntet.\n"
    )
    assert [(a.name, a.present) for a in minutes.attendees] == [
        ("Carsten Holm", True),
        ("Søren Bak", True),
        ("Povl Nielsen", True),
        ("Thomas Lund", False),
        ("Lise Krog", False),
    ]


def test_a_view_or_thanks_is_no_task_but_passing_word_on_is():
    got = task_forms.jobs(
        "Eva Lund mener vi skal oplyse om arrangementet flere steder.\n"
        "Bo Jessen siger tak for gaven.\n"
        "Lokalrådet frygter stadig den trafikale situation, og vil holde øje med den.\n"
        "Eva Lund siger, at budgettet holder.\n"
        "Nils Riiber Høj siger det videre til skolelederen.\n"
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Holde øje med den", ["Lokalrådet"]),
        ("Sige det videre til skolelederen", ["Nils Riiber Høj"]),
    ]


def test_a_passive_with_nok_a_task_in_brackets_and_the_next_meetings_day():
    got = task_forms.jobs(
        "Lejekontrakten bør nok revideres.\n"
        "Der mangler et skab til redskaber (Eva kontakter gymnastikafdelingen). "
        "24. marts næste brugermøde.\n"
        "Blå poser skal benyttes i hallen (Bo indkøber).\n"
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Revidere lejekontrakten", []),
        ("Kontakte gymnastikafdelingen", ["Eva Lund"]),
        ("Benytte blå poser i hallen (Bo indkøber)", ["Bo Jessen"]),
    ]


def test_sowing_and_planting_are_tasks_and_the_place_of_a_general_assembly():
    got = task_forms.jobs("Der skal sås græs på bakken.\nDer skal plantes træer langs stien.\n")
    assert [title for title, _, _ in got] == ["Så græs på bakken", "Plante træer langs stien"]
    minutes = parse_minutes(
        "Referat fra generalforsamling på Nordhuset den 15. marts 2023\n\n"
        "1. Valg af dirigent\n\nKurt blev valgt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert minutes.location == "Nordhuset"


def test_the_closing_item_under_the_last_items_number_again_is_still_the_closing_item():
    minutes = parse_minutes(
        "Referat af menighedsrådsmøde 29. maj 2013\n\n60. Skitseprojekt for kapel\n\nGodkendt\n\n"
        "61. Ansøgning om midler til indspilning\n\nDer bevilges 5000,00 kr.\n\n"
        "61. Eventuelt\n\n \n"
    )
    assert [item.title for item in minutes.agenda_items] == [
        "Skitseprojekt for kapel",
        "Ansøgning om midler til indspilning",
        "Eventuelt",
    ]


def test_a_dashed_held_line_below_the_title_dates_and_places_the_meeting():
    minutes = parse_minutes(
        "Du er her: \n\nReferat af menighedsmøde og orienteringsmøde om valget\n\n"
        "- afholdt i Kirkens Sognegård tirsdag den 9. juni 2020 kl. 19.00\n\nDagsorden:\n\n"
        "1. Velkomst ved formand Inger\nInger bød velkommen.\n\n2. Valg af dirigent\nErik valgt.\n"
    )
    assert (minutes.date, minutes.start_time, minutes.location) == (
        date(2020, 6, 9),
        time(19, 0),
        "Kirkens Sognegård",
    )


def test_tools_to_acquire_and_the_water_to_open_are_tasks():
    got = task_forms.jobs(
        "Redskaber: Hakke, rive og skuffejern anskaffes.\n"
        "Der skal åbnes for vandet, når frosten er ophørt.\n"
        "Linjerne skal fastgøres i nyt grus.\nBanerne skal vandes hver uge.\n"
    )
    assert [title for title, _, _ in got] == [
        "Hakke, rive og skuffejern anskaffes",
        "Åbne for vandet, når frosten er ophørt",
        "Fastgøre linjerne i nyt grus",
        "Vande banerne hver uge",
    ]


def test_an_agenda_lists_titles_in_small_letters_count_with_the_others():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde lørdag den 26. marts 2022.\n\nTilstede: John, Peter\n\n"
        "Dagsorden:\n\n  1. bemærkninger til referat fra sidste møde den 21. oktober 2021.\n"
        "  2. Vejens tilstand.\n  3. sommerfest den 4. juni\n  4. Næste møde\n\nReferat:\n\n"
        "Ad 1. Ingen bemærkninger.\n\nAd 2. Vejen ser fin ud.\n\nAd 3. Festen holdes.\n\n"
        "Ad 4. Næste møde lørdag den 8. oktober.\n"
    )
    assert [item.title for item in minutes.agenda_items] == [
        "bemærkninger til referat fra sidste møde den 21. oktober 2021",
        "Vejens tilstand",
        "sommerfest den 4. juni",
        "Næste møde",
    ]


def test_attending_a_meeting_or_course_elsewhere_is_a_task_but_this_meeting_is_not():
    got = task_forms.jobs(
        "Eva Lund og Bo Jessen deltager i budgetsamråd vedr. budget 2027.\n"
        "Nils Riiber Høj deltager i mødet som gæst.\n"
    )
    assert [(title, owners) for title, owners, _ in got] == [
        ("Deltage i budgetsamråd vedr. budget 2027", ["Eva Lund", "Bo Jessen"]),
    ]
