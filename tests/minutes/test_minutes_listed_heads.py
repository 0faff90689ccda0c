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


# A seniors' council's page: the agenda under "Dagsorden:" (titles ending in a full stop, a
# lettered point wrapped long), the writer's initials, then "Referat:" counting from 1 again;
# the last listed item not treated in the minutes (closed, or left out).
LABELLED_LISTS = """Referat fra møde i Seniorrådet den 12. marts 2025

Onsdag den 12. marts 2025 kl. 10.00 – 12.00, Mødelokale 3, Rådhuset
Fraværende:
Hanne Krog
Dagsorden:
1. Godkendelse af dagsorden.
2. Godkendelse af referat fra sidste møde.
3. Nyt fra formanden
4. Aktuelle sager
a. Orientering fra arbejdsgrupperne om trafik,boliger og kultur
5. Lukket punkt: Personsag.
18.03.2025/abc
Referat:
1. Godkendelse af dagsorden.
Godkendt.
2. Godkendelse af referat fra sidste møde.
Godkendt.
3. Nyt fra formanden
Formanden fortalte om årets budget.
4. Aktuelle sager
Arbejdsgrupperne fortalte om deres arbejde.
"""


def test_an_agenda_list_under_its_label_and_the_minutes_counting_again_are_one_agenda():
    minutes = parse_minutes(LABELLED_LISTS)
    assert items(minutes) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat fra sidste møde"),
        (3, "Nyt fra formanden"),
        (4, "Aktuelle sager"),
        (5, "Lukket punkt: Personsag"),
    ]
    assert minutes.agenda_items[2].decision == "Formanden fortalte om årets budget."


def test_the_minutes_counting_again_after_the_labelled_agenda_need_no_label_of_their_own():
    text = LABELLED_LISTS.replace(
        "Referat:\n1. Godkendelse af dagsorden.", "_ _ _\n1. Dagsordenen."
    )
    minutes = parse_minutes(text)
    assert [n for n, _ in items(minutes)] == [1, 2, 3, 4, 5]
    assert [i.decision for i in minutes.agenda_items][:2] == ["Godkendt.", "Godkendt."]
    assert minutes.agenda_items[4].decision == ""  # the closed item has no minutes


def test_a_date_line_in_words_numbered_by_the_page_is_the_meetings_date_too():
    text = DATED_LIST_LINE.replace(
        "  1. 14/2-2024 kl. 18:00 i Fælleshuset.",
        "  1. Onsdag den 14. februar 2024 kl. 18.00 i Fælleshuset.",
    )
    minutes = parse_minutes(text)
    assert (minutes.date, minutes.start_time) == (date(2024, 2, 14), time(18, 0))
    assert items(minutes)[0] == (1, "Legepladsen")


# A club's referat: the agenda under "Dagsorden:", then straight away the same items again with
# their minutes; and the same list with the minutes as numbered sentences under "Referat:".
LIST_THEN_MINUTES = """Referat af bestyrelsesmøde 3. april 2024

Til stede: Anne, Bo og Carl

Dagsorden:
1. Godkendelse af referat.
2. Økonomi.
3. Sommerfest.

1. Godkendelse af referat.
Godkendt.
2. Økonomi.
Bo sender regnskabet til revisor.
3. Sommerfest.
Carl booker teltet.
"""


def test_the_items_repeated_right_after_the_labelled_list_hold_the_minutes():
    minutes = parse_minutes(LIST_THEN_MINUTES)
    assert items(minutes) == [(1, "Godkendelse af referat"), (2, "Økonomi"), (3, "Sommerfest")]
    assert [i.decision for i in minutes.agenda_items] == [
        "Godkendt.",
        "Bo sender regnskabet til revisor.",
        "Carl booker teltet.",
    ]


def test_numbered_sentences_under_referat_are_minutes_not_titles():
    text = LIST_THEN_MINUTES.split("Dagsorden:")[0] + (
        "Referat:\n1. Referatet blev godkendt.\n2. Kassereren har gennemgået regnskabet.\n"
    )
    minutes = parse_minutes(text)
    assert [i.decision for i in minutes.agenda_items] == [
        "Referatet blev godkendt.",
        "Kassereren har gennemgået regnskabet.",
    ]


# A small association's post: "Dagsorden var:" and its titles, then "Referat:" with a sentence
# for each treated item under the item's own number (item 3 left out).
SENTENCES_BY_NUMBER = """Bestyrelsesmøde 7/3 2024

Formanden havde indkaldt til bestyrelsesmøde torsdag den 7/3 2024 kl 19.

Tilstede var: Ulla, Kim og Per.

Dagsorden var:

  1. Regnskab
  2. Nyt medlem
  3. Loppemarked
  4. Eventuelt

Referat:

  1. FIRST
  2. Ulla har valgt at træde ud af bestyrelsen. Per træder derfor ind i bestyrelsen fra april.
  4. Der var ikke noget under eventuelt.
""".replace(  # a line as long as a web page's paragraph
    "FIRST",
    "Bestyrelsen har godkendt regnskab og budget. Kim sender nu regnskabet til foreningens "
    "revisor til den endelige godkendelse.",
)


def test_numbered_sentences_under_the_labelled_agenda_are_the_listed_items_minutes():
    minutes = parse_minutes(SENTENCES_BY_NUMBER)
    assert items(minutes) == [
        (1, "Regnskab"),
        (2, "Nyt medlem"),
        (3, "Loppemarked"),
        (4, "Eventuelt"),
    ]
    decisions = [i.decision for i in minutes.agenda_items]
    assert decisions[0].startswith("Bestyrelsen har godkendt regnskab og budget.")
    assert decisions[1].startswith("Ulla har valgt at træde ud af bestyrelsen.")
    assert decisions[2] == ""


def test_a_lost_numbering_below_the_list_is_no_count_of_minutes():
    text = SENTENCES_BY_NUMBER.replace("  2. Ulla", "  1. Ulla").replace("  4. Der", "  1. Der")
    minutes = parse_minutes(text)
    assert items(minutes)[2] == (3, "Loppemarked")
    # every line "1.": no count to place the sentences by, so item 1 is not given them all
    assert minutes.agenda_items[0].decision == ""
    told = " ".join(i.decision for i in minutes.agenda_items)
    assert "Ulla har valgt" in told and "ikke noget under eventuelt" in told  # nothing lost


def test_an_item_that_is_a_wrapped_sentence_keeps_its_first_line_as_title():
    text = RUN_TOGETHER.replace(
        " 5. Eventuelt",
        " 5. Forsyningen har 12/2 sendt os deres rapport\n  om tilsynet med boringerne\n"
        "  og Jens Holm følger op.\n\n 6. Eventuelt",
    )
    minutes = parse_minutes(text)
    assert items(minutes)[4] == (5, "Forsyningen har 12/2 sendt os deres rapport")
    assert "om tilsynet med boringerne" in minutes.agenda_items[4].decision


NEXT_AGENDA = "\nNæste møde 5. maj 2024. Dagsorden:\n1. Budget\n2. Loppemarked\n"


def test_the_next_meetings_agenda_below_the_last_item_adds_no_items():
    minutes = parse_minutes(LIST_THEN_MINUTES + NEXT_AGENDA)
    assert items(minutes) == [(1, "Godkendelse af referat"), (2, "Økonomi"), (3, "Sommerfest")]
    assert minutes.agenda_items[0].decision == "Godkendt."
    # the items without a label of their own, the next agenda under its own "Dagsorden:" line
    text = "Referat 3. april 2024\n\nTil stede: Anne og Bo\n\n" + (
        "1. Regnskab\nGodkendt.\n\n2. Sommerfest\nBo booker teltet.\n\n"
        "Dagsorden:\n1. Budget\n2. Loppemarked\n"
    )
    assert items(parse_minutes(text)) == [(1, "Regnskab"), (2, "Sommerfest")]
