"""Round 15: the meeting's roles as an item, a narrow column's dotted title, a place alone
under the heading."""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes

ROLES = """Referat af husmøde d. 12. marts 2026

Tilstede: Bent, Gry, Sofus og Ida.

1)      Ordstyrer: Gry og referent: Sofus

2)      Godkendelse af dagsorden

3)      Vaskeriet: Maskine 2 er gået i stykker. Bent ringer til firmaet.

4)      Eventuelt
"""


def test_the_roles_and_their_names_are_no_title():
    # "Ordstyrer: Gry og referent: Sofus": the item is the roles; the names are its answer
    minutes = parse_minutes(ROLES)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Ordstyrer"),
        (2, "Godkendelse af dagsorden"),
        (3, "Vaskeriet"),
        (4, "Eventuelt"),
    ]
