"""Round 16: a project group's Markdown referat made from a template: the meeting's facts,
attendance as tables or checklists, the agenda listed, then "### AD N: Title" over each item's
minutes, the action log as a Markdown table inside an item.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes

HEAD = """# Referat : Fælles Cykelsti Projektmøde nr. 3 5. februar 2026

## Mødefakta

**Mødenavn**: Fælles Cykelsti Projektmøde nr. 3
**Tid**: 5. februar 2026
**Sted**: Online

#### Deltagere:

| Navn | Organisation | Init. |
|---|---|---|
| Trine Vestergaard | Vejle Kommune | TV |
| Oskar Lindholm | Horsens Kommune | OL |
| Birk Sandahl (referent) | Sekretariatet | BS |

## Møde Indhold

### Dagsorden

1. Bemærkninger til seneste referat
2. Gennemgang af handlingslog
3. Eventuelt

## Møde referat

### AD 1: Bemærkninger til seneste referat

Ingen bemærkninger.

### AD 2: Gennemgang af handlingslog

"""

LOG = """| Nr. | Kilde | Handling | Ansvarlig | Deadline | Status/kommentar |
|---|---|---|---|---|---|
| 3 | PM1 | Indhente tilbud på skiltning | Vejle Kommune / TV | Ultimo marts | Tilbud er bestilt. |
| 5 | PM1 | Afklare fælles udbud af belysning | Deltager-kommuner | Afventer | Udkast er i gang. |
| 8 | PM2 | Udarbejde kort over ruten | OL | I proces | OL har talt med landinspektøren. |

"""

TAIL = """### AD 3: Eventuelt

Intet at bemærke.
"""

DOCUMENT = HEAD + LOG + TAIL


def drafts(text: str = DOCUMENT):
    return extract_draft_actions(parse_minutes(text))


# -------------------------------------------------- the action log as a Markdown table


def test_the_action_logs_rows_numbered_by_the_log_are_the_items_tasks():
    found = {d.title: d for d in drafts()}
    assert "Indhente tilbud på skiltning" in found
    assert "Afklare fælles udbud af belysning" in found
    assert "Udarbejde kort over ruten" in found
    assert found["Udarbejde kort over ruten"].owner_names == ["OL"]
    assert found["Afklare fælles udbud af belysning"].owner_names == ["Deltager-kommuner"]
    assert {d.agenda_item_number for d in found.values()} == {2}
    assert found["Indhente tilbud på skiltning"].due_end.isoformat() == "2026-03-31"


def test_the_log_leaves_the_items_as_the_agenda_lists_them():
    minutes = parse_minutes(DOCUMENT)
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Bemærkninger til seneste referat"),
        (2, "Gennemgang af handlingslog"),
        (3, "Eventuelt"),
    ]


# -------------------------------------------------- sub-points, lists and sections in "Ad N"

NESTED = """# Referat : Fælles Cykelsti projektmøde 12.03.2026

## Mødefakta

**Tid**: 12.03.2026 kl. 10.00-12.00
**Sted**: Rådhuset, Vejle

### Dagsorden

1. Formalia
   1. Godkendelse af dagsorden
   2. Bemærkninger til seneste referat
2. Status på ruten
   1. Gennemgang af handlingslog
3. Tema: Valg af belægning
4. Eventuelt og næste møde

## Mødereferat

### AD 1: Formalia

Ingen bemærkninger.

### AD 2: Status på ruten

Ruten er tegnet færdig til kommunegrænsen.

### AD 3: Tema: Valg af belægning

Gruppen drøftede tre muligheder:

1. **Asfalt**
   Holdbart, men dyrt at lægge.

2. **Grus**
   Billigt, men kræver vedligehold.

3. **Beton**
   Dyrt og støjende.

#### Beslutning

Gruppen anbefaler:

1. Asfalt på hele strækningen

### AD 4: Eventuelt og næste møde

Næste møde holdes i Horsens.

#### Eventuelt

- Cykelklubben vil gerne høres om skiltningen.
"""

NESTED_ITEMS = [
    (1, "Formalia"),
    (2, "Status på ruten"),
    (3, "Tema: Valg af belægning"),
    (4, "Eventuelt og næste møde"),
]


def test_an_agenda_lists_sub_points_further_in_leave_its_own_count():
    minutes = parse_minutes(NESTED)
    assert [(i.number, i.title) for i in minutes.agenda_items] == NESTED_ITEMS


def test_numbered_lists_between_ad_n_and_ad_n_plus_1_are_the_items_text():
    # the lists count on past 3 ("1. Asfalt" … "3. Beton" / "1. Asfalt …"): still item 3's
    text = NESTED.replace("3. **Beton**", "3. **Beton**  \n   Dyrt.\n\n4. **Sten**")
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items] == NESTED_ITEMS
    assert "Asfalt på hele strækningen" in minutes.agenda_items[2].decision


def test_a_closing_heading_below_the_last_ad_n_is_its_section_no_item():
    text = NESTED.replace("4. Eventuelt og næste møde", "4. Næste møde").replace(
        "### AD 4: Eventuelt og næste møde", "### AD 4: Næste møde"
    )
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items][-1] == (4, "Næste møde")
    assert "Cykelklubben vil gerne høres" in minutes.agenda_items[3].decision


def test_a_closing_line_below_a_last_item_that_is_the_closing_one_is_its_section():
    text = NESTED.replace("#### Eventuelt", "**Eventuelt**")
    minutes = parse_minutes(text)
    assert [(i.number, i.title) for i in minutes.agenda_items] == NESTED_ITEMS


# -------------------------------------------------- sub-headings of an item's minutes


def test_a_sub_heading_in_an_unlabelled_item_keeps_the_minutes_below_it():
    text = NESTED.replace(
        "Ruten er tegnet færdig til kommunegrænsen.\n",
        "Ruten er tegnet færdig til kommunegrænsen.\n\n#### Skiltning\n\n"
        "Trine Vestergaard indhenter tilbud på skilte inden 1. maj 2026.\n",
    )
    minutes = parse_minutes(text)
    item = minutes.agenda_items[1]
    assert "Ruten er tegnet færdig" in item.decision
    assert "indhenter tilbud på skilte" in item.decision
    found = [d for d in extract_draft_actions(minutes) if "skilte" in d.title]
    assert [(d.agenda_item_number, d.due_end.isoformat()) for d in found] == [(2, "2026-05-01")]


# -------------------------------------------------- an apologies checklist never ticked

TICKED = """# Referat : Fælles Cykelsti projektgruppemøde 20.05.2026

## Mødefakta

**Tid**: 20.05.2026 kl. 9.00 - 10.00
**Sted**: Teams

#### Deltagere:
- [x] Trine Vestergaard, Vejle Kommune
- [x] Oskar Lindholm, Horsens Kommune

#### Afbud:
- [ ] Birk Sandahl, Sekretariatet
- [ ] Alma Krogh, Hedensted Kommune

### Dagsorden
1. Formalia
2. Eventuelt

## Møde referat

### AD 1: Formalia

Referatet blev godkendt.

### AD 2: Eventuelt

Intet.
"""


def test_names_under_an_afbud_list_never_ticked_sent_apologies():
    minutes = parse_minutes(TICKED)
    assert [a.name for a in minutes.attendees if not a.present] == ["Birk Sandahl", "Alma Krogh"]
    assert [a.name for a in minutes.attendees if a.present] == [
        "Trine Vestergaard",
        "Oskar Lindholm",
    ]


def test_a_name_ticked_present_above_is_no_apology_in_an_unticked_afbud_list():
    text = TICKED.replace(
        "- [x] Oskar Lindholm, Horsens Kommune", "- [x] Oskar Lindholm\n- [x] Alma Krogh"
    )
    minutes = parse_minutes(text)
    assert [a.name for a in minutes.attendees if not a.present] == ["Birk Sandahl"]


# -------------------------------------------------- attendance as tables of names


def test_tables_of_names_under_deltagere_and_afbud_are_who_came_and_who_did_not():
    text = HEAD.replace(
        "## Møde Indhold",
        "#### Afbud:\n\n| Navn | Organisation | Init. |\n|---|---|---|\n"
        "| Alma Krogh | Hedensted Kommune | AK |\n\n## Møde Indhold",
    )
    minutes = parse_minutes(text + LOG + TAIL)
    assert [a.name for a in minutes.attendees if not a.present] == ["Alma Krogh"]
    assert [a.name for a in minutes.attendees if a.present] == [
        "Trine Vestergaard",
        "Oskar Lindholm",
        "Birk Sandahl",
    ]


def test_a_table_without_a_name_column_under_deltagere_is_left_as_it_is():
    text = HEAD.replace("| Navn | Organisation | Init. |", "| Kommune | Antal | Note |")
    minutes = parse_minutes(text + LOG + TAIL)
    assert "Trine Vestergaard" not in [a.name for a in minutes.attendees]


# -------------------------------------------------- "Ad N: Title" under the agenda's list


def test_the_listed_title_said_again_after_ad_n_is_no_text_of_the_minutes():
    text = NESTED.replace("### AD 1: Formalia", "### AD 1: Formalia\n\nTilmelding til kurset.")
    minutes = parse_minutes(text)
    assert not any(p.text == "Formalia" for p in minutes.agenda_items[0].points)
    # "Tema - Valg af belægning" is the listed "Tema: Valg af belægning" said again
    text = NESTED.replace("### AD 3: Tema: Valg af", "### AD 3: Tema - Valg af")
    minutes = parse_minutes(text)
    assert not any("Valg af belægning" in p.text for p in minutes.agenda_items[2].points)
    assert [(i.number, i.title) for i in minutes.agenda_items] == NESTED_ITEMS
