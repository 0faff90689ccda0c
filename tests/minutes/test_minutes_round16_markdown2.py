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
