"""An agenda item put off to a later meeting (issue 25, round 13): every way a secretary writes
it ("Udsat til næste møde", "Udskudt.", "Genoptages på næste møde", "Drøftelsen blev udsat …",
the item's own topic, "Besluttes næste gang", a matter named before a colon) gives the same
draft, "Genoptage punktet »…«", not a verb without a subject ("Udsat (…)"); a thing put off
(not the item) and a meeting moved are no such draft.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

import pytest

from tracker.minutes.deferrals import deferred
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Grundejerforeningen Kløverengen\nDato: 9. april 2026\n"
    "Til stede: Hanne Krog, Bent Vang, Lis Mose\n\n"
)


def rows(body: str):
    drafts = extract_draft_actions(parse_minutes(HEAD + body))
    return [(d.agenda_item_number, d.title, d.deadline_text) for d in drafts]


def test_each_way_of_putting_an_item_off_gives_the_same_draft():
    got = rows(
        "1. Vejbump\n\nUdsat til næste møde\n\n"
        "2. Hegnet mod skoven\n\nUdskudt – formanden var ikke til stede.\n\n"
        "3. Kontingent\n\nGenoptages på næste møde.\n\n"
        "4. Legepladsen\n\nDrøftelsen blev udsat til næste møde.\n\n"
        "5. Affaldsordning\n\nAffaldsordning udskydes til næste møde, da tallene mangler.\n\n"
        "6. Priser på leje af teltet\n\nBesluttes næste gang\n\n"
        "7. Vedtægter\n\nÆndring af paragraf 4: punktet udsættes til næste møde, da kun tre "
        "var til stede.\n\n"
        "8. Godkendelse af referat\n\nUdskudt.\n\n"  # the routine comes back by itself
        "9. Udlejning\n\nSkal vi leje teltet ud? Ja\nPriser. Besluttes næste gang\n\n"
        "10. Vandløb\n\nKommunen har svaret. Brevet var langt.\n\nPunktet udsættes.\n\n"
        "11. Eventuelt\n\nIntet.\n"
    )
    assert [(item, title) for item, title, _ in got] == [
        (1, "Genoptage punktet »Vejbump«"),
        (2, "Genoptage punktet »Hegnet mod skoven«"),
        (3, "Genoptage punktet »Kontingent«"),
        (4, "Genoptage punktet »Legepladsen«"),
        (5, "Genoptage punktet »Affaldsordning«"),
        (6, "Genoptage punktet »Priser på leje af teltet« næste gang"),
        (7, "Genoptage punktet »Vedtægter«"),
        (9, "Genoptage punktet »Priser« næste gang"),  # the short line names what is put off
        (10, "Genoptage punktet »Vandløb«"),
    ]
    # when it comes back is kept as the deadline's words
    assert got[0][2] == "til næste møde"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nedrivningen af skuret er udskudt til tidligst juni.",  # a thing put off, not the item
        "Er udsat til efter sommerfesten.",  # till an event, not a meeting: no such draft
        "Mødet d. 3/5 er udsat.",  # a meeting moved
        "Det blev drøftet grundigt.",  # discussed, not put off
    ],
)
def test_a_thing_put_off_is_not_the_item_put_off(sentence):
    assert deferred(sentence, "Vejbump") is None
