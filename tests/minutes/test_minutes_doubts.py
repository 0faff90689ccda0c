"""The proposals the importer is unsure of (tracker.minutes.doubts): the review leaves them
unticked and says why."""

from __future__ import annotations

from tracker.minutes.doubts import DUPLICATE, NEXT_MEETING, NO_OWNER, SIGNATURE, Doubt, doubts
from tracker.minutes.drafts import DraftAction


def draft(source: str, title: str | None = None, owners=("Peter Lund",)) -> DraftAction:
    return DraftAction(
        title=title or source.rstrip("."),
        source_text=source,
        deadline_text=None,
        due_start=None,
        due_end=None,
        owner_names=list(owners),
    )


def codes(drafts) -> list[set[str]]:
    return [{d.code for d in reasons} for reasons in doubts(drafts)]


def test_a_clear_task_with_an_owner_is_not_doubted():
    clear = draft("Peter Lund laver en handleplan inden jul.", "Lave en handleplan")
    assert doubts([clear]) == [()]


def test_a_task_without_an_owner_says_so():
    assert codes([draft("Vende tilbage til sagen på næste møde.", owners=())]) == [{NO_OWNER}]


def test_the_date_of_the_next_meeting_is_no_task():
    found = codes(
        [
            draft("Næste møde: 17. februar 2027", owners=()),
            draft("Datoen fastsættes", owners=()),
            draft("Næste møde afholdes 3. marts 2027 i Rådhuset."),
            draft("Mødedatoen for foråret aftales senere."),
        ]
    )
    assert all(NEXT_MEETING in reasons for reasons in found), found


def test_a_task_for_the_next_meeting_is_still_a_task():
    found = codes([draft("Anne Holm fremlægger planen på næste møde.", "Fremlægge planen")])
    assert found == [set()]


def test_the_same_task_twice_names_the_first():
    found = doubts(
        [
            draft("Peter Lund laver en handleplan.", "Lave en handleplan"),
            draft("Mette Krogh planlægger en temadag.", "Planlægge en temadag"),
            draft("Vende tilbage til sagen.", "Vende tilbage til sagen"),
            draft("Vende tilbage.", "vende tilbage til  sagen."),
        ]
    )
    assert found[2] == ()
    assert Doubt(DUPLICATE, 3) in found[3]


def test_a_signature_is_no_decision():
    found = codes(
        [
            draft("Venlig hilsen Sara Lindholm, Sekretariatet", owners=("Sara Lindholm",)),
            draft("Med venlig hilsen Søren Bak"),
            draft("Sara Lindholm, Sekretariatet"),
        ]
    )
    assert all(SIGNATURE in reasons for reasons in found), found


def test_each_reason_is_given_once_in_a_fixed_order():
    (reasons,) = doubts([draft("Næste møde: 17. februar 2027", owners=())])
    assert [r.code for r in reasons] == [NEXT_MEETING, NO_OWNER]
