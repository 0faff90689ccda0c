"""A referat with no title, date, roll call or headings is read by its own proceedings."""

import pytest

from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import MinutesError


def test_a_bare_referat_that_approves_its_agenda_and_sets_the_next_meeting_is_read():
    # a web page's record whose name and date stayed in the address: one line a decision
    text = (
        "Dagsorden godkendt.\n"
        "Næste møde holdes efter sommerferien.\n"
        "Cykelskuret er malet.\n"
        "Karin og Poul ser på nye bænke til gården.\n"
        + "".join(f"Opgang {n} har fået ny dørtelefon.\n" for n in range(1, 14))
        + "Intet til referat.\n"  # the last line, past the head's lines
    )
    minutes = parse_minutes(text)
    assert minutes.date is None and minutes.agenda_items == []
    assert "no_date" in [w.code for w in minutes.warnings]
    # its first step is no title: the review offers the forum's name and the date instead
    assert minutes.title == ""


@pytest.mark.parametrize("step", ["Referat godkendt.", "Intet til referat."])
def test_a_step_of_the_meeting_that_names_the_referat_is_no_title(step):
    minutes = parse_minutes(f"{step}\nNæste møde holdes i maj.\nBo maler skuret.\n")
    assert minutes.title == ""


@pytest.mark.parametrize(
    "text",
    [
        # a newsletter that tells of the next meeting once is no referat
        "Nyhedsbrev\n\nKære beboere. Cykelskuret er malet.\nNæste møde holdes i maj.\n",
        # a letter that mentions an approved referat once is no referat either
        "Kære Poul\n\nReferatet blev godkendt, som du ønskede.\n\nMed venlig hilsen\nKarin\n",
    ],
)
def test_one_mark_of_a_meeting_is_not_enough(text):
    with pytest.raises(MinutesError, match="ligner ikke et referat"):
        parse_minutes(text)
