"""PDF referater as a person reads them (issue 25): two columns, running heads and page numbers,
words hyphenated at line ends, FirstAgenda's layout; read with pypdfium2 within the budget."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from fpdf import FPDF

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes

FONTS = Path(__file__).parents[2] / "tracker" / "reports" / "fonts"


class _Pdf(FPDF):
    running = ""
    page_numbers = False

    def header(self):
        if self.running:
            self.set_font("dv", "", 8)
            self.cell(0, 5, self.running.format(page=self.page_no()), new_x="LMARGIN", new_y="NEXT")
            self.ln(6)

    def footer(self):
        if self.page_numbers:
            self.set_y(-15)
            self.set_font("dv", "", 8)
            self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")


def new_pdf(running: str = "", page_numbers: bool = False) -> _Pdf:
    pdf = _Pdf()
    pdf.running, pdf.page_numbers = running, page_numbers
    pdf.add_font("dv", fname=str(FONTS / "DejaVuSansCondensed.ttf"))
    pdf.add_font("dv", style="B", fname=str(FONTS / "DejaVuSansCondensed-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def lines(pdf: _Pdf, *texts: str, size: float = 11, style: str = "") -> None:
    """Each text on a line of its own (the line ends where the test says), then a gap."""
    pdf.set_font("dv", style, size)
    for text in texts:
        pdf.cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def read(data: bytes):
    text = read_minutes_bytes(data, "referat.pdf")
    minutes = parse_minutes(text)
    return text, minutes, extract_draft_actions(minutes)


def test_running_heads_page_numbers_and_hyphenated_words():
    pdf = new_pdf(running="Teknik- og Miljøudvalget · Referat · 4. marts 2026", page_numbers=True)
    lines(pdf, "Referat", size=18, style="B")
    lines(pdf, "Mødedato: 4. marts 2026 kl. 15:00", "Sted: Mødelokale 3")
    for number, title in ((1, "Vejplan 2026"), (2, "Nye cykelstier"), (3, "Eventuelt")):
        if number > 1:
            pdf.add_page()
        lines(pdf, f"{number}. {title}", size=12, style="B")
        lines(pdf, "Beslutning", style="B")
        lines(
            pdf,
            "Forvaltningen udarbejder et notat om kommu-",  # "-" and a lowercase word
            "nens vejnet og sender det til Økonomi\u00ad",  # a soft hyphen
            "udvalget inden 1. juni 2026. Hoved\u2010",  # U+2010 before a capital: kept
            "MED hørte om IT-",  # an abbreviation keeps its hyphen
            "systemet til bygge-",  # "bygge- og anlæg": the hyphen of a shared word end
            "og anlægsudgifter.",
        )
    text, minutes, drafts = read(bytes(pdf.output()))
    assert text.count("Teknik- og Miljøudvalget · Referat · 4. marts 2026") == 1
    assert not re.search(r"Side \d af \d", text)
    assert (
        text.count(
            "Forvaltningen udarbejder et notat om kommunens vejnet og sender det til "
            "Økonomiudvalget inden 1. juni 2026. Hoved-MED hørte om IT-systemet til bygge- og "
            "anlægsudgifter."
        )
        == 3
    )
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Vejplan 2026"),
        (2, "Nye cykelstier"),
        (3, "Eventuelt"),
    ]
    assert (minutes.date, minutes.location) == (date(2026, 3, 4), "Mødelokale 3")
    assert {(d.agenda_item_number, d.due_end) for d in drafts} == {
        (n, date(2026, 6, 1)) for n in (1, 2, 3)
    }
    assert all(d.owner_names == ["Forvaltningen"] for d in drafts)


def test_a_page_number_in_the_running_head_is_no_new_head():
    pdf = new_pdf(running="Skolebestyrelsen, referat 12. maj 2026 – side {page}")
    lines(pdf, "Referat", size=18, style="B")
    lines(pdf, "Dato: 12. maj 2026")
    for number in range(1, 4):
        if number > 1:
            pdf.add_page()
        lines(pdf, f"{number}. Punkt om trivsel", size=12, style="B")
        lines(pdf, "Beslutning: Skolelederen sender planen til forældrene inden 1. juni 2026.")
    text, minutes, _ = read(bytes(pdf.output()))
    assert text.count("Skolebestyrelsen, referat 12. maj 2026") == 1  # on the first page only
    assert len(minutes.agenda_items) == 3


def two_columns(items: int) -> bytes:
    pdf = new_pdf(running="Ældrerådet · Referat · 14. januar 2026", page_numbers=True)
    lines(pdf, "Referat", size=18, style="B")
    lines(pdf, "Mødedato: 14. januar 2026 kl. 10:00", "Sted: Rådhuset, lokale 2")
    sentence = (
        "Rådet drøftede den kommunale ældrepolitik og de kommende ændringer af tilbuddene til "
        "borgere med behov for hjemmehjælp og træning i eget hjem. "
    )
    with pdf.text_columns(ncols=2, gutter=8, text_align="J") as columns:
        for number in range(1, items + 1):
            pdf.set_font("dv", "B", 12)
            with columns.paragraph(text_align="L", top_margin=3) as title:
                title.write(f"{number}. Høring om ældrepolitikken del {number}")
            pdf.set_font("dv", "B", 10)
            with columns.paragraph(text_align="L", top_margin=2) as label:
                label.write("Beslutning")
            pdf.set_font("dv", "", 10)
            with columns.paragraph(top_margin=2) as body:
                body.write(
                    sentence * 3 + f"Sekretariatet sender høringssvar nr. {number} til "
                    "Kommunalbestyrelsen senest 15. maj 2026."
                )
    return bytes(pdf.output())


def test_a_two_column_pdf_reads_column_after_column():
    text, minutes, drafts = read(two_columns(9))
    assert [i.number for i in minutes.agenda_items] == list(range(1, 10))
    assert [i.title for i in minutes.agenda_items][:2] == [
        "Høring om ældrepolitikken del 1",
        "Høring om ældrepolitikken del 2",
    ]
    # each paragraph whole, the one that goes on in the next column or page too
    assert not [p for p in text.split("\n\n") if p[:1].islower()]
    for number in range(1, 10):
        assert (
            f"Sekretariatet sender høringssvar nr. {number} til Kommunalbestyrelsen senest "
            "15. maj 2026." in text
        )
    assert sorted(d.agenda_item_number for d in drafts) == list(range(1, 10))
    assert {(tuple(d.owner_names), d.due_end) for d in drafts} == {
        (("Sekretariatet",), date(2026, 5, 15))
    }


def first_agenda() -> bytes:
    """FirstAgenda's referat: a big title, label and value on one line, a table of contents
    with dot leaders, each item on a page of its own with a title over two lines, its case
    number (EMN-…) under it and the decision under "Beslutninger"."""
    pdf = new_pdf()
    lines(pdf, "REFERAT Klima- og Miljøudvalget d. 09-09-2026", size=22, style="B")
    lines(pdf, "Mødedato Onsdag d. 9. september 2026 kl. 16:00", "Mødested Rådhuset, lokale 4")
    pdf.add_page()
    lines(pdf, "Indholdsfortegnelse", size=22, style="B")
    titles = [
        "Godkendelse af dagsorden",
        "Svar på forslag om en samlet plan for nye cykelstier og fortove langs "
        "Randersvej og Grenåvej",
        "Orientering om klimaregnskabet",
    ]
    for page, title in enumerate(titles, start=3):
        short = title if len(title) < 60 else title[:57] + "…"
        lines(pdf, f"{short} {'.' * 40} {page}")
    decisions = [
        "Godkendt.",
        "Forvaltningen udarbejder et forslag til en samlet plan inden 1. december 2026.",
        "Taget til efterretning.",
    ]
    for number, (title, decision) in enumerate(zip(titles, decisions, strict=True), start=1):
        pdf.add_page()
        if len(title) < 60:
            lines(pdf, f"Punkt {number}: {title}", size=16, style="B")
        else:  # cut by the margin before a capital: "… langs" / "Randersvej …"
            cut = title.index(" Randersvej")
            lines(pdf, f"Punkt {number}: {title[:cut]}", title[cut + 1 :], size=16, style="B")
        lines(pdf, f"EMN-2026-00{number}123")
        lines(pdf, "Beslutninger", size=14, style="B")
        lines(pdf, decision)
        lines(pdf, "Sagsfremstilling", size=14, style="B")
        lines(pdf, "Udvalget besluttede den 3. marts 2026 at bede om et svar.")
    return bytes(pdf.output())


def test_a_first_agenda_pdf_gives_its_items_and_actions():
    text, minutes, drafts = read(first_agenda())
    assert (minutes.date, minutes.start_time.hour) == (date(2026, 9, 9), 16)
    assert minutes.location == "Rådhuset, lokale 4"
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        (1, "Godkendelse af dagsorden"),
        (
            2,
            "Svar på forslag om en samlet plan for nye cykelstier og fortove langs "
            "Randersvej og Grenåvej",  # printed over two lines, one title again
        ),
        (3, "Orientering om klimaregnskabet"),
    ]
    # the case number a block of its own under the title, where the parser looks for it
    assert "\n\nEMN-2026-002123\n\n## Beslutninger\n\nForvaltningen udarbejder" in text
    assert [(d.agenda_item_number, d.owner_names, d.due_end) for d in drafts] == [
        (2, ["Forvaltningen"], date(2026, 12, 1))
    ]


def test_a_justified_line_with_wide_even_spaces_is_no_table_row():
    pdf = new_pdf()
    lines(pdf, "Referat", size=18, style="B")
    lines(pdf, "Dato: 2. marts 2026", "Punkt 1: Budget")
    pdf.set_font("dv", "", 11)
    y = pdf.get_y() + 5
    x = 10.0
    for word in ("Udvalget", "godkendte", "indstillingen"):  # a narrow column, justified
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + 12  # 12 mm apart: more than two ems
    pdf.text(10, y + 6, "og sendte sagen videre.")
    pdf.text(10, y + 18, "Mødested")  # a table row: one wide gap, ordinary spaces
    pdf.text(60, y + 18, "Byrådssalen, Rådhuset")
    text = read_minutes_bytes(bytes(pdf.output()), "referat.pdf")
    assert "Udvalget godkendte indstillingen og sendte sagen videre." in text
    assert "Mødested\tByrådssalen, Rådhuset" in text


def test_a_child_reads_a_pdf_while_another_thread_of_its_parent_holds_pdfium():
    from tracker.minutes import isolation, pdf

    data = two_columns(2)
    with pdf._PDFIUM:  # another thread reading a PDF in this process when the child forks
        text = isolation.read_in_child(data, "referat.pdf", seconds=5).text
    assert "Høring om ældrepolitikken del 2" in text


def calibri_ligatures(*extra: str) -> bytes:
    """A referat as PDFium reads Word's Calibri when the font does not say what its ligatures
    are: "ti", "tt", "ft" and "fj" each come out as one wrong letter."""
    pdf = new_pdf()
    lines(pdf, "Referat af bestyrelsesmøde 3. marts 2026", size=14, style="B")
    lines(pdf, "Afbud: Michał Nowak, Stanisław Wójcik")
    lines(pdf, "1. Nye iniƟaƟver", style="B")
    lines(pdf, "Eva har haŌ kontakt Ɵl kommunen og fortsæƩe arbejdet.")
    lines(pdf, "Bo sørger for at łerne det gamle skilt inden 1. april 2026.", *extra)
    return bytes(pdf.output())


def test_word_calibri_ligatures_read_as_wrong_letters_are_made_letters_again():
    text, minutes, drafts = read(calibri_ligatures())
    assert "Nye initiativer" in text
    assert "haft kontakt til kommunen og fortsætte" in text
    assert [(d.title, d.owner_names) for d in drafts] == [
        ("Sørge for at fjerne det gamle skilt", ["Bo"])
    ]
    assert "Michał Nowak, Stanisław Wójcik" in text  # Polish names keep their letter


def test_without_the_fault_a_polish_letter_stays():
    pdf = new_pdf()
    lines(pdf, "Referat af bestyrelsesmøde 3. marts 2026", size=14, style="B")
    lines(pdf, "Afbud: Łucja Kowalska, Stanisław Nowak")
    lines(pdf, "1. Økonomi", style="B")
    lines(pdf, "Michał sender regnskabet inden 1. april 2026.")
    text, _, _ = read(bytes(pdf.output()))
    assert "Łucja Kowalska, Stanisław Nowak" in text and "Michał sender" in text
