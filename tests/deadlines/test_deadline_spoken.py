"""Deadline words of speech and meetings (issue 18): "i morgen", "inden jul", "på næste møde"."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.deadlines import (
    DeadlineError,
    canonical_text,
    find_all_deadlines,
    parse_deadline,
)

WEDNESDAY = date(2026, 3, 4)
D = date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("i morgen", D(2026, 3, 5), D(2026, 3, 5), "day"),
        ("i overmorgen", D(2026, 3, 6), D(2026, 3, 6), "day"),
        ("næste fredag", D(2026, 3, 6), D(2026, 3, 6), "day"),
        ("næste onsdag", D(2026, 3, 11), D(2026, 3, 11), "day"),  # not today
        ("på mandag", D(2026, 3, 9), D(2026, 3, 9), "day"),
        ("næste uge", D(2026, 3, 9), D(2026, 3, 15), "week"),
        ("i denne uge", D(2026, 3, 2), D(2026, 3, 8), "week"),
        ("inden for 14 dage", WEDNESDAY, D(2026, 3, 18), "day"),
        ("inden for tre uger", WEDNESDAY, D(2026, 3, 25), "day"),
        ("inden 14 dage", WEDNESDAY, D(2026, 3, 18), "day"),  # "for" is often left out
        ("inden en måned", WEDNESDAY, D(2026, 4, 4), "day"),
        ("inden jul", WEDNESDAY, D(2026, 12, 23), "day"),
        ("til jul", WEDNESDAY, D(2026, 12, 23), "day"),  # Christmas, never July ("jul.")
        ("senest til jul", WEDNESDAY, D(2026, 12, 23), "day"),  # its words say "senest" once
        ("senest inden påske", WEDNESDAY, D(2026, 4, 1), "day"),
        ("efter jul", D(2027, 1, 1), D(2027, 1, 31), "month"),
        ("inden påske", WEDNESDAY, D(2026, 4, 1), "day"),  # Easter Sunday is 5 April 2026
        ("til påske", WEDNESDAY, D(2026, 4, 1), "day"),
        ("inden pinse", WEDNESDAY, D(2026, 5, 22), "day"),  # Whit Sunday is 24 May 2026
        ("til pinse", WEDNESDAY, D(2026, 5, 22), "day"),
        ("efter pinse", D(2026, 5, 26), D(2026, 6, 8), "period"),
        ("efter påske", D(2026, 4, 7), D(2026, 4, 20), "period"),
        ("primo 2027", D(2027, 1, 1), D(2027, 4, 30), "period"),
        ("ultimo 2026", D(2026, 9, 1), D(2026, 12, 31), "period"),
        ("efter et halvt år", D(2026, 9, 4), D(2026, 9, 4), "day"),
        ("om et halvt år", D(2026, 9, 4), D(2026, 9, 4), "day"),
        ("efter tre måneder", D(2026, 6, 4), D(2026, 6, 4), "day"),
        ("17.12", D(2026, 12, 17), D(2026, 12, 17), "day"),
        ("17.12.2026", D(2026, 12, 17), D(2026, 12, 17), "day"),
        ("til mødet i februar", D(2027, 2, 1), D(2027, 2, 28), "month"),  # none planned
        ("på næste møde", None, None, "none"),
        ("til næste møde", None, None, "none"),
        ("hurtigst muligt", None, None, "none"),
        ("når vi ved mere", None, None, "none"),
    ],
)
def test_spoken_words(text, start, end, precision):
    deadline = parse_deadline(text, WEDNESDAY)
    assert (deadline.start, deadline.end, deadline.precision) == (start, end, precision)
    assert deadline.text == text  # the words are kept
    again = parse_deadline(canonical_text(deadline), WEDNESDAY)
    assert (again.start, again.end) == (start, end)


def test_vague_words_have_no_date_and_are_never_overdue():
    deadline = parse_deadline("hurtigst muligt", WEDNESDAY)
    assert deadline.label() == "uden frist" and deadline.label("en") == "no deadline"
    assert not deadline.is_overdue(D(2030, 1, 1))


def test_meeting_words_use_the_planned_meetings():
    planned = [D(2026, 2, 1), D(2026, 4, 15), D(2026, 6, 10)]
    assert parse_deadline("på næste møde", WEDNESDAY, meetings=planned).end == D(2026, 4, 15)
    assert parse_deadline("til mødet i juni", WEDNESDAY, meetings=planned).end == D(2026, 6, 10)
    # no meeting planned in May: the month
    may = parse_deadline("til mødet i maj", WEDNESDAY, meetings=planned)
    assert (may.start, may.end, may.precision) == (D(2026, 5, 1), D(2026, 5, 31), "month")


def test_the_february_meant_is_named():
    with pytest.raises(DeadlineError, match="februar 2027 har kun 28 dage"):
        parse_deadline("31/2", WEDNESDAY)
    with pytest.raises(DeadlineError, match="februar 2028 har kun 29 dage"):
        parse_deadline("30. februar", D(2028, 1, 5))
    with pytest.raises(DeadlineError) as info:
        parse_deadline("31/2", D(2026, 1, 10))
    assert "februar 2026 har kun 28 dage" in str(info.value)
    assert "February 2026 has only 28 days" in info.value.message("en")


def test_found_in_sentences():
    found = find_all_deadlines(
        "Forvaltningen vender tilbage inden jul, og Eva sender notatet på næste møde.", WEDNESDAY
    )
    assert [words for words, _ in found] == ["inden jul", "på næste møde"]
    assert found[0][1].end == D(2026, 12, 23)  # Christmas, not July


def test_a_time_in_a_sentence_is_no_date():
    assert find_all_deadlines("Mødet starter kl. 17.12 i salen.", WEDNESDAY) == []
