"""PDF with text to the common text model, with pypdfium2 (PDFium).

PDFium gives each page's text in reading order with its line breaks; each line gets its
position, size and weight from the characters at its ends and word starts, and a gap of more
than two ems between words splits it into cells (a table row). :mod:`tracker.minutes.pdf_layout`
then drops running headers and page numbers, joins hyphenated words and groups the lines into
paragraphs and headings. A PDF without any text (a scan) is read by Tesseract when an OCR
budget is given (:mod:`tracker.minutes.ocr`: its lines go the same way, with a warning that the
text was read from a scanned image); without one, or without Tesseract, it is refused.

Before a page is read, pypdf counts what the pages would cost (:mod:`tracker.minutes.pdf_budget`)
and a PDF over the budget is refused; the reading itself runs in a child process with limits
(:mod:`tracker.minutes.isolation`). PDFium is some twenty times faster than pypdf's text
extraction on the same pages (bench/pdf_bench.py).

Pure module: stdlib, pypdf and pypdfium2 only (and Tesseract's command, for a scan).
"""

from __future__ import annotations

import ctypes
import io
import logging
import os
import re
import threading

from tracker.minutes.errors import MinutesError
from tracker.minutes.ligatures import mended
from tracker.minutes.model import Block
from tracker.minutes.notices import MinutesWarning
from tracker.minutes.ocr import OcrBudget, read_scan
from tracker.minutes.pdf_budget import MAX_DECODED_BYTES, MAX_OPERATORS, check_pdf_cost
from tracker.minutes.pdf_layout import Line, blocks_of, no_text_error
from tracker.minutes.pdf_tables import rebuild_tables

__all__ = ["MAX_PAGES", "OcrBudget", "no_text_error", "read_pdf", "read_pdf_reading"]

MAX_PAGES = 500
# PDFium is not thread-safe: one document at a time in a process (each upload is read in a
# child process of its own anyway; this guards the command line and the tests).
_PDFIUM = threading.Lock()


def _new_lock() -> None:
    global _PDFIUM
    _PDFIUM = threading.Lock()


# A child forked to read an upload (tracker.minutes.isolation) must not inherit the lock held
# by another thread of its parent: it would wait for it for ever.
os.register_at_fork(after_in_child=_new_lock)
_SPAN = re.compile(r"[^\r\n\ufffe]+\ufffe?|\ufffe")  # a line; U+FFFE: a hyphen PDFium joined
_SPACES = re.compile(r" +")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD = 1 << 18  # the font descriptor's ForceBold flag


def read_pdf(
    data: bytes, *, max_decoded_bytes: int = MAX_DECODED_BYTES, max_operators: int = MAX_OPERATORS
) -> list[Block]:
    """The blocks of a PDF; MinutesError for a broken, encrypted, text-less or too heavy PDF
    (more than ``max_decoded_bytes`` or ``max_operators`` in its pages, counted first)."""
    blocks, _ = read_pdf_reading(
        data, max_decoded_bytes=max_decoded_bytes, max_operators=max_operators
    )
    return blocks


def read_pdf_reading(
    data: bytes,
    *,
    max_decoded_bytes: int = MAX_DECODED_BYTES,
    max_operators: int = MAX_OPERATORS,
    ocr: OcrBudget | None = None,
) -> tuple[list[Block], list[MinutesWarning]]:
    """The blocks of a PDF and what its reading warns of; a PDF without text is read by
    Tesseract within ``ocr`` (when given), with a warning that it was read from a scan."""
    broken = MinutesError(
        "PDF'en kunne ikke åbnes. Er filen beskadiget?",
        "The PDF could not be opened. Is the file damaged?",
        code="not_pdf",
    )
    try:
        import pypdf
        import pypdfium2
    except ImportError as exc:  # pragma: no cover - declared dependencies
        raise MinutesError(
            "PDF kan ikke læses på denne server (pypdfium2 mangler).",
            "PDF cannot be read on this server (pypdfium2 is missing).",
            code="unsupported",
        ) from exc
    # pypdf logs every odd object it repairs; a bad upload must not fill the log.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    warnings: list[MinutesWarning] = []
    try:
        _check_budget(pypdf, data, max_decoded_bytes, max_operators)
        with _PDFIUM:
            document = pypdfium2.PdfDocument(data)
            try:
                lines: list[Line] = []
                for number in range(len(document)):
                    lines.extend(_page_lines(document, number))
                lines = mended(lines)  # "iniƟaƟver": Word's Calibri ligatures (ligatures.py)
                if ocr is not None and not any(line.text for line in lines):
                    scan = read_scan(document, ocr)  # a scan: its pages read by Tesseract
                    lines, warnings = scan.lines, scan.warnings
            finally:
                document.close()
    except (MinutesError, MemoryError):  # out of memory is no damage (isolation refuses it)
        raise
    except Exception as exc:  # the libraries raise many kinds of errors on bad files
        raise broken from exc
    return blocks_of(rebuild_tables(lines)), warnings


def _check_budget(pypdf, data: bytes, max_bytes: int, max_operators: int) -> None:
    """Refuse an encrypted PDF, one of too many pages or one too heavy to read."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    # Many published PDFs forbid editing with an owner password but open without one.
    if reader.is_encrypted and not reader.decrypt(""):
        raise MinutesError(
            "PDF'en er beskyttet med adgangskode. Gem referatet uden beskyttelse og prøv igen.",
            "The PDF is password protected. Save the minutes unprotected and try again.",
            code="pdf_encrypted",
        )
    pages = list(reader.pages)
    if len(pages) > MAX_PAGES:
        raise MinutesError(
            f"PDF'en har for mange sider (over {MAX_PAGES}).",
            f"The PDF has too many pages (over {MAX_PAGES}).",
            code="too_large",
        )
    check_pdf_cost(pages, max_bytes=max_bytes, max_operators=max_operators)


class _Page:
    """One page's text and the PDFium calls that place its characters."""

    def __init__(self, textpage) -> None:
        import pypdfium2.raw as pdfium_c

        self.c = pdfium_c
        self.raw = textpage.raw
        self.text = textpage.get_text_range()
        if len(self.text) != pdfium_c.FPDFText_CountChars(self.raw):
            # Characters beyond the BMP come as two UTF-16 units: read one by one instead.
            count = pdfium_c.FPDFText_CountChars(self.raw)
            self.text = "".join(
                chr(pdfium_c.FPDFText_GetUnicode(self.raw, i) or 32) for i in range(count)
            )
        self._box = [ctypes.c_double() for _ in range(4)]
        self._origin = [ctypes.c_double(), ctypes.c_double()]
        self._matrix = pdfium_c.FS_MATRIX()
        self._fonts: dict[int | None, bool] = {}

    def left_right(self, index: int) -> tuple[float, float]:
        """The left and right edge of a character."""
        left, right, bottom, top = self._box
        self.c.FPDFText_GetCharBox(self.raw, index, left, right, bottom, top)
        return left.value, right.value

    def parts_apart(self, first: int, count: int, size: float) -> bool:
        """PDFium's rectangles of these characters (one per text object on the line) stand
        more than two ems apart somewhere: the line may be a table row, worth a closer look."""
        left, top, right, bottom = self._box
        end = None
        for index in range(self.c.FPDFText_CountRects(self.raw, first, count)):
            self.c.FPDFText_GetRect(self.raw, index, left, top, right, bottom)
            if end is not None and left.value - end > 2 * size:
                return True
            end = right.value if end is None else max(end, right.value)
        return False

    def baseline(self, index: int) -> float:
        """The height of a character's origin on the page."""
        x, y = self._origin
        self.c.FPDFText_GetCharOrigin(self.raw, index, x, y)
        return y.value

    def size(self, index: int) -> float:
        """A character's size on the page: the font size scaled by its text matrix."""
        size = self.c.FPDFText_GetFontSize(self.raw, index) or 10.0
        m = self._matrix
        if self.c.FPDFText_GetMatrix(self.raw, index, m):
            scale = abs(m.a * m.d - m.b * m.c) ** 0.5
            if scale > 0.01:
                size *= scale
        return size

    def bold(self, index: int) -> bool:
        """The character is set in a bold font (by weight, flag or name), asked once a font."""
        c = self.c
        font = c.FPDFTextObj_GetFont(c.FPDFText_GetTextObject(self.raw, index))
        key = ctypes.cast(font, ctypes.c_void_p).value
        if key not in self._fonts:
            bold = False
            if key:
                name = ctypes.create_string_buffer(128)
                c.FPDFFont_GetBaseFontName(font, name, 128)
                flags = c.FPDFFont_GetFlags(font)
                weight = c.FPDFFont_GetWeight(font)
                bold = (
                    600 <= weight <= 1000  # a weight outside the scale is none (3696 seen)
                    or bool(_BOLD_NAME.search(name.value.decode("latin-1")))
                    or (flags > 0 and bool(flags & _FORCE_BOLD))
                )
            self._fonts[key] = bold
        return self._fonts[key]


def _page_lines(document, number: int) -> list[Line]:
    """The lines of one page, each with its place, size, weight and cells."""
    page = document[number]
    textpage = page.get_textpage()
    try:
        height = page.get_height() or 842.0
        reader = _Page(textpage)
        lines = [
            line
            for m in _SPAN.finditer(reader.text)
            if (line := _line(reader, number, m.start(), m.group(0), height)) is not None
        ]
        if any(line.cells for line in lines):  # a table, maybe: where are its rows' borders?
            rules = _rules(page)
            for line in lines:
                if line.cells:
                    line.rules = rules
        return lines
    finally:
        textpage.close()
        page.close()


def _line(page: _Page, number: int, start: int, span: str, height: float) -> Line | None:
    hyphen = span.endswith("\ufffe")
    body = span[:-1] if hyphen else span
    stripped = body.strip(" ")
    if not stripped.strip():
        return None
    first = start + len(body) - len(body.lstrip(" "))
    last = first + len(stripped) - 1
    y = page.baseline(first)
    size = page.size(first)
    bold = page.bold(first)
    gaps: list[tuple[float, int, int]] = []  # the space between words, and where it is
    apart = " " in stripped and page.parts_apart(first, len(stripped), size)
    for space in _SPACES.finditer(stripped) if apart or bold else ():
        before, after = first + space.start() - 1, first + space.end()
        if apart:
            gaps.append((page.left_right(after)[0] - page.left_right(before)[1], *space.span()))
        if bold:
            bold = page.bold(after)
    x0 = page.left_right(first)[0]
    cells: list[str] = []
    cell_x: list[float] = [x0]  # where each cell starts
    cell_start = 0
    for _, start_gap, end_gap in _cell_gaps(gaps, size):
        cells.append(stripped[cell_start:start_gap])
        cell_start = end_gap
        cell_x.append(page.left_right(first + end_gap)[0])
    cells.append(stripped[cell_start:])
    line = Line(
        page=number,
        y=round(y, 1),
        size=size,
        bold=bold,
        text=stripped,
        cells=cells if len(cells) > 1 else None,
        cell_x=cell_x if len(cells) > 1 else None,
        edge=not 0.12 * height < y < 0.8 * height,
        x0=x0,
        x1=page.left_right(last)[1],
        hyphen="-" if hyphen else "",
    )
    return line.tidied()


_MAX_SEGMENTS = 20_000  # path segments looked at on one page: a table's borders are a few hundred


def _rules(page) -> tuple[float, ...]:
    """The heights of the page's horizontal lines (a table's row borders, cell boxes' edges)."""
    import pypdfium2.raw as pdfium_c

    heights: set[float] = set()
    x, y = ctypes.c_float(), ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    budget = _MAX_SEGMENTS
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        shape = pdfium_c.FPDFPage_GetObject(page.raw, index)
        if pdfium_c.FPDFPageObj_GetType(shape) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        count = pdfium_c.FPDFPath_CountSegments(shape)
        budget -= max(count, 0)
        if budget < 0:
            break
        if not pdfium_c.FPDFPageObj_GetMatrix(shape, matrix):
            continue
        points = []
        for number in range(count):
            pdfium_c.FPDFPathSegment_GetPoint(pdfium_c.FPDFPath_GetPathSegment(shape, number), x, y)
            m = matrix
            points.append(
                (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            )
        for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1], strict=False):
            if abs(ay - by) < 0.5 and abs(ax - bx) > 10:
                heights.add(round(ay * 2) / 2)
    return tuple(sorted(heights, reverse=True))


def _cell_gaps(gaps: list[tuple[float, int, int]], size: float) -> list[tuple[float, int, int]]:
    """The gaps between cells: more than two ems, unless every gap of the line is as wide
    (a justified line in a narrow column spreads its words evenly; a table row does not)."""
    wide = [gap for gap in gaps if gap[0] > 2 * size]
    if len(wide) >= 2 and len(wide) == len(gaps):
        widths = [gap[0] for gap in gaps]
        if max(widths) <= 1.25 * min(widths):
            return []
    return wide
