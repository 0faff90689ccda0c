"""A participle that describes the thing to handle is no report of what was done (issue 25,
round 13): "Opdateret bilag eftersendes", "Revideret plan udsendes" are tasks (the bilag is to
be sent), while "Udvalgsliste opdateret" and "Indkaldt til næste møde" say what is done.
"Eftersendes" and "afregnes" are passives of doing.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

import pytest

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af menighedsrådsmøde i Egebjerg Sogn 14. april 2026\n\n"
    "Til stede: Karen Holt, Ib Sand\n\n1. Økonomi\n\n"
)


def titles(body: str) -> list[str]:
    text = HEAD + body + "\n\n2. Eventuelt\n\nIntet.\n"
    return [d.title for d in extract_draft_actions(parse_minutes(text))]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Opdateret budgetbilag eftersendes, da tallene fra kirkegården mangler.", "Eftersende"),
        ("Revideret plan for kirkegården udsendes.", "Udsende revideret plan"),
        ("Forbruget af vand på kirkegården afregnes.", "Afregne forbruget af vand"),
    ],
)
def test_a_thing_described_by_a_participle_is_still_to_handle(sentence, title):
    got = titles(sentence)
    assert len(got) == 1 and got[0].startswith(title), got


@pytest.mark.parametrize(
    "sentence", ["Kontaktlisten opdateret.", "Indkaldt til næste møde 3. juni.", "Bilag udsendt."]
)
def test_the_participle_alone_says_it_is_done(sentence):
    assert titles(sentence) == []
