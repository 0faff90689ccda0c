"""A labelled line below a decision names who is responsible ("Ansvarlig: Eva Holm",
"Tovholder: Bo", "Ansvar: Forvaltningen"): its names own the drafts before it that name no
owner of their own."""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

STEERING = """Referat af møde i Styregruppen for Fælles Data
Dato: 12. marts 2026 kl. 10.00
Sted: Rådhuset, mødelokale 2
Deltagere: Eva Holm, Bo Lund, Jens Krogh, Åse Vind, Łucja Nowak

1. Status på projektet
Projektplanen blev gennemgået. Der udarbejdes en tidsplan for udrulningen inden 1. maj.
Ansvarlig: Eva Holm
Kommunikationsplanen skal opdateres.
Tovholder: Bo og Åse

2. Budget
Budgettet skal revideres før sommerferien.
Ansvar: Forvaltningen
Der udarbejdes en risikovurdering.
Ansvarlig: Łucja

3. Data
Jens sender oversigten over datakilderne til alle.
Ansvarlig: Bo

4. Eventuelt
Intet.
"""


def _drafts(text: str) -> list[tuple[int, str, list[str]]]:
    got = extract_draft_actions(parse_minutes(text))
    return [(d.agenda_item_number, d.title, d.owner_names) for d in got]


def test_the_line_names_the_owner_of_the_tasks_before_it():
    assert _drafts(STEERING) == [
        (1, "Udarbejde en tidsplan for udrulningen", ["Eva Holm"]),
        (1, "Opdatere kommunikationsplanen", ["Bo Lund", "Åse Vind"]),
        (2, "Revidere budgettet", ["Forvaltningen"]),
        (2, "Udarbejde en risikovurdering", ["Łucja Nowak"]),  # a name with a letter from Polish
        # a task that names its doer keeps it: the line is about the rest of the item
        (3, "Sende oversigten over datakilderne til alle", ["Jens Krogh"]),
    ]


def test_without_the_line_the_tasks_have_no_owner():
    plain = STEERING.replace("Ansvarlig: Eva Holm\n", "").replace("Tovholder: Bo og Åse\n", "")
    assert [owners for number, _, owners in _drafts(plain) if number == 1] == [[], []]


PROJECT = """# Referat: projektgruppemøde 14.04.2026

**Tid**: 14.04.2026 kl. 9-12
**Sted**: Rådhuset

#### Deltagere
- Jonas Nørby (JN)
- Anne Bak (AB)

### AD 1: Plan for dialog med markedet

Der laves en plan for dialog med markedet.

**Ansvarlig**: JN

### AD 2: Kravspecifikation

Kravene skal samles i ét dokument.

- Ønsker fra kommunerne
- Krav til drift

**Ansvarlig**: AB
"""


def test_the_line_after_a_blank_line_names_the_owner_of_the_item_s_tasks_above_it():
    # Markdown's bold label, on a paragraph of its own below the text and its list
    assert [(number, owners) for number, _, owners in _drafts(PROJECT)] == [
        (1, ["Jonas Nørby"]),
        (2, ["Anne Bak"]),
    ]
    plain = PROJECT.replace("**Ansvarlig**: JN\n", "").replace("**Ansvarlig**: AB\n", "")
    assert [owners for _, _, owners in _drafts(plain)] == [[], []]
