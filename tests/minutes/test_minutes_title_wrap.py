"""A title the page wrapped is joined again; a short title's own line below is not (issue 25).

The documents are invented, in the shapes real minutes take.
"""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes


def _titles(text: str) -> list[tuple[int, str]]:
    return [(i.number, i.title) for i in parse_minutes(text).agenda_items]


def test_a_short_title_keeps_its_answer_below_apart():
    text = (
        "Referat fra bestyrelsesmøde 19/8-2025\n\nFremmødte: Bo, Mads, Lone\n\n"
        " 1. Nyt fra Formanden.\n  Sommerfesten bliver en lille udgave.\n"
        " 2. Fodbold.\n  Der søges nye trænere.\n"
        " 3. Kasseren\n  intet at berette\n"
    )
    assert _titles(text)[2] == (3, "Kasseren")


def test_a_narrow_column_wraps_short_titles_and_they_are_joined():
    text = (
        "Referat fra\nbestyrelsesmøde 31/01/2025\n\nTilstede: Lene, Mona\n\n"
        "1) Valg af\ndirigent\n\nLene blev valgt\ntil dirigent\n\n"
        "2) Godkendelse\naf dagsorden\n\nDagsorden blev\ngodkendt\n\n"
        "3) Planlægning\naf generalforsamling\n\nMona\nbooker salen\n"
    )
    assert _titles(text) == [
        (1, "Valg af dirigent"),
        (2, "Godkendelse af dagsorden"),
        (3, "Planlægning af generalforsamling"),
    ]


def test_what_a_title_adds_after_its_full_stop_stays_the_title():
    text = (
        "Referat af bestyrelsesmøde 4. december 2025\n\nDeltagere: Niels, Ulrik\n\n"
        "1. Siden sidst. Herunder VPU. Gennemgang af vandværket\n\nNiels orienterede.\n\n"
        "2. Meddelelser. Orientering ved formanden\n\nIntet.\n\n"
        "3. Hvordan har vi det i bestyrelsen? Har vi den rette konstituering?\n\n"
        "Kirsten drøfter det med medlemmerne.\n\n"
        "4. Økonomi. Budget 2026 vedtages som foreslået.\n"
    )
    assert _titles(text) == [
        (1, "Siden sidst. Herunder VPU. Gennemgang af vandværket"),
        (2, "Meddelelser. Orientering ved formanden"),
        (3, "Hvordan har vi det i bestyrelsen? Har vi den rette konstituering?"),
        (4, "Økonomi"),  # the minutes after the title's full stop
    ]


def test_a_title_and_its_minutes_on_one_line_part_at_the_titles_end():
    # "mv." ends the title before a name; "ca.", "kl." end nothing; "Udsættes til næste møde"
    # after the title's full stop is its verdict
    text = (
        "Referat af menighedsrådsmøde 10. oktober 2026 kl. 16.30 i præstegården.\n"
        "Fraværende: Ove\n"
        "1. Valg af kirkeskib.\nSøren kontakter Sten, som laver en model.\n"
        "2. Status på projekt fast bund til kirkedøren mv. Søren arbejder videre med "
        "projektet.\n"
        "3. Afregning for træfældning vedr. råger. Udsættes til næste møde\n"
        "4. Indkøb af nye stole til ca. 20 personer er godkendt af alle. Łukasz bestiller.\n"
    )
    assert _titles(text) == [
        (1, "Valg af kirkeskib"),
        (2, "Status på projekt fast bund til kirkedøren mv"),
        (3, "Afregning for træfældning vedr. råger"),
        (4, "Indkøb af nye stole til ca. 20 personer er godkendt af alle"),
    ]
