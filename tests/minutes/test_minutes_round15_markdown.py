"""Round 15: a Markdown referat made from a shared template: a status checklist, the meeting's
facts, attendance as checklists, the agenda listed, then each agenda block quoted ("> #### 2.
…", "> - 2.1 …") with the minutes' own text below it.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = """## Dagsorden og referat
# Biblioteksnetværket styregruppemøde 12.03.2026

**Status**
- [x] Referat klar til godkendelse
- [ ] Referat godkendt

## Mødefakta

**Tid**: 12.03.2026  kl. 9 - 10:30

**Sted**: Mødelokale Kastanjen

#### Deltagere:
- [x] Ida Kragh Nørby
- [ ] Mogens Aagaard
- [x] Lærke Vinther (projektleder)
- [x] Halfdan Roos

#### Afbud:
- [x] Mogens Aagaard

#### Faciliteret af:
- [x] Lærke Vinther (Mødeleder)

"""

AGENDA = """## Dagsorden
#### 1. Formalia
- 1.1 Godkendelse af referat og dagsorden

#### 2. Temaer for dagens møde
- 2.1 Nyt udlånssystem (Lærke)
  - Præsentation ligger på [intranettet](https://intra.example.org/praesentation)
- 2.2 Status på arrangementer i foråret (Halfdan)

#### 3. Eventuelt
- 3.1 Næste møde

## Mødereferat

"""

MINUTES = """> #### 1. Formalia
> - 1.1 Godkendelse af referat og dagsorden

Godkendt.

> #### 2. Temaer for dagens møde
> - 2.1 Nyt udlånssystem (Lærke)
>   - Præsentation ligger på [intranettet](https://intra.example.org/praesentation)

Det blev besluttet at Lærke indhenter tilbud fra to leverandører inden 1. maj 2026.

> - 2.2 Status på arrangementer i foråret (Halfdan)
Halfdan sender programmet til alle filialer.

> #### 3. Eventuelt
> - 3.1 Næste møde

Aftale om indhold på næste møde:
1. Tilbuddene gennemgås
2. Status på arrangementer
"""

DOCUMENT = HEAD + AGENDA + MINUTES


def drafts(text: str = DOCUMENT):
    return extract_draft_actions(parse_minutes(text))


# -------------------------------------------------- attendance ticked in a checklist


def test_a_name_left_unticked_among_the_members_did_not_attend():
    minutes = parse_minutes(DOCUMENT)
    absent = [a.name for a in minutes.attendees if not a.present]
    present = [a.name for a in minutes.attendees if a.present]
    assert absent == ["Mogens Aagaard"]
    assert present == ["Ida Kragh Nørby", "Lærke Vinther", "Halfdan Roos"]


def test_an_empty_or_unticked_box_under_afbud_is_no_absence():
    text = DOCUMENT.replace(
        "- [x] Mogens Aagaard\n\n#### Faciliteret",
        "- [ ] \n- [ ] Ida Kragh Nørby\n\n#### Faciliteret",
    )
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == ["Mogens Aagaard"]


def test_a_ticked_name_under_afbud_sent_apologies():
    text = DOCUMENT.replace("- [ ] Mogens Aagaard", "- [x] Mogens Aagaard")
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == ["Mogens Aagaard"]


def test_word_checkbox_glyphs_are_read_as_ticks():
    text = DOCUMENT.replace("- [x] Ida", "☒ Ida").replace("- [ ] Mogens", "☐ Mogens")
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == ["Mogens Aagaard"]
    assert "Ida Kragh Nørby" in [a.name for a in minutes.attendees if a.present]
