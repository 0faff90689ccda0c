"""Decision tables (issue 25): a beslutningsprotokol or handlingsplan set as a table, read row
by row into items and draft actions with the owner and deadline of their columns."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from tests.importing.test_import import new_forum, review_fields, upload
from tests.minutes.test_minutes_pdf import lines, new_pdf
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes

HEAD = (
    "Referat – Ledermøde i Skoleafdelingen",
    "Dato: 3. marts 2026 kl. 9.00",
    "Sted: Mødelokale 2, Rådhuset",
    "Deltagere: Anne Holm, Peter Lund, Mette Krogh",
)


def word(rows: list[tuple[str, ...]], before: tuple[str, ...] = HEAD, after=()) -> bytes:
    """A Word referat: a head of paragraphs, then a table whose first row is its header."""
    document = docx.Document()
    document.add_heading(before[0], level=1)
    for line in before[1:]:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for line in after:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read(data: bytes, name: str = "referat.docx"):
    minutes = parse_minutes(read_minutes_bytes(data, name))
    return minutes, extract_draft_actions(minutes)


PROTOCOL = [
    ("Punkt", "Beslutning", "Ansvarlig", "Frist"),
    ("1. Godkendelse af dagsorden", "Godkendt.", "", ""),
    ("2. Budgetopfølgning 2026", "Der laves en plan for besparelser på vikarområdet.", "Anne", ""),
    ("3. Trivselsmåling", "Resultaterne blev drøftet.", "", ""),
    ("4. Sommerferieplan", "Oplæg til fælles feriekalender", "Peter Lund", "uge 20"),
    ("", "Kalenderen sendes til skolerne", "", "1. maj 2026"),
    ("5. Eventuelt", "Intet.", "", ""),
]


def test_a_word_decision_table_gives_an_item_a_row_and_drafts_with_owner_and_deadline():
    minutes, drafts = read(word(PROTOCOL))
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budgetopfølgning 2026"),
        (3, "Trivselsmåling"),
        (4, "Sommerferieplan"),
        (5, "Eventuelt"),
    ]
    assert minutes.agenda_items[2].decision == "Resultaterne blev drøftet."
    # a row without a title goes on with the item above
    assert "Kalenderen sendes til skolerne" in minutes.agenda_items[3].decision
    found = {d.agenda_item_number: d for d in drafts}
    assert sorted(found) == [2, 4]  # "Godkendt.", "drøftet", "Intet." are no tasks
    assert found[2].owner_names == ["Anne Holm"]  # the first name, as the attendees know it
    assert found[2].due_end is None
    four = [d for d in drafts if d.agenda_item_number == 4]
    assert [(d.owner_names, d.due_end) for d in four] == [
        (["Peter Lund"], date(2026, 5, 17)),  # week 20 ends on Sunday 17 May 2026
        ([], date(2026, 5, 1)),
    ]
    assert "Ansvarlig: Peter Lund" in four[0].source_text


@pytest.mark.parametrize(
    "header",
    [
        ("Emne", "Drøftelse/beslutning", "Hvem", "Hvornår"),
        ("Dagsordenspunkt", "Konklusion", "Tovholder", "Deadline"),
    ],
)
def test_the_columns_are_known_by_their_danish_header_words(header):
    rows = [
        header,
        ("Ny skolestruktur", "Forvaltningen beskriver to modeller", "Mette", "1/6-2026"),
    ]
    minutes, drafts = read(word(rows))
    assert [(i.number, i.title) for i in minutes.agenda_items] == [(1, "Ny skolestruktur")]
    assert [(d.owner_names, d.due_end) for d in drafts] == [(["Mette Krogh"], date(2026, 6, 1))]


def test_a_number_column_and_a_follow_up_column():
    rows = [
        ("Nr.", "Sag", "Opfølgning", "Ansvar", "Deadline"),
        ("7", "Kantineudbud", "Udbudsmaterialet gennemgås af HR", "HR", "april 2026"),
        ("8", "Arbejdsmiljø", "", "", ""),
    ]
    minutes, drafts = read(word(rows))
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (7, "Kantineudbud"),
        (8, "Arbejdsmiljø"),
    ]
    assert len(drafts) == 1
    assert drafts[0].agenda_item_number == 7
    assert drafts[0].owner_names == ["HR"]
    assert drafts[0].due_end == date(2026, 4, 30)


def test_an_action_table_inside_an_item_gives_that_items_drafts():
    before = HEAD + ("Punkt 1: Godkendelse af referat", "Godkendt.", "Punkt 2: Handleplan")
    rows = [
        ("Handling", "Ansvarlig", "Frist"),
        ("Spørgeskema til eleverne", "Peter Lund", "15. april 2026"),
        ("Temadag for lærerne", "Mette Krogh", "–"),
    ]
    minutes, drafts = read(word(rows, before, after=("Punkt 3: Eventuelt", "Intet.")))
    assert [i.number for i in minutes.agenda_items] == [1, 2, 3]
    assert [(d.agenda_item_number, d.owner_names, d.due_end) for d in drafts] == [
        (2, ["Peter Lund"], date(2026, 4, 15)),
        (2, ["Mette Krogh"], None),
    ]


def test_a_referat_that_is_only_an_action_list_gives_an_item_a_row():
    rows = [
        ("Handling", "Ansvarlig", "Frist"),
        ("Spørgeskema til eleverne", "Peter Lund", "15. april 2026"),
        ("Temadag for lærerne", "Mette Krogh", ""),
    ]
    minutes, drafts = read(word(rows))
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Spørgeskema til eleverne"),
        (2, "Temadag for lærerne"),
    ]
    assert [(d.agenda_item_number, d.owner_names) for d in drafts] == [
        (1, ["Peter Lund"]),
        (2, ["Mette Krogh"]),
    ]


def test_an_agenda_table_with_time_slots_gives_no_deadlines_and_no_false_drafts():
    rows = [
        ("Punkt", "Formål: Hvad? Hvorfor?", "Tid", "Referat"),
        ("1. Godkendelse af dagsorden", "Er der punkter til eventuelt?", "Kl. 18.30", "Godkendt."),
        ("2. Trivsel", "Hvad gør vi ved uroen i 5. klasse?", "18.35-19.00", "Drøftet."),
        ("3. Juleklip", "Planlægning", "19.00", "Skolelederen sender en invitation ud i uge 47."),
    ]
    minutes, drafts = read(word(rows))
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Trivsel"),
        (3, "Juleklip"),
    ]
    assert [(d.agenda_item_number, d.due_end) for d in drafts] == [(3, date(2026, 11, 22))]
    assert "Frist" not in drafts[0].source_text  # "19.00" is when the item was on


def test_a_table_that_is_no_decision_table_is_left_as_it_was():
    rows = [("Mødedato", "3. marts 2026"), ("Sted", "Rådhuset"), ("Referent", "Mette Krogh")]
    text = read_minutes_bytes(word(rows, before=("Referat – Skolebestyrelsen",)), "r.docx")
    assert "Mødedato\t3. marts 2026" in text
    minutes = parse_minutes(text + "\n1. Meddelelser\n\nIntet.\n")
    assert minutes.date == date(2026, 3, 3) and minutes.location == "Rådhuset"


def test_an_empty_cell_keeps_the_columns_in_their_places():
    rows = [
        ("Punkt", "Beslutning", "Ansvarlig", "Frist"),
        ("1. Budget", "Ny plan laves", "", "maj"),
    ]
    text = read_minutes_bytes(word(rows), "r.docx")
    assert "1. Budget\tNy plan laves\t\tmaj" in text


def test_a_row_with_only_its_title_does_not_end_the_table():
    rows = [
        ("Punkt", "Beslutning", "Ansvarlig", "Frist"),
        ("1. Orientering", "", "", ""),
        ("2. Budget", "En ny plan for vikarer udarbejdes", "Anne Holm", "1. juni 2026"),
    ]
    minutes, drafts = read(word(rows))
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Orientering"),
        (2, "Budget"),
    ]
    assert [(d.agenda_item_number, d.owner_names) for d in drafts] == [(2, ["Anne Holm"])]


def table_pdf(borders: bool) -> bytes:
    """The protocol as a table in a PDF: cells that wrap over lines, short cells half-way down
    their row, empty cells that print nothing; with the borders Word draws, or without."""
    pdf = new_pdf()
    lines(pdf, HEAD[0], size=16, style="B")
    lines(pdf, *HEAD[1:])
    pdf.set_font("dv", "", 10)
    rows = [row for row in PROTOCOL if row[0]]  # a continuation row needs the borders
    rows[2] = (rows[2][0], rows[2][1] + " Planen forelægges udvalget.", *rows[2][2:])
    style = "ALL" if borders else "NONE"
    with pdf.table(col_widths=(45, 80, 35, 30), text_align="LEFT", borders_layout=style) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    return bytes(pdf.output())


@pytest.mark.parametrize("borders", [True, False])
def test_a_decision_table_in_a_pdf_keeps_its_rows_and_columns(borders):
    minutes, drafts = read(table_pdf(borders), "referat.pdf")
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budgetopfølgning 2026"),
        (3, "Trivselsmåling"),
        (4, "Sommerferieplan"),
        (5, "Eventuelt"),
    ]
    two = minutes.agenda_items[1].decision
    assert two == ("Der laves en plan for besparelser på vikarområdet. Planen forelægges udvalget.")
    assert [(d.agenda_item_number, d.owner_names, d.due_end) for d in drafts][-1] == (
        4,
        ["Peter Lund"],
        date(2026, 5, 17),
    )
    assert {d.agenda_item_number for d in drafts} == {2, 4}
    assert all(d.owner_names == ["Anne Holm"] for d in drafts if d.agenda_item_number == 2)


def test_a_web_page_decision_table_reads_the_same():
    page = (
        "<html><body><h1>Referat – Ledermøde i Skoleafdelingen</h1>"
        "<p>Dato: 3. marts 2026 kl. 9.00</p><p>Deltagere: Anne Holm, Peter Lund</p><table>"
        "<tr><th>Punkt</th><th>Beslutning</th><th>Ansvarlig</th><th>Frist</th></tr>"
        "<tr><td>1. Budget</td><td>Ny plan for vikarer udarbejdes</td><td></td>"
        "<td>1. juni 2026</td></tr></table></body></html>"
    ).encode()
    minutes, drafts = read(page, "referat.html")
    assert [(i.number, i.title) for i in minutes.agenda_items] == [(1, "Budget")]
    assert [(d.owner_names, d.due_end) for d in drafts] == [([], date(2026, 6, 1))]


def test_the_review_page_shows_the_rows_owner_and_deadline(secretary_client):
    page = upload(
        secretary_client, word(PROTOCOL), name="referat.docx", forum="Skoleafdelingen"
    ).get_data(as_text=True)
    assert "Referatet indeholder ingen forslag" not in page
    fields = new_forum(review_fields(page))
    rows = {
        fields[key]: (
            fields[key.replace("-title", "-owner")],
            fields[key.replace("-title", "-deadline")],
        )
        for key in fields
        if key.startswith("drafts-") and key.endswith("-title")
    }
    assert rows["Oplæg til fælles feriekalender"] == ("Peter Lund", "uge 20")
    assert rows["Sende kalenderen til skolerne"] == ("", "1. maj 2026")


def test_a_summary_table_before_the_items_makes_no_items_but_gives_its_owners():
    before = HEAD + ("Beslutningsoversigt",)
    rows = [
        ("Punkt", "Beslutning", "Ansvarlig"),
        ("1. Budget", "Godkendt", ""),
        ("2. Trivsel", "Skolelederen laver en plan", "Mette Krogh"),
    ]
    after = (
        "Punkt 1: Budget",
        "Beslutning: Godkendt.",
        "Punkt 2: Trivsel",
        "Beslutning: Skolelederen laver en plan for trivsel inden 1. maj 2026.",
    )
    minutes, drafts = read(word(rows, before, after))
    assert [(i.number, i.title) for i in minutes.agenda_items] == [(1, "Budget"), (2, "Trivsel")]
    # the summary's owner goes to the draft of the item that says the same
    assert [(d.agenda_item_number, d.owner_names, d.due_end) for d in drafts] == [
        (2, ["Mette Krogh"], date(2026, 5, 1))
    ]


def test_an_inline_decision_with_a_deadline_date_is_this_meetings():
    text = (
        "Referat – Skolebestyrelsen\n\nDato: 3. marts 2026\n\nPunkt 1: Trivsel\n\n"
        "Beslutning: Skolelederen laver en plan inden 1. maj 2026.\n\n"
        "Punkt 2: Budget\n\nBeslutning i Skolebestyrelsen den 10. februar 2026: Godkendt.\n\n"
        "Punkt 3: Eventuelt\n\nReferat: Intet. Næste møde: 12. maj 2026.\n"
    )
    minutes = parse_minutes(text)
    assert minutes.agenda_items[0].decision == "Skolelederen laver en plan inden 1. maj 2026."
    assert minutes.agenda_items[1].decision == ""  # an earlier meeting's, quoted
    # the next meeting's date is no task
    assert [d.agenda_item_number for d in extract_draft_actions(minutes)] == [1]
