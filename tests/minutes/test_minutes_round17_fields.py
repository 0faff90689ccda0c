"""Round 17: the meeting's fields, attendance and agenda items of small bodies' web-page
minutes: a page's dated title over the referat, a weekday's date without its year, run-on
item lines ("4 Title Den nye … blev …", "Title. Udsættes.", "Title: Godkendt ."), a topic and
its presenter after a colon, a PDF converter's image name under an item, an absence list
ended by a note, and items as paragraphs that open with their titles.

Each document is written for the test in that shape (invented names and text).
"""

from __future__ import annotations

from tracker.minutes.parser import parse_minutes


def titles(minutes) -> list[str]:
    return [item.title for item in minutes.agenda_items]


def absent(minutes) -> list[str]:
    return [a.name for a in minutes.attendees if not a.present]


# the head run on in one line, as a web page's paragraph
RUN_ON = (
    "Referat for bestyrelsesmøde i Grundejerforeningen Skovbrynet d.12.05.22 kl. 18.00-20.00 "
    "Deltagere: Lone, Per, Aksel. Afbud: Bente, Hugo og Svend. Note: Vi er ikke "
    "beslutningsdygtige, da Ida og Kim er udtrådt. Beslutningerne bekræftes på næste møde."
    """

 1. Underskrivning af regnskab. Udsættes.
 2. Vejene
  Der er lagt nyt grus på Egevej.
 3. Gennemgang af tilbud: Hegn ved Ole Bang.

page1image30211872

Bestyrelsen har valgt det billigste tilbud.
"""
)


def test_a_title_with_its_verdict_after_the_full_stop_is_the_title():
    assert titles(parse_minutes(RUN_ON))[0] == "Underskrivning af regnskab"


def test_a_topic_and_its_presenter_after_the_colon_stay_in_the_title():
    assert titles(parse_minutes(RUN_ON))[2] == "Gennemgang af tilbud: Hegn ved Ole Bang"


def test_a_pdf_converters_image_name_is_no_case_number():
    assert [item.case_number for item in parse_minutes(RUN_ON).agenda_items] == [None] * 3


def test_an_absence_list_ends_where_a_note_begins():
    assert absent(parse_minutes(RUN_ON)) == ["Bente", "Hugo", "Svend"]
