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
