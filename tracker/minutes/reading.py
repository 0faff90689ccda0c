"""Turn an uploaded file (bytes) into referat text: one reader per format.

Word (.docx, :mod:`tracker.minutes.word`), PDF with text (:mod:`tracker.minutes.pdf`) and
web pages (:mod:`tracker.minutes.web`) become the common text model
(:mod:`tracker.minutes.model`), written as the Markdown shape the case system exports; text
files (.md, .txt in UTF-8, UTF-16 or Windows-1252) already are that shape. The parser reads
only that text, never the file.

Pure module: stdlib, python-docx, pypdf and pypdfium2 only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.minutes.errors import MinutesError, megabytes
from tracker.minutes.model import render
from tracker.minutes.notices import MinutesWarning
from tracker.minutes.ocr import OcrBudget
from tracker.minutes.word import MAX_ZIP_ENTRIES

__all__ = [
    "MAX_BYTES",
    "MAX_UNPACKED_BYTES",
    "MAX_ZIP_ENTRIES",
    "MinutesError",
    "OcrBudget",
    "Reading",
    "megabytes",
    "read_minutes",
    "read_minutes_bytes",
]

MAX_BYTES = 5 * 1024 * 1024  # the default; the app passes its MAX_CONTENT_LENGTH
MAX_UNPACKED_BYTES = 20 * 1024 * 1024  # a Word document's parts together, unpacked

_ZIP_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .doc/.xls


@dataclass
class Reading:
    """An upload read: its text, and what the reading itself warns of (a scan read by OCR)."""

    text: str
    warnings: list[MinutesWarning] = field(default_factory=list)

    def as_json(self) -> dict:
        """The reading as JSON (from the child process that read it)."""
        return {"text": self.text, "warnings": [w.as_list() for w in self.warnings]}

    @classmethod
    def from_json(cls, value: dict) -> Reading:
        """The reading :meth:`as_json` wrote."""
        kept = (MinutesWarning.from_list(w) for w in value.get("warnings", ()))
        return cls(value["text"], [w for w in kept if w is not None])


def read_minutes_bytes(
    data: bytes,
    filename: str = "",
    *,
    max_bytes: int = MAX_BYTES,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
    ocr: OcrBudget | None = None,
) -> str:
    """Decode an uploaded referat to text with ``\\n`` line ends (:func:`read_minutes`)."""
    return read_minutes(
        data, filename, max_bytes=max_bytes, max_unpacked_bytes=max_unpacked_bytes, ocr=ocr
    ).text


def read_minutes(
    data: bytes,
    filename: str = "",
    *,
    max_bytes: int = MAX_BYTES,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
    ocr: OcrBudget | None = None,
) -> Reading:
    """Decode an uploaded referat to text with ``\\n`` line ends, with the reading's warnings.

    ``max_bytes`` caps the file, ``max_unpacked_bytes`` a Word document once unpacked; a PDF
    without text is read by Tesseract within ``ocr`` (default: :class:`OcrBudget`'s).
    Raises :class:`MinutesError` for empty, too large, binary or non-Word zip files.
    """
    if data is None or len(data) == 0 or not data.strip():
        raise MinutesError("Filen er tom.", "The file is empty.", code="empty")
    if len(data) > max_bytes:
        raise MinutesError(
            f"Filen er for stor ({megabytes(len(data), trim=False)} MB). "
            f"Den må højst fylde {megabytes(max_bytes)} MB.",
            f"The file is too large ({megabytes(len(data), 'en', trim=False)} MB). "
            f"The limit is {megabytes(max_bytes, 'en')} MB.",
            code="too_large",
        )
    if data.startswith(_ZIP_MAGIC):
        from tracker.minutes.word import read_docx

        return Reading(
            normalise_newlines(render(read_docx(data, max_unpacked_bytes=max_unpacked_bytes)))
        )
    if data[:1024].lstrip().startswith(_PDF_MAGIC):
        from tracker.minutes.pdf import read_pdf_reading

        blocks, warnings = read_pdf_reading(data, ocr=ocr or OcrBudget())
        return Reading(normalise_newlines(render(blocks)), warnings)
    if filename.lower().endswith(".pdf"):
        raise MinutesError(
            "Filen hedder .pdf, men er ikke en PDF.",
            "The file is named .pdf but is not a PDF.",
            code="not_pdf",
        )
    if filename.lower().endswith(".docx"):
        raise MinutesError(
            "Filen hedder .docx, men er ikke et gyldigt Word-dokument.",
            "The file is named .docx but is not a valid Word document.",
            code="not_docx",
        )
    if data.startswith(_OLE_MAGIC):
        raise MinutesError(
            "Filen er i et gammelt binært Office-format (.doc/.xls). "
            "Gem referatet som .docx eller tekst og prøv igen.",
            "The file is in an old binary Office format (.doc/.xls). "
            "Save the minutes as .docx or text and try again.",
            code="binary",
        )
    from tracker.minutes.web import looks_like_html, read_html, without_inline_markup

    text = normalise_newlines(_decode_text(data))
    html_name = filename.lower().endswith((".html", ".htm"))
    if looks_like_html(text) or (html_name and re.search(r"<[a-zA-Z]", text)):
        return Reading(normalise_newlines(render(read_html(text))))
    return Reading(without_inline_markup(text))


def preload_reader(data: bytes) -> None:
    """Import the reader the file needs (pypdf and pypdfium2, python-docx), so that a process
    forked to read it (tracker.minutes.isolation) finds it imported instead of importing it
    each time."""
    if data[:4] == _ZIP_MAGIC:
        import docx  # noqa: F401
    elif _PDF_MAGIC in data[:1024]:
        import pypdf  # noqa: F401
        import pypdfium2  # noqa: F401
        import pypdfium2.raw  # noqa: F401


# Control characters but tab and line feed: nothing anyone meant (PostgreSQL refuses NUL).
# Beside them the characters that print nothing and only split a name or a word where a web
# page or a PDF left them ("Kowal\u200bska", "God\u00adkendt"): a zero-width space, a word
# joiner, a byte-order mark inside the text, a soft hyphen, the left-to-right and
# right-to-left marks. The joiners U+200C/U+200D stay: they shape emoji and other scripts.
_DROPPED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u2060\ufeff]")


def normalise_newlines(text: str) -> str:
    """LF line ends; no byte-order mark, control characters or invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _DROPPED.sub("", text)


def _binary_error() -> MinutesError:
    return MinutesError(
        "Filen ser ikke ud til at være tekst, en PDF, en webside eller et Word-dokument. "
        "Upload referatet som .docx, .pdf, .html, .md eller .txt.",
        "The file does not look like text, a PDF, a web page or a Word document. "
        "Upload the minutes as .docx, .pdf, .html, .md or .txt.",
        code="binary",
    )


def _decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _binary_error() from exc
    elif (wide := _utf16_without_bom(data)) is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as exc:
            raise _binary_error() from exc
    else:
        # A stray NUL (pasted from another program) does not make a referat binary: it counts
        # as a control character below, and a text of mostly those is refused.
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Windows-1252 leaves five bytes undefined; map those through Latin-1.
            text = data.decode("cp1252", errors="replace")
            if "\ufffd" in text:
                text = data.decode("latin-1")
    if _looks_binary(text):
        raise _binary_error()
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec ("utf-16-le" or "utf-16-be") when ``data`` reads as UTF-16 text saved without its
    byte-order mark (every other byte NUL, as Danish text in UTF-16 is); None otherwise."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    if not text:
        return True
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd"
    )
    return bad / len(sample) > 0.05
