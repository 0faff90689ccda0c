"""Head and item shapes of real referater (issue 25, round 11): absence lists with initials
in parentheses, two absence labels joined, unnumbered titles over their paragraphs.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes

INITIALS_HEAD = """Referat fra bestyrelsesmøde tirsdag den 6. maj 2025.

Tilstede: Ida Kragh(IK) – Per Sand(PS)- Ulla Bro (UB)- Søren Ravn(SR)

Afbud: Hanne Lyng(HL)- Jonas Friis(JF)

1. Godkendelse af referat
Godkendt.

2. Sommerturen
Turen går til Møn. PS bestiller bussen.
"""


def _absent(minutes) -> list[str]:
    return sorted(a.name for a in minutes.attendees if not a.present)


def test_names_with_initials_in_parentheses_joined_by_dashes_are_each_a_name():
    minutes = parse_minutes(INITIALS_HEAD)
    assert _absent(minutes) == ["Hanne Lyng", "Jonas Friis"]
    present = sorted(a.name for a in minutes.attendees if a.present)
    assert present == ["Ida Kragh", "Per Sand", "Søren Ravn", "Ulla Bro"]


def test_two_absence_labels_joined_by_a_slash_read_the_names_after_the_second():
    text = INITIALS_HEAD.replace(
        "Afbud: Hanne Lyng(HL)- Jonas Friis(JF)", "Afbud / ikke tilstede: Hanne, Jonas, Tove"
    )
    assert _absent(parse_minutes(text)) == ["Hanne", "Jonas", "Tove"]
