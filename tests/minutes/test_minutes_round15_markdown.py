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


# -------------------------------------------------- the agenda quoted over the minutes


def test_the_quoted_agenda_blocks_are_the_items_and_the_list_above_is_read_once():
    minutes = parse_minutes(DOCUMENT)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Formalia"),
        (2, "Temaer for dagens møde"),
        (3, "Eventuelt"),
    ]
    assert [w.code for w in minutes.warnings if w.code in ("renumbered", "text_after_items")] == []


def test_the_minutes_under_a_quote_are_the_items_decision_under_its_sub_point():
    item = parse_minutes(DOCUMENT).agenda_items[1]
    assert "Lærke indhenter tilbud" in item.decision
    assert "2.2 Status på arrangementer i foråret (Halfdan)" in item.decision
    # the minutes' first line right below the quote is not glued to the sub-point's title
    assert "Halfdan sender programmet til alle filialer." in [p.text for p in item.points]


def test_the_quoted_sub_points_give_no_drafts_and_the_minutes_do():
    got = [(d.agenda_item_number, d.title, d.owner_names) for d in drafts()]
    assert (2, "Indhente tilbud fra to leverandører", ["Lærke Vinther"]) in got
    assert (2, "Sende programmet til alle filialer", ["Halfdan Roos"]) in got
    assert not [t for _, t, _ in got if "udlånssystem" in t.lower() or "forår" in t.lower()]


def test_a_numbered_list_in_the_minutes_is_no_item():
    minutes = parse_minutes(DOCUMENT)
    assert len(minutes.agenda_items) == 3
    assert "Tilbuddene gennemgås" in minutes.agenda_items[2].decision


def test_a_listed_item_the_minutes_do_not_quote_stays_on_the_agenda():
    text = DOCUMENT.replace(
        "#### 3. Eventuelt\n- 3.1 Næste møde\n\n## Mødereferat",
        ("#### 3. Eventuelt\n- 3.1 Næste møde\n\n#### 4. Lukket punkt\n\n## Mødereferat"),
    )
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items][-1] == (4, "Lukket punkt")


def test_a_quote_that_is_no_agenda_stays_a_quote_of_the_minutes():
    text = HEAD + (
        "#### 1. Budget\n\nVi læste brevet fra kommunen:\n\n"
        "> Tilskuddet udbetales i juni.\n\n"
        "#### 2. Eventuelt\n\nIntet.\n"
    )
    minutes = parse_minutes(text)
    assert [i.title for i in minutes.agenda_items] == ["Budget", "Eventuelt"]


def test_a_short_quoted_topic_line_heads_the_minutes_below_it_and_is_no_task():
    text = DOCUMENT.replace(
        "> - 3.1 Næste møde\n",
        "> - 3.1 Næste møde\n> Planlægning af sommerfesten i Vestby\n\nIntet.\n",
    )
    item = parse_minutes(text).agenda_items[2]
    assert ("Planlægning af sommerfesten i Vestby", "Intet.") in [
        (p.heading, p.text) for p in item.points
    ]
    assert not [d for d in drafts(text) if "Vestby" in d.title]


def test_a_markdown_link_is_read_as_its_words():
    item = parse_minutes(DOCUMENT).agenda_items[1]
    assert "Præsentation ligger på intranettet" in item.decision
    assert "https://" not in item.decision
