"""Reading referater from Word, PDF and web pages into one text model (issue 18)."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pypdf
import pytest

from tracker.minutes.model import Block, render
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import MinutesError, read_minutes_bytes

CORPUS = Path(__file__).parents[1] / "data" / "referater"
SCANNED = CORPUS / "bad" / "scannet-referat.pdf"
NO_TEXT = "PDF'en indeholder ingen tekst – gem referatet som Word eller tekst"


def read(name: str) -> str:
    return read_minutes_bytes((CORPUS / name).read_bytes(), name)


def test_render_keeps_list_items_together_and_rows_as_tabs():
    blocks = [
        Block("heading", "Referat", level=1),
        Block("bullet", "en"),
        Block("numbered", "to", number=2),
        Block("row", cells=["Dato", "4. marts 2026"]),
        Block("paragraph", "Beslutning", bold=True),
    ]
    assert render(blocks) == "# Referat\n\n- en\n2. to\n\nDato\t4. marts 2026\n\n**Beslutning**\n"


def test_a_scanned_pdf_is_refused_with_the_message():
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(SCANNED.read_bytes(), "referat.pdf")
    assert NO_TEXT in str(info.value)
    assert info.value.code == "pdf_no_text"
    assert "no text" in info.value.message("en")


@pytest.mark.parametrize("data", [b"%PDF-1.4\nikke en pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8])
def test_a_broken_pdf_is_refused_in_danish(data):
    with pytest.raises(MinutesError, match="PDF'en kunne ikke åbnes|ingen tekst"):
        read_minutes_bytes(data, "referat.pdf")


def test_a_file_named_pdf_that_is_none():
    with pytest.raises(MinutesError, match="hedder .pdf, men er ikke en PDF"):
        read_minutes_bytes("Referat\n\nMødedato: 4. marts 2026\n".encode(), "referat.pdf")


def test_a_password_protected_pdf_is_refused():
    writer = pypdf.PdfWriter(clone_from=io.BytesIO((CORPUS / "bue-2026-03-10.pdf").read_bytes()))
    writer.encrypt("hemmelig")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(MinutesError, match="adgangskode"):
        read_minutes_bytes(buffer.getvalue(), "referat.pdf")


def test_pdf_keeps_a_running_header_once_and_drops_page_numbers():
    text = read("bue-2026-03-10.pdf")
    # as the secretary sees it on the first page, as the Word reader keeps page headers
    assert text.startswith("Børne- og Ungeudvalget - Referat - 10. marts 2026\n")
    assert text.count("Børne- og Ungeudvalget - Referat - 10. marts 2026") == 1
    assert "Side 2 af 3" not in text
    assert text.count("Beslutning i Børne- og Ungeudvalget den 10-03-2026:") == 3


def test_pdf_joins_a_title_broken_over_lines():
    minutes = parse_minutes(read("byraad-2026-02-24.pdf"))
    assert minutes.agenda_items[0].title == (
        "Godkendelse af låneoptagelse og kommunegaranti for forsyningens nye renseanlæg"
    )


def test_pdf_table_rows_stay_rows():
    text = read("socialudvalget-acadre-2026-04-21.pdf")
    assert "Mødedato\t21. april 2026" in text
    assert "Medlemmer\tBirgitte Hald, Claus Ravn, Dorte Vind, Erik Storm" in text


def test_word_reads_page_headers_and_nested_cells():
    text = read("socialudvalget-acadre-2026-04-21.docx")
    assert "Medlemmer\tBirgitte Hald, Claus Ravn, Dorte Vind, Erik Storm" in text
    assert read("lederforum-2026-05-06.docx").startswith("Sønderø Kommune · Lederforum\n")


def test_html_skips_menus_scripts_and_reads_labels_on_their_own_lines():
    text = read("oekonomiudvalget-2026-03-16.html")
    assert "Forside" not in text and "nej" not in text
    minutes = parse_minutes(text)
    assert (minutes.date, minutes.start_time) == (date(2026, 3, 16), time(15, 0))
    assert minutes.location == "Udvalgsværelse 1"
    assert minutes.agenda_items[0].case_number == "00.30.00-S00-3-26"


def test_html_in_windows_1252_and_utf_16():
    assert "Nørgaard" in read("klimaudvalget-2026-09-15.htm")
    page = (CORPUS / "skolebestyrelsen-2026-05-12.html").read_text(encoding="utf-8")
    text = read_minutes_bytes(page.encode("utf-16"), "referat.html")
    assert "SKOLEBESTYRELSEN" in text and "<p>" not in text


def test_html_recognised_by_content_and_by_name():
    assert read_minutes_bytes(b"<!DOCTYPE html><h1>Referat</h1>", "x.txt") == "# Referat\n"
    assert read_minutes_bytes(b"<h1>Referat</h1><p>Dato: 1. maj 2026</p>", "x.htm") == (
        "# Referat\n\nDato: 1. maj 2026\n"
    )
    # a text file with a "<" in it stays text
    assert read_minutes_bytes(b"Referat\n\n3 < 4\n", "x.txt") == "Referat\n\n3 < 4\n"


def test_every_format_of_the_acadre_referat_reads_the_same():
    word = parse_minutes(read("socialudvalget-acadre-2026-04-21.docx"))
    pdf = parse_minutes(read("socialudvalget-acadre-2026-04-21.pdf"))
    assert word.attendees == pdf.attendees

    def items(minutes):
        # A PDF shows no space between two paragraphs printed line under line: one paragraph.
        return [(i.number, i.title, i.case_number, " ".join(i.decision.split())) for i in minutes]

    assert items(word.agenda_items) == items(pdf.agenda_items)


def test_a_word_text_box_is_read_once():
    """A decision written in a text box (Word writes the box as a drawing and again as a
    fallback for old readers) is read where it is anchored, once."""
    import docx
    from docx.oxml import parse_xml

    from tracker.minutes.drafts import extract_draft_actions

    document = docx.Document()
    document.add_heading("Referat – Ledermøde i Skoleafdelingen", level=1)
    document.add_paragraph("Dato: 3. marts 2026 kl. 9.00")
    document.add_paragraph("Punkt 1: Skolernes trafikpolitik")
    anchor = document.add_paragraph("Beslutning:")
    box = (
        '<w:txbxContent xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:p><w:r><w:t>Skolelederen sender politikken i høring inden 1. juni 2026.</w:t></w:r>"
        "</w:p></w:txbxContent>"
    )
    anchor._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
            ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
            f'<mc:Choice Requires="wps"><wps:txbx>{box}</wps:txbx></mc:Choice>'
            f"<mc:Fallback><v:textbox>{box}</v:textbox></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_minutes_bytes(buffer.getvalue(), "referat.docx")
    assert text.count("Skolelederen sender politikken i høring") == 1
    minutes = parse_minutes(text)
    drafts = extract_draft_actions(minutes)
    assert [(d.agenda_item_number, d.due_end) for d in drafts] == [(1, date(2026, 6, 1))]
