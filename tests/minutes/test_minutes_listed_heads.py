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


# A water works' board page: titles run together with their minutes (a doubled full stop, a
# lost space), one minutes' sentence wrapped onto the next line; a proposer's point with the
# question to discuss after the colon.
RUN_TOGETHER = """Referat af bestyrelsesmøde i vandlauget mandag d. 4. marts 2019.

Deltagere: Jens Holm, Lone Berg og Ib Dahl.

 1. Velkomst

 2. Ledningsbrud.. Der var brud på ledningen ved skolen. Jens Holm følger op.

 3. Regnskab.Lone Berg fremlagde,
  at kassen var i balance ved årets udgang.

 4. Fra Ib: hvad det vil koste at skifte pumpen.

Ib Dahl indhenter tilbud.

 5. Eventuelt
"""


def test_a_title_run_together_with_its_minutes_is_cut_at_its_full_stop():
    assert items(parse_minutes(RUN_TOGETHER))[1:3] == [(2, "Ledningsbrud"), (3, "Regnskab")]


def test_a_question_after_the_titles_colon_stays_in_the_title():
    assert items(parse_minutes(RUN_TOGETHER))[3] == (
        4,
        "Fra Ib: hvad det vil koste at skifte pumpen",
    )
