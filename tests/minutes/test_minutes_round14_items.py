"""Round 14: dashes, numbered short paragraphs and "1/" numbers as items; where it was held."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes

DASHED = """Beslutningsprotokol fra bestyrelsesmøde 4. marts 2026
Sted: Klubhuset
Afbud: Jens Mølgaard
- Godkendelse af dagsorden
Beslutning: Godkendt
- Nyt fra udvalgene:
Haveudvalget: Hvem passer bedene i sommer?
Beslutning: Lone finder en afløser inden 1. juni.
- Eventuelt:
Intet.
"""


def test_dashes_over_their_decisions_are_the_items():
    minutes = parse_minutes(DASHED)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt fra udvalgene"),
        (3, "Eventuelt"),
    ]
    assert "Lone finder en afløser" in minutes.agenda_items[1].decision


def test_dashes_that_are_one_list_of_points_are_no_items():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde 4. marts 2026\n\nVi talte om festen:\n"
        "- Telte\n- Musik\n- Kage\n\nFesten bliver i juni.\n"
    )
    assert "Telte" not in [i.title for i in minutes.agenda_items]


# -------------------------------------------------- numbered paragraphs of a small club


def test_a_club_s_numbered_short_paragraphs_are_each_an_item():
    # "1. Dagsorden godkendt", then a sentence or two per number, one lower-case, one in
    # brackets: each number is an item of its own, none a title
    text = (
        "Referat af bestyrelsesmøde den 3/3 2026\n\n"
        "4. marts 2026 - Skrevet af Ole\n\n"  # a post's byline: a date, no paragraph
        "1. Dagsorden godkendt\n\n"
        "2. Vi har fået et tilbud på nye net til banerne. Ole og Mads skriver til leverandøren.\n\n"
        "3. (S)ommerstævnet blev evalueret, og alle var glade for de nye telte i år.\n\n"
        "4. Der kommer en ny træner til holdet for de yngste spillere efter vinterferien.\n\n"
        "5. emner til næste møde er kontingent, hjemmesiden og klubbens jubilæum i år.\n\n"
        "6. Næste møde er den 7 april 2026 i klubhuset, og Per tager kage med.\n"
    )
    minutes = parse_minutes(text)
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3, 4, 5, 6]
    assert "Ole og Mads skriver" in minutes.agenda_items[1].decision


def test_a_list_of_short_titles_stays_a_list_of_titles():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde den 3/3 2026\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Økonomi\n\nKassereren gennemgik regnskabet.\n\n3. Eventuelt\n\nIntet.\n"
    )
    assert [i.title for i in minutes.agenda_items] == [
        "Godkendelse af dagsorden",
        "Økonomi",
        "Eventuelt",
    ]


def test_numbers_with_a_slash_are_the_items_and_a_date_is_not():
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde\n4.3.2026 - kl. 19.00\nAfbud: Lis\n\n"
        "1/ Vejfesten\nFesten holdes 15/06 som sidste år. Kim bestiller telt.\n\n"
        "2/ Grøftekanter\nKommunen slår dem i juli.\n\n"
        "15/01 var der møde i kommunen.\n"
    )
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Vejfesten"),
        (2, "Grøftekanter"),
    ]


def test_a_stray_comma_after_moedet_still_tells_where_it_was_held():
    minutes = parse_minutes(
        "Referat af udvalgsmøde den 2. marts 2026\n\nTilstede: Ib, Bo\n\n"
        "Mødet, blev holdt hos Karen.\n\n1. Stien\nDen er ryddet.\n\n2. Evt.\nIntet.\n"
    )
    assert minutes.location == "Karen"


def test_a_meeting_at_a_named_place_then_its_day_gives_the_place():
    head = "Referat fra vejlauget\n\n{} mandag d. 9. marts 2026 kl. 19.30.\n\n"
    body = "Deltagere: Ib, Bo\n\n1. Stien\nDen er ryddet.\n\n2. Evt.\nIntet.\n"
    assert parse_minutes(head.format("Møde i Forsamlingshuset") + body).location == (
        "Forsamlingshuset"
    )
    # a body named after "Møde i" is who met, not where
    assert parse_minutes(head.format("Møde i Bestyrelsen") + body).location is None


def test_a_host_s_home_under_the_date_with_the_roll_label_glued_to_it():
    # a web page lost the break between the place and "Deltagere:"
    minutes = parse_minutes(
        "Referat af bestyrelsesmøde\n4.3.2026 - kl. 19.00\nhos KirstenDeltagere: Bo, Ib og Kim.\n"
        "Afbud: Lis, Per\n\n1/ Vejfesten\nGodt.\n\n2/ Evt.\nIntet.\n"
    )
    assert minutes.location == "hos Kirsten"
    assert sorted(a.name for a in minutes.attendees if not a.present) == ["Lis", "Per"]
    assert "Bo" in [a.name for a in minutes.attendees if a.present]
