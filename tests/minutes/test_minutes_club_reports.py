"""Sentences of a club's or a council's report that are no tasks, and the tasks beside them
(issue 25, held-out round 9): a day gone by or a span of opening days is no deadline.

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from tests.minutes import test_minutes_task_forms as task_forms

HEAD = (
    "Referat af bestyrelsesmøde i Svømmeklubben Bølgen 4. marts 2026\n\n"
    "Til stede: Karen, Otto, Vibeke, Asger, Malthe\n\n"
    "1. Nyt fra udvalgene\n\n"
)


def drafts(decision: str):
    return task_forms.drafts(decision, HEAD)


def test_last_friday_is_a_day_gone_by_not_a_deadline():
    assert drafts("Flot indsats af juniorholdet ved stævnet sidste fredag.") == []


def test_a_span_of_weekdays_is_opening_days_not_a_deadline():
    assert drafts("Lørdag til søndag 10.00 til 14.00 efter aftale med Otto.") == []
    (got,) = drafts("Otto sender listen ud senest fredag.")
    assert got.due_end is not None
