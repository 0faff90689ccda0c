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


# A village council's page: a line ending in "Deadline 1/11" without a full stop, the next
# task on the line below; and a deadline agreed once for the tasks that follow it.
DEADLINES = """Referat af møde i lokalrådet 18. september 2023

1. Meddelelser
Foreningen sender kalender ud. Der opfordres til at melde større arrangementer ind. Deadline 1/11
Hans Berg sender den nye medlemsliste rundt.

2. Markering af jubilæet
Der aftales en deadline til 15. oktober om de praktiske aftaler.
Lone kontakter spejderne. Per skriver til avisen.
"""


def _due(text: str) -> dict[str, str | None]:
    return {
        d.title: d.due_end.isoformat() if d.due_end else None
        for d in extract_draft_actions(parse_minutes(text))
    }


def test_a_deadline_ending_a_line_belongs_to_the_task_before_not_the_next_line():
    due = _due(DEADLINES)
    member_list = [t for t in due if "medlemsliste" in t]
    assert member_list and due[member_list[0]] is None, due
    assert not any(t.lower().startswith("deadline") for t in due), due
    assert any(v == "2023-11-01" for t, v in due.items() if "arrangement" in t), due


def test_a_deadline_agreed_for_several_tasks_is_each_tasks_deadline():
    due = _due(DEADLINES)
    later = {t: v for t, v in due.items() if "spejder" in t or "avis" in t}
    assert len(later) == 2 and set(later.values()) == {"2023-10-15"}, due


# A residents' association's page: the whole head on one line, each item's decision on the
# item's own line, and items named after an event with its day.
ONE_LINE = (
    "Referat af bestyrelsesmøde tirsdag d. 5. marts 2024 kl. 19.00 i Fælleshuset. "
    "Tilstede: Ida, Bo, Kim, Ulla Afbud: Tom Referent: Ida\n"
    "1. Godkendelse af dagsorden Godkendt\n"
    "2. Godkendelse af referat Udskudt.\n"
    "3. Forårsfest lørdag 23 Mar. Vi mødes kl 15.00. Bo køber ind, Ulla laver pynt.\n"
    "4. Ny legeplads og videre proces Vi drøftede tilbuddene.\n"
)


def test_a_head_on_one_line_gives_its_place_and_its_absent():
    minutes = parse_minutes(ONE_LINE)
    assert minutes.location == "Fælleshuset"
    assert [a.name for a in minutes.attendees if not a.present] == ["Tom"]


def test_a_decision_on_the_items_line_is_not_part_of_the_title():
    titles = [i.title for i in parse_minutes(ONE_LINE).agenda_items]
    assert titles[:2] == ["Godkendelse af dagsorden", "Godkendelse af referat"]
    assert titles[3] == "Ny legeplads og videre proces"


def test_the_day_of_an_event_in_the_items_title_is_its_tasks_deadline():
    due = _due(ONE_LINE)
    assert due == {"Købe ind": "2024-03-23", "Lave pynt": "2024-03-23"}, due


# A council's web page that lost its items' titles: an empty " • Sagsid.:" field opens each
# item; the decision lists its changes as imperatives.
LOST = """Referat

Mandag den 8. april 2024 kl. 16:00

Mødested: Mødelokale 3
Udvalg: Grønby Seniorråd
 • Sagsid.:

  Beslutning Seniorråd den 08-04-2024

  Dagsorden godkendt.

 • Sagsid.:

  Beslutning Seniorråd den 08-04-2024

  Vedtægterne blev godkendt med disse rettelser:

  • Tilføj fodnote på alle sider.
  • Kontakt kommunen om en ny mødedato.
"""


def test_items_whose_titles_the_page_lost_are_kept_apart_and_said_to_miss_their_title():
    minutes = parse_minutes(LOST)
    assert [i.number for i in minutes.agenda_items] == [1, 2]
    assert all("titlen mangler" in i.title for i in minutes.agenda_items)


def test_an_imperative_in_a_decisions_list_is_a_task():
    found = extract_draft_actions(parse_minutes(LOST))
    assert [(d.agenda_item_number, d.title.split()[0]) for d in found] == [
        (2, "Tilføj"),
        (2, "Kontakt"),
    ], [d.title for d in found]


def test_a_verb_alone_under_a_lost_title_names_the_item_not_the_marker():
    text = LOST.replace("Dagsorden godkendt.", "Eva bestiller.")
    (draft,) = [d for d in extract_draft_actions(parse_minutes(text)) if d.agenda_item_number == 1]
    assert draft.title == "Bestille (punkt 1)"  # never "Bestille ((titlen mangler …))"
