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


def test_a_verdict_run_on_after_the_title_is_no_part_of_it():
    # "Pkt. 1 — Title" with a long dash; a verdict with its capital after the title, with no
    # stop between ("… 2016 Behandlet og godkendt."), or a short sentence ("Dagsorden
    # godkendes.", "– Punkterne 6.1 og 10 blev tilføjet.")
    text = (
        "Referat — menighedsrådsmøde, onsdag den 11.10.26 kl. 19.00\n\nAfbud: Łukasz Berg\n\n"
        "Pkt. 1 — Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "Pkt. 2 — Revisionsprotokollat vedrørende Årsregnskab 2025 Behandlet og godkendt.\n\n"
        "Pkt. 3 — Næste møde\n\n07.11.26 kl. 19.00.\n"
    )
    assert _titles(text) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Revisionsprotokollat vedrørende Årsregnskab 2025"),
        (3, "Næste møde"),
    ]
    said = (
        "Referat af beboerrådsmøde 21. februar 2026\n\nDeltagere: Bo, Eva\n\n"
        "1 - Godkendelse af dagsorden Dagsorden godkendes.\n\n"
        "2 - Godkendelse af referat – Punkterne 6.1 og 10 blev tilføjet.\n\n"
        "3 - Vaskeriet\n\nBo bestiller en ny maskine.\n"
    )
    assert _titles(said) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat"),
        (3, "Vaskeriet"),
    ]


def test_a_capital_sentence_after_a_title_without_its_full_stop_stays_the_titles():
    # a table's row run together ("1. Orientering Regnskabet godkendt"), not a verdict said
    text = (
        "Referat af bestyrelsesmøde 4. maj 2026\n\nDeltagere: Bo, Eva\n\n"
        "1. Orientering fra Kassereren Regnskabet godkendt\n\nDrøftet.\n\n"
        "2. Budget\n\nEva sender budgettet ud.\n"
    )
    assert _titles(text)[0] == (1, "Orientering fra Kassereren Regnskabet godkendt")


_CLUB = (
    "Referat af BM 5 november 2026\n\nMedlemsref. af bestyrelsesmøde 5-11-26\n\n"
    "  1. Økonomi/medlemmer: 546 medlemmer. Dejligt at se så mange medlemmer. Holger fremviste "
    "regnskab for perioden. Kim eksporterer et uddrag af udbetalinger til Holger hvert kvartal.\n"
    "  2. Vandpleje og opsyn: Lars og Łukasz skal til møde med kommunen omkring de sidste "
    "spærringer i åen. Der er udlagt 30m3 grus ved Agerbæk.\n"
    "  3. Sæsonafslutning ved åerne: Udsat til december mødet, så Kim kan nå at analysere "
    "lidt mere på tallene.\n"
    "  4. Klubhus sætningsskade: Jesper og Jens aftaler en dag at forsøge med kameraet.\n"
    "  5. 121 cm. Laks fra Sneum Å: Vi kører videoen med nænsom genudsætning igen på "
    "hjemmesiden, og på generalforsamlingen gøres der igen opmærksom på håndteringen.\n"
    "  6. Havørreden: Vi har behov for flere data for at afgøre om der skal ske mere.\n"
    "  7. Projekt Fiskeskole: Bestyrelsen har snakket om det og siger fra til projektet.\n"
    "  8. Bordet rundt: Intet\n"
)


def test_an_e_mail_count_keeps_a_title_that_opens_with_a_figure():
    assert _titles(_CLUB)[4] == (5, "121 cm. Laks fra Sneum Å")
    assert [n for n, _ in _titles(_CLUB)] == [1, 2, 3, 4, 5, 6, 7, 8]


def test_an_e_mail_count_that_skips_one_number_keeps_all_its_items():
    # the copy lost item 5's line: the other seven stay items, not none
    lost = "\n".join(line for line in _CLUB.split("\n") if not line.startswith("  5."))
    assert [n for n, _ in _titles(lost)] == [1, 2, 3, 4, 6, 7, 8]
    assert _titles(lost)[4] == (6, "Havørreden")
