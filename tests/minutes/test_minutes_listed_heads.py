"""Heads and agenda items of web-page and club referater (issue 25), in documents written for
these tests: a date line a page's editor made a list item, plain headings over a question."""

from __future__ import annotations

from datetime import date, time

from tracker.minutes.parser import parse_minutes


def items(minutes):
    return [(i.number, i.title) for i in minutes.agenda_items]


# A residents' association's blog post: the date line rendered as the list's "1.", then plain
# one-line headings, two of them over a short question that opens their text.
DATED_LIST_LINE = """Referat af bestyrelsesmøde – Beboerforeningen Lærkevangen

  1. 14/2-2024 kl. 18:00 i Fælleshuset.

Tilstede: Anna, Bent og Cecilie

Fravær: Dorte

Legepladsen

Gyngen er gået i stykker, og der skal findes en ny.

Bent kontakter leverandøren om en ny gynge.

Sommerfest

Hvornår holder vi den?

Cecilie foreslår den 15. juni og booker teltet.

Vinduespudsning

Hvem vil stå for den?

Anna tager sig af tilbuddene og vender tilbage.
"""


def test_a_date_line_numbered_by_the_page_is_the_meetings_date_not_item_one():
    minutes = parse_minutes(DATED_LIST_LINE)
    assert minutes.date == date(2024, 2, 14)
    assert minutes.start_time == time(18, 0)
    assert minutes.location == "Fælleshuset"
    assert items(minutes) == [(1, "Legepladsen"), (2, "Sommerfest"), (3, "Vinduespudsning")]


def test_a_numbered_line_that_only_mentions_a_date_is_still_an_item():
    text = DATED_LIST_LINE.replace(
        "  1. 14/2-2024 kl. 18:00 i Fælleshuset.",
        "Mødet blev holdt 14/2-2024 kl. 18:00 i Fælleshuset.\n\n"
        "  1. Referat fra mødet 10/1-2024 godkendt.",
    )
    assert items(parse_minutes(text))[0] == (1, "Referat fra mødet 10/1-2024 godkendt")
