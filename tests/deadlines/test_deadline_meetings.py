"""Meeting words read against the planned meetings (issue 27): "til næste møde" is the forum's
next meeting, "til næste Lederforum" and "til Strategisk Chefforums møde i marts" the forum's
named, "til mødet i december" that meeting. Pure: no database."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.deadlines import DeadlineError, find_all_deadlines, parse_deadline
from tracker.deadlines.meetings import Meant, Planned, meeting_meant

D = date
FRIDAY = D(2026, 11, 20)
PLANNED = Planned(
    forum="Lederforum",
    forums=("Lederforum", "Strategisk Chefforum", "Direktionen", "Økonomiudvalget"),
    meetings=(
        ("Lederforum", D(2027, 1, 20)),  # not in date order: the reader sorts
        ("Lederforum", D(2026, 12, 16)),
        ("Strategisk Chefforum", D(2027, 3, 10)),
        ("Direktionen", D(2027, 1, 5)),
    ),
)
LEDERFORUM, JANUARY = D(2026, 12, 16), D(2027, 1, 20)


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("til næste møde", LEDERFORUM),
        ("på næste møde", LEDERFORUM),
        ("inden næste møde", LEDERFORUM),
        ("Inden det næste møde.", LEDERFORUM),
        ("senest til næste møde", LEDERFORUM),
        ("by the next meeting", LEDERFORUM),
        ("til mødet i december", LEDERFORUM),  # the meeting, not the month
        ("til mødet i jan.", JANUARY),
        ("til næste møde i januar", JANUARY),
        ("til næste møde (16. december 2026)", LEDERFORUM),
        # the forum named, case-insensitively, also in the genitive or in one word with "møde"
        ("til næste Lederforum", LEDERFORUM),
        ("til næste lederforum", LEDERFORUM),
        ("til næste Lederforums møde", LEDERFORUM),
        ("til næste Lederforummøde", LEDERFORUM),
        ("inden næste møde i Direktionen", D(2027, 1, 5)),
        ("til Direktionens møde i januar", D(2027, 1, 5)),
        ("til næste Strategisk Chefforum", D(2027, 3, 10)),
        ("til næste møde i strategisk chefforum", D(2027, 3, 10)),
        ("til Strategisk Chefforums møde i marts", D(2027, 3, 10)),
        ("til mødet i Lederforum i januar", JANUARY),
        ("til Lederforummødet i januar", JANUARY),
        ("at the next Direktionen meeting", D(2027, 1, 5)),
    ],
)
def test_meeting_words_are_the_meeting(words, day):
    deadline = parse_deadline(words, FRIDAY, meetings=PLANNED)
    assert (deadline.start, deadline.end, deadline.precision) == (day, day, "day")
    assert deadline.text == words.strip()  # the words are kept
    assert not deadline.is_overdue(day) and deadline.is_overdue(D.fromordinal(day.toordinal() + 1))


def test_which_meeting_the_words_found_is_named():
    assert meeting_meant("til næste møde", FRIDAY, PLANNED) == Meant("Lederforum", LEDERFORUM)
    assert meeting_meant("til næste lederforums møde", FRIDAY, PLANNED).forum == "Lederforum"
    assert meeting_meant("til Strategisk Chefforums møde i marts", FRIDAY, PLANNED) == Meant(
        "Strategisk Chefforum", D(2027, 3, 10), 3
    )
    assert meeting_meant("ultimo marts", FRIDAY, PLANNED) is None  # no meeting words


def test_at_a_meeting_the_next_meeting_is_the_one_after_it():
    assert parse_deadline("til næste møde", LEDERFORUM, meetings=PLANNED).end == JANUARY


def test_with_no_meeting_planned_next_meeting_has_no_date_and_a_month_is_the_month():
    nothing = Planned(forum="Økonomiudvalget", forums=PLANNED.forums, meetings=PLANNED.meetings)
    unplanned = ("til næste møde", "til næste Økonomiudvalg", "inden næste møde i Økonomiudvalget")
    for words in unplanned:
        deadline = parse_deadline(words, FRIDAY, meetings=nothing)
        assert (deadline.end, deadline.precision, deadline.label()) == (None, "none", "uden frist")
        assert meeting_meant(words, FRIDAY, nothing) == Meant("Økonomiudvalget", None)
    february = parse_deadline("til mødet i februar", FRIDAY, meetings=PLANNED)
    assert (february.start, february.end, february.precision) == (
        D(2027, 2, 1),
        D(2027, 2, 28),
        "month",
    )
    assert meeting_meant("til mødet i februar", FRIDAY, PLANNED) == Meant("Lederforum", None, 2)


def test_a_name_that_is_no_forum_is_no_meeting():
    with pytest.raises(DeadlineError):
        parse_deadline("til næste Byråd", FRIDAY, meetings=PLANNED)
    # "til Direktionen i marts" sends something to the Direktion: the month, not its meeting
    march = parse_deadline("i marts", FRIDAY, meetings=PLANNED)
    found = find_all_deadlines("Sagen sendes til Direktionen i marts.", FRIDAY, PLANNED)
    assert [(w, d.end) for w, d in found] == [("i marts", march.end)]


def test_the_own_forums_dates_alone_still_do():
    assert parse_deadline("på næste møde", FRIDAY, meetings=[D(2027, 2, 3)]).end == D(2027, 2, 3)


def test_found_in_running_text_with_the_whole_name():
    found = find_all_deadlines(
        "Eva vender tilbage til næste Lederforum med et oplæg, og Bo sender notatet inden næste "
        "møde i Direktionen. Pia tager det med til Strategisk Chefforums møde i marts.",
        FRIDAY,
        PLANNED,
    )
    assert [(words, d.end) for words, d in found] == [
        ("til næste Lederforum", LEDERFORUM),
        ("inden næste møde i Direktionen", D(2027, 1, 5)),
        ("til Strategisk Chefforums møde i marts", D(2027, 3, 10)),
    ]


# Events the caller dated (a referat's "Generalforsamling torsdag d. 27/3"): read by name.
ASSEMBLY, WEEKEND = D(2026, 12, 3), (D(2027, 1, 9), D(2027, 1, 10))
EVENTS = Planned(
    events=(("generalforsamling", ASSEMBLY, ASSEMBLY), ("arbejdsweekend", *WEEKEND)),
    event="generalforsamling",
)


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [
        ("inden generalforsamlingen", FRIDAY, ASSEMBLY),
        ("før den ordinære generalforsamling", FRIDAY, ASSEMBLY),
        ("senest til generalforsamlingen", FRIDAY, ASSEMBLY),
        ("til generalforsamlingen", ASSEMBLY, ASSEMBLY),
        ("ifm. arbejdsweekend", *WEEKEND),
        ("i forbindelse med arbejdsweekenden", *WEEKEND),
        ("en uge før arbejdsweekenden", D(2027, 1, 2), D(2027, 1, 2)),
        ("10 dage før", D(2026, 11, 23), D(2026, 11, 23)),  # the event the words are about
    ],
)
def test_event_words_are_the_dated_events_days(words, start, end):
    deadline = parse_deadline(words, FRIDAY, EVENTS)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize(
    "words", ["inden generalforsamlingen", "14 dage før", "inden julefrokosten", "til Peter"]
)
def test_event_words_without_a_dated_event_are_no_deadline(words):
    with pytest.raises(DeadlineError):
        parse_deadline(words, FRIDAY, Planned(events=EVENTS.events) if "jule" in words else ())


def test_event_words_are_found_in_running_text_only_for_a_dated_event():
    text = "Kim kontakter revisor inden generalforsamlingen og bestiller kaffe til Peter."
    assert [w for w, _ in find_all_deadlines(text, FRIDAY, EVENTS)] == ["inden generalforsamlingen"]
    assert find_all_deadlines(text, FRIDAY) == []
    # "14 dage før jul" is Christmas, not the event the words are about
    assert [w for w, _ in find_all_deadlines("Kort 14 dage før jul.", FRIDAY, EVENTS)] == [
        "før jul"
    ]


def test_event_words_with_their_dates_in_parentheses_read_without_the_events():
    # the words an import proposes, saved from the review that knows no referat's events
    deadline = parse_deadline("inden generalforsamlingen (3. december 2026)", FRIDAY)
    assert (deadline.start, deadline.end) == (FRIDAY, ASSEMBLY)
    deadline = parse_deadline("ifm. arbejdsweekend (9.–10. januar 2027)", FRIDAY)
    assert (deadline.start, deadline.end) == WEEKEND
    with pytest.raises(DeadlineError):  # other dates than the event's: which is meant?
        parse_deadline("inden generalforsamlingen (4. december 2026)", FRIDAY, EVENTS)
