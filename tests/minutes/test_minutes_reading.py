"""Bytes -> text for uploaded referater (tracker.minutes.reading)."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import MAX_BYTES, MinutesError, read_minutes_bytes

DANISH = "Mødested: Sønderø Rådhus – Åse og Ærø\n"


def make_docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_utf8_with_and_without_bom():
    assert read_minutes_bytes(DANISH.encode("utf-8")) == DANISH
    assert read_minutes_bytes(b"\xef\xbb\xbf" + DANISH.encode("utf-8")) == DANISH


def test_cp1252_and_crlf():
    data = DANISH.replace("\n", "\r\n").encode("cp1252")
    assert read_minutes_bytes(data, "referat.txt") == DANISH


def test_old_mac_line_ends():
    assert read_minutes_bytes(b"a\rb\r\nc") == "a\nb\nc"


def test_utf16_with_bom():
    assert read_minutes_bytes(DANISH.encode("utf-16")) == DANISH


def test_docx_headings_and_lists_become_markdown():
    def build(document):
        document.add_heading("REFERAT Direktionen d. 10-09-2025", 0)
        paragraph = document.add_paragraph()
        paragraph.add_run("Mødedato").bold = True
        paragraph.add_run(" Onsdag d. 10. september 2025 kl. 09:00")
        document.add_heading("Punkt 1: Økonomi", 1)
        document.add_heading("Beslutning", 2)
        document.add_heading("Ærinder", 3)
        document.add_paragraph("første", style="List Bullet")
        document.add_paragraph("anden", style="List Bullet")
        document.add_paragraph("et", style="List Number")
        document.add_paragraph("to", style="List Number")
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Mødested"
        table.cell(0, 1).text = "Rådhuset"

    text = read_minutes_bytes(make_docx(build), "referat.docx")
    assert text.splitlines() == [
        "# REFERAT Direktionen d. 10-09-2025",
        "",
        "Mødedato Onsdag d. 10. september 2025 kl. 09:00",
        "",
        "# Punkt 1: Økonomi",
        "",
        "## Beslutning",
        "",
        "### Ærinder",
        "",
        "- første",
        "- anden",
        "1. et",
        "2. to",
        "",
        "Mødested\tRådhuset",
    ]


def test_docx_is_recognised_by_content_not_name():
    data = make_docx(lambda d: d.add_paragraph("Referat"))
    assert read_minutes_bytes(data, "upload.bin").strip() == "Referat"


def test_empty_file():
    for data in (b"", b"  \r\n\t"):
        with pytest.raises(MinutesError) as info:
            read_minutes_bytes(data, "referat.md")
        assert str(info.value) == "Filen er tom."
        assert info.value.message("en") == "The file is empty."
        assert info.value.message("da") == "Filen er tom."


def test_too_large():
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(b"a" * (MAX_BYTES + 1), "referat.md")
    assert "5 MB" in str(info.value) and "for stor" in str(info.value)
    assert "5 MB" in info.value.message("en")
    assert isinstance(info.value, ValueError)


def test_exactly_the_limit_is_accepted():
    assert len(read_minutes_bytes(b"a" * MAX_BYTES)) == MAX_BYTES


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # NUL bytes
        bytes(range(1, 32)) * 50,  # control characters, no NUL
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,  # old .doc
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    ],
)
def test_binary_is_rejected(data):
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(data, "referat.txt")
    assert "Filen" in str(info.value)
    assert info.value.code == "binary"


def test_spreadsheet_renamed_to_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(buffer.getvalue(), "referat.docx")
    assert "ikke et Word-dokument" in str(info.value)
    assert "not a Word document" in info.value.message("en")


@pytest.mark.parametrize("data", [b"PK\x03\x04 det her er ikke en zip", b"hej"])
def test_broken_docx(data):
    with pytest.raises(MinutesError, match="Word-dokument"):
        read_minutes_bytes(data, "referat.docx")


def test_word_zip_that_python_docx_cannot_open():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "ikke xml")
    with pytest.raises(MinutesError, match="Word-dokumentet kunne ikke åbnes"):
        read_minutes_bytes(buffer.getvalue(), "referat.docx")


REFERAT_TEXT = (
    "Referat af mødet i Ældrerådet 3. marts 2026\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_saved_without_its_byte_order_mark_is_read(codec):
    # Some programs save "Unicode text" without the mark; it is text, not a binary file.
    data = REFERAT_TEXT.encode(codec)
    assert read_minutes_bytes(data, "referat.txt") == REFERAT_TEXT


def test_a_stray_nul_in_a_text_file_is_dropped_not_refused():
    data = REFERAT_TEXT.replace("Godkendt.", "Godk\x00endt.").encode("utf-8")
    assert read_minutes_bytes(data, "referat.txt") == REFERAT_TEXT


def test_a_text_full_of_nul_bytes_is_still_refused():
    data = b"".join(bytes([ch, 0, 0]) for ch in REFERAT_TEXT.encode("ascii", "replace"))
    with pytest.raises(MinutesError) as info:
        read_minutes_bytes(data, "referat.txt")
    assert info.value.code == "binary"


# Pasted from a web page or a PDF: characters that print nothing but split a name or a word.
_INVISIBLE = ["\u200b", "\u2060", "\ufeff", "\u00ad", "\u200e"]


@pytest.mark.parametrize("char", _INVISIBLE)
def test_invisible_characters_inside_names_and_words_are_dropped(char):
    text = (
        "Referat af mødet i Ældrerådet 3. marts 2026\n\n"
        f"Deltagere: Łucja Kowal{char}ska, Jens Hansen\nAfbud: Bir{char}te Ø\n\n"
        f"1. Godkendelse af dagsorden\nGod{char}kendt.\n"
    )
    read = read_minutes_bytes(text.encode("utf-8"), "referat.txt")
    assert char not in read
    parsed = parse_minutes(read)
    names = {(a.name, a.present) for a in parsed.attendees}
    assert ("Łucja Kowalska", True) in names
    assert ("Birte Ø", False) in names


def test_invisible_characters_in_a_web_page_are_dropped():
    page = (
        "<html><body><h1>Referat af mødet i Ældrerådet 3. marts 2026</h1>"
        "<p>Deltagere: Łucja Kowal\u200bska, Jens&#8203; Hansen</p>"
        "<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p></body></html>"
    )
    read = read_minutes_bytes(page.encode("utf-8"), "referat.html")
    assert "\u200b" not in read
    assert "Łucja Kowalska" in read and "Jens Hansen" in read
