"""Head and item shapes of real referater (issue 25, round 10): a members' general assembly
recording elections, a web page's list item with its text on a deeper line.

Every document here is written for these tests in the shape of a kind of real minutes.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.minutes.errors import MinutesError
from tracker.minutes.parser import parse_minutes

ASSEMBLY = """2024 – 2025 Sæson

Generalforsamling 2025

Onsdag den 12. februar kl. 19.00 i Kulturladen

Dagsorden:

 1. Valg af ordstyrer.
  Hanne Krog blev valgt.
 2. Beretning ved formand Jens Lund
  kan læses på foreningens side.
 3. Regnskab ved kasserer Ole Vig
  Et lille underskud på 4.000 kr.
 4. Valg
  Ole Vig og Pia Holm blev genvalgt til bestyrelsen.
 5. Eventuelt
  Ingen bemærkninger.
"""


def test_a_general_assembly_recording_elections_is_read_not_refused():
    minutes = parse_minutes(ASSEMBLY)
    assert minutes.date == date(2025, 2, 12)
    assert minutes.start_time == time(19, 0)
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3, 4, 5]


def test_a_list_items_text_on_a_deeper_line_is_no_part_of_its_title():
    titles = [i.title for i in parse_minutes(ASSEMBLY).agenda_items]
    assert titles[1] == "Beretning ved formand Jens Lund"
    assert titles[3] == "Valg"


def test_an_assembly_invitation_without_outcomes_is_still_refused():
    invitation = ASSEMBLY.replace("blev valgt", "foreslås").replace("blev genvalgt", "stiller op")
    with pytest.raises(MinutesError):
        parse_minutes(invitation)
