"""Round 16 (web-page minutes): a notice to be printed and put up ("bør printes og ophænges",
"bliver ophængt") is a task."""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

CLUB = """Referat af bestyrelsesmøde i Havbakken Kajakklub
Tirsdag den 4. marts 2026 kl. 19.00 i klubhuset

Deltagere: Rune Dal, Lise Holm, Per Krog

1. Godkendelse af referat
Godkendt.

2. Klubhuset
Nyt skema for rengøring blev gennemgået. Skemaet bør printes og ophænges i bådhallen.

3. Ungdom
Ungdomsholdet har 8 tilmeldte. Pjecen om ungdomsholdet blev vist, denne bliver ophængt i
klubhuset.

4. Eventuelt
Intet.
"""


def test_a_notice_to_print_and_put_up_is_a_task():
    got = extract_draft_actions(parse_minutes(CLUB))
    assert [(d.agenda_item_number, d.title) for d in got] == [
        (2, "Printe og ophænge skemaet i bådhallen"),
        (3, "Ophænge pjecen i klubhuset"),
    ]


def test_a_notice_that_hangs_is_no_task():
    # what hangs there already is no job: only the passive ("hænges op", "bliver ophængt") is
    text = CLUB.replace("bør printes og ophænges", "hænger")
    got = extract_draft_actions(parse_minutes(text))
    assert [d.agenda_item_number for d in got] == [3]


SCHOOL = """Referat af skolebestyrelsesmøde
Onsdag den 5. marts 2026 kl. 17.00 på skolen

Deltagere: Hanne Lund, Tove Berg, Kim Rask

1. Godkendelse af dagsorden
Godkendt.

2. Skolens budget
Drøftet.

Beslutninger:

Hanne skriver og sender til Kim.

Tove sender planer

Kim Rask laver status på SFO
"""


def test_a_name_and_its_verb_on_a_line_without_a_stop_is_a_task_not_a_heading():
    got = extract_draft_actions(parse_minutes(SCHOOL))
    assert [(d.title, d.owner_names) for d in got] == [
        ("Skrive og sende til Kim", ["Hanne Lund"]),
        ("Sende planer", ["Tove Berg"]),
        ("Lave status på SFO", ["Kim Rask"]),
    ]


def test_a_short_line_without_a_verb_still_heads_what_follows():
    minutes = parse_minutes(SCHOOL.replace("Tove sender planer", "Planer for SFO"))
    assert minutes.agenda_items[1].points[1].heading == "Planer for SFO"


HARBOUR = """Referat af bestyrelsesmøde i Næsby Bådelaug
Onsdag den 8. april 2026 kl. 19.00 i klubhuset

Deltagere: Ove Bak (formand), Lene Friis (kasserer), Bo Juhl

1. Godkendelse af referat
Godkendt.

2. Havnen
Flydebroen lægges ud den 20/4 af udvalget med hjælp fra medlemmerne.
Kontingentlisten sendes ud af kassereren.

3. Eventuelt
Intet.
"""


def test_a_passive_done_by_a_committee_or_an_officer_is_theirs():
    got = extract_draft_actions(parse_minutes(HARBOUR))
    # the agent is the owner, not part of what is to be done; "udvalget" in the minutes of a
    # body that names no other kind is that body (bodies.subject_body, the one rule)
    assert [(d.agenda_item_number, d.title, d.owner_names) for d in got] == [
        (2, "Lægge flydebroen ud med hjælp fra medlemmerne", ["Næsby Bådelaug"]),
        (2, "Sende kontingentlisten ud", ["Lene Friis"]),
    ]


VILLAGE = """Referat af møde i Bakkely Landsbylaug
Mandag den 9. marts 2026 kl. 19.30 i forsamlingshuset

Deltagere: Alma Kjær, Erik Toft, Gry Holm

1. Godkendelse af referat
Godkendt.

2. Byens plads
Erik laver en aftale med kommunen om placering af borde. Der søges midler til borde via
landsbypuljen når placeringen er godkendt.

3. Eventuelt
Der søges altid efter nye medlemmer.
"""


def test_there_are_funds_to_apply_for():
    got = extract_draft_actions(parse_minutes(VILLAGE))
    assert [(d.agenda_item_number, d.title) for d in got] == [
        (2, "Lave en aftale med kommunen om placering af borde"),
        (2, "Søge midler til borde via landsbypuljen når placeringen er godkendt"),
    ]
