"""Deadlines tied to an event the same referat dates elsewhere (issue 25): "inden
generalforsamlingen", "ifm. arbejdsweekenden", "annonce 3 uger før" under the item about it, read
as the event's date (tracker.minutes.events with the deadline grammar's event words); an event
dated twice differently, not dated, or dated before the meeting gives no deadline.

Each document is written for the test in the shape club and council minutes have.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.deadlines import parse_deadline
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.events import dated_events
from tracker.minutes.parser import parse_minutes

HEAD = (
    "Referat af bestyrelsesmøde i Sejlklubben Ålen\n"
    "Dato: 12/01-2026\n"
    "Til stede: Mette, Karsten, Ib, Rasmus\n\n"
)


def drafts(body: str):
    return extract_draft_actions(parse_minutes(HEAD + body))


def due(body: str) -> dict[str, tuple]:
    """Each draft's owner (first) with its deadline words and last day."""
    return {d.owner_names[0]: (d.deadline_text, d.due_end) for d in drafts(body) if d.owner_names}


GENERAL_ASSEMBLY = (
    "1. Generalforsamling\n\n"
    "Onsdag d. 25/2 -2026 kl. 19.00 i klubhuset. Mette sørger for indkaldelse 3 uger før.\n\n"
    "Karsten bestiller smørrebrød.\n\n"
    "2. Eventuelt\n\n"
    "Ib tager kontakt til revisoren inden generalforsamlingen.\n\n"
    "Rasmus undersøger prisen på nye fendere.\n"
)


def test_an_event_dated_by_its_item_gives_the_tasks_that_name_it_its_day():
    got = due(GENERAL_ASSEMBLY)
    # the item about the general assembly dates it; "3 uger før" is three weeks before it
    assert got["Mette"] == ("3 uger før (4. februar 2026)", date(2026, 2, 4))
    # another item names it: the day of the general assembly
    assert got["Ib"] == ("inden generalforsamlingen (25. februar 2026)", date(2026, 2, 25))
    # a task under the item that is the event is for its day; one elsewhere keeps none
    assert got["Karsten"] == ("til generalforsamling (25. februar 2026)", date(2026, 2, 25))
    assert got["Rasmus"] == (None, None)


def test_the_event_words_with_their_date_read_the_same_when_saved():
    # the review saves the words, and reads them without the referat's events
    for words, _ in due(GENERAL_ASSEMBLY).values():
        if words:
            deadline = parse_deadline(words, date(2026, 1, 12))
            assert deadline.end in (date(2026, 2, 4), date(2026, 2, 25))


@pytest.mark.parametrize(
    ("body", "owner", "words", "last"),
    [
        (  # the event named with its date in a sentence of its own
            "1. Klubhuset\n\nVi holder arbejdsweekend 14.-15. marts.\n\n"
            "Karsten maler døren ifm. arbejdsweekenden.\n",
            "Karsten",
            "ifm. arbejdsweekenden (14.–15. marts 2026)",
            date(2026, 3, 15),
        ),
        (  # the date as the label before it
            "1. Aktiviteter\n\nKalenderen gennemgået. 5. juni: Vi afholder sommerfest ved "
            "havnen.\n\n"
            "2. Indkøb\n\nMette køber lanterner til sommerfesten.\n",
            "Mette",
            "til sommerfesten (5. juni 2026)",
            date(2026, 6, 5),
        ),
        (  # "Navn: dato"
            "1. Kalender\n\nÅrsmøde: Tirsdag den 19.5.2026 kl. 19.00 i klubhuset\n\n"
            "2. Bådpladser\n\nIb sender listen ud en uge før årsmødet.\n",
            "Ib",
            "en uge før årsmødet (12. maj 2026)",
            date(2026, 5, 12),
        ),
    ],
)
def test_an_event_named_with_its_date_anywhere_dates_the_words_that_name_it(
    body, owner, words, last
):
    assert due(body)[owner] == (words, last)


@pytest.mark.parametrize(
    "body",
    [
        # dated twice, two different days: no telling which
        "1. Sommerfest\n\nSommerfest d. 6.6 ved havnen.\n\n"
        "2. Diverse\n\nSommerfesten afholdes den 13. juni.\n\n"
        "Mette bestiller telt inden sommerfesten.\n",
        # not dated at all
        "1. Diverse\n\nMette bestiller bord inden julefrokosten.\n",
        # dated in the weeks before the meeting: the one just gone, not next year's
        "1. Arbejdsdag\n\nArbejdsdagen d. 3.1 gik godt.\n\n"
        "Mette bestiller container inden arbejdsdagen.\n",
        # a weekday that is not the date's
        "1. Kalender\n\nSommerfest torsdag d. 6.6 ved havnen.\n\n"
        "Mette bestiller telt inden sommerfesten.\n",
        # the date is the pre-meeting's, not the general assembly's
        "1. Kalender\n\nBestyrelsen holder formøde til generalforsamlingen den 3. marts.\n\n"
        "Mette bestiller bord inden generalforsamlingen.\n",
    ],
)
def test_an_event_not_dated_for_sure_gives_no_deadline(body):
    (draft,) = [d for d in drafts(body) if d.owner_names == ["Mette"]]
    assert (draft.deadline_text, draft.due_end) == (None, None)


def test_the_whole_done_by_an_event_is_the_deadline_of_the_tasks_before_it():
    body = (
        "1. Kalender\n\nÅrsmøde: Tirsdag den 19.5.2026 kl. 19.00 i klubhuset\n\n"
        "2. Hjemmesiden\n\nIb lægger planerne på hjemmesiden, Mette laver plakaten. "
        "Det hele bliver færdigt til årsmødet.\n"
    )
    got = {d.owner_names[0]: d.due_end for d in drafts(body)}
    assert got == {"Ib": date(2026, 5, 19), "Mette": date(2026, 5, 19)}  # and no third draft


def test_an_undated_referat_has_no_events():
    minutes = parse_minutes("Referat\n\nTil stede: Mette\n\n1. Kalender\n\nJulefrokost d. 4.12.\n")
    assert minutes.date is None
    assert dated_events(minutes, None) == {}


@pytest.mark.parametrize(
    ("title", "last"),
    [
        ("Arbejdsdag", date(2026, 3, 7)),  # the item is the event: its tasks are for that day
        ("Klargøring til arbejdsdag", None),  # getting ready for it: no day said for the tasks
    ],
)
def test_the_tasks_under_an_item_that_is_a_dated_event_are_for_its_day(title, last):
    body = (
        f"1. {title}\n\nArbejdsdagen finder sted lørdag d. 7. marts kl. 9 ved bådehuset. "
        "Mette køber maling.\n"
    )
    assert due(body)["Mette"][1] == last
