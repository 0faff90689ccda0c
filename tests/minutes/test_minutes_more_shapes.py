"""More shapes of real referater (issue 25, held-out check 3), in documents written for these
tests: a PDF's letter-spaced heading, "17.00 til 19.00" as the meeting's time, one attendee a
line with "Afbud" or a "/role" after the name, and a passive that describes a habit."""

from __future__ import annotations

from datetime import time

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

# A PDF flattened to one paragraph, its heading letter-spaced: the heading is the only sign
# that this is a referat.
SPACED = (
    "R e f e r a t Grønby Ældreråd Onsdag den 6. marts 2024 kl. 10.00 Salen Til stede: Ole Bak, "
    "Rita Holm. Godkendelse af dagsorden: godkendt. Budget: rådet drøftede budgettet."
)


def test_a_letter_spaced_referat_heading_is_read_not_refused():
    minutes = parse_minutes(SPACED)
    assert minutes.date.isoformat() == "2024-03-06"
    assert minutes.start_time == time(10, 0)


# A school board's page: the time as "17.00 til 19.00" with a note after it, one person a line,
# "Afbud" after the name, a role after a slash.
BOARD = """Skolebestyrelsesmøde
Referat d. 12. marts 2025.
17.00 til 19.00. Spisning efter mødet
Deltagende med stemmeret:
Mette Holm
Jonas Bak Afbud
Sofie Lund/Elevrådsformand
Karl Rask/Personalerep. Afbud
Deltagende uden stemmeret:
Eva Dal/Referent

Pkt. 1. Godkendelse af dagsorden
Referat: Godkendt.

Pkt. 2. Tilsyn
Referat: Tilsynet ligner det der løbende foretages i bestyrelsen. Dvs. status foretages på
bestyrelsesmødet som information fra ledelsen. Mette sender forslaget til skolelederen.
"""


def test_a_time_span_with_til_and_a_note_after_it_is_the_start_time():
    assert parse_minutes(BOARD).start_time == time(17, 0)


def test_one_attendee_a_line_with_afbud_or_a_role_after_a_slash():
    minutes = parse_minutes(BOARD)
    absent = {a.name for a in minutes.attendees if not a.present}
    present = {a.name for a in minutes.attendees if a.present}
    assert absent == {"Jonas Bak", "Karl Rask"}
    assert {"Mette Holm", "Sofie Lund", "Eva Dal"} <= present


def test_a_passive_in_a_relative_clause_or_an_explanation_is_no_task():
    titles = [d.title for d in extract_draft_actions(parse_minutes(BOARD))]
    assert not any("foretag" in t.lower() for t in titles), titles
    assert any("forslag" in t.lower() for t in titles), titles  # the real task stays
