"""PDF with text to the common text model, with pypdf.

pypdf gives the text runs of each page with their position and font; lines are rebuilt from
the runs, running page headers and footers (eDoc prints the body, date and page on every
page) and page numbers are dropped, and lines are grouped into paragraphs by the space
between them, so a title broken over two lines is one heading again. A whole line in a bold
font is a heading in all but style. A PDF without any text (a scan) is refused: nobody can
read it without OCR, and guessing would be worse.

Pure module: stdlib and pypdf only.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from tracker.minutes.errors import MinutesError
from tracker.minutes.model import Block, tidy
from tracker.minutes.pdf_budget import MAX_DECODED_BYTES, MAX_OPERATORS, check_pdf_cost

MAX_PAGES = 500
_PAGE_NUMBER = re.compile(r"^(?:side\s+)?\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$", re.IGNORECASE)
_BULLET = re.compile(r"^[•\-–*▪●◦]\s+")
# A line that starts with a label ("Sted:", "Afbud fra:") or a number starts a block of its
# own even without space above it: header fields are printed line under line.
# A case number alone on its line (FirstAgenda prints it under the item): a block of its own.
_CASE_LIKE = re.compile(r"^[A-ZÆØÅ]{0,4}\d[\d./-]*[\dA-Z]\d*(?:-\d+)*$")
_STARTS_BLOCK = re.compile(r"^(?:[A-ZÆØÅ][\wæøåÆØÅ.\- ]{1,30}:(?:\s|$)|\d{1,3}\.\s+[A-ZÆØÅ])")


@dataclass
class _Line:
    page: int
    y: float
    size: float
    bold: bool
    text: str
    cells: list[str] | None = None  # a line of columns far apart: a table row
    edge: bool = False  # in the top or bottom eighth of the page, where running heads are


def no_text_error() -> MinutesError:
    """The message for a PDF that holds no text (a scan)."""
    return MinutesError(
        "PDF'en indeholder ingen tekst – gem referatet som Word eller tekst.",
        "The PDF contains no text – save the minutes as Word or text.",
        code="pdf_no_text",
    )


def read_pdf(
    data: bytes, *, max_decoded_bytes: int = MAX_DECODED_BYTES, max_operators: int = MAX_OPERATORS
) -> list[Block]:
    """The blocks of a PDF; MinutesError for a broken, encrypted, text-less or too heavy PDF
    (more than ``max_decoded_bytes`` or ``max_operators`` in its pages, counted first)."""
    broken = MinutesError(
        "PDF'en kunne ikke åbnes. Er filen beskadiget?",
        "The PDF could not be opened. Is the file damaged?",
        code="not_pdf",
    )
    try:
        import pypdf
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise MinutesError(
            "PDF kan ikke læses på denne server (pypdf mangler).",
            "PDF cannot be read on this server (pypdf is missing).",
            code="unsupported",
        ) from exc
    # pypdf logs every odd object it repairs; a bad upload must not fill the log.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
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
        check_pdf_cost(pages, max_bytes=max_decoded_bytes, max_operators=max_operators)
        lines: list[_Line] = []
        for number, page in enumerate(pages):
            lines.extend(_page_lines(page, number))
    except (MinutesError, MemoryError):  # out of memory is no damage (isolation refuses it)
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on bad files
        raise broken from exc
    lines = _without_running_lines(lines, len(pages))
    if not any(line.text for line in lines):
        raise no_text_error()
    return _blocks(lines)


def _page_lines(page, number: int) -> list[_Line]:
    runs: list[tuple[float, float, float, bool, str]] = []

    def visit(text, cm, tm, font, size):
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font.get("/BaseFont", "")) if font else ""
        scale = abs(cm[3]) or 1
        runs.append((x, round(y, 1), (size or 10) * scale, "bold" in name.lower(), text))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    end = 0.0  # where the last run ended, roughly: half an em a character
    for x, y, size, bold, text in runs:  # runs come in reading order; one y is one line
        if lines and abs(lines[-1].y - y) < 1.5:
            last = lines[-1]
            if x - end > 2 * size:  # far to the right of the last run: the next column
                last.cells = (last.cells or [last.text]) + [text]
            elif last.cells:
                last.cells[-1] += text
            last.text += text if text.startswith(" ") or last.text.endswith(" ") else " " + text
            last.bold = last.bold and bold
        else:
            lines.append(_Line(number, y, size, bold, text))
        end = x + len(text) * size * 0.5
    try:
        height = float(page.mediabox.height) or 842.0
    except (AttributeError, TypeError, ValueError):
        height = 842.0
    for line in lines:
        line.edge = not 0.12 * height < line.y < 0.88 * height
        line.text = tidy(line.text)
        if line.cells:
            line.cells = [tidy(c) for c in line.cells if tidy(c)]
    return [line for line in lines if line.text]


def _without_running_lines(lines: list[_Line], pages: int) -> list[_Line]:
    """Drop page numbers, and header or footer lines printed on most pages."""
    if pages >= 2:
        # The same words at the same height near the top or the foot of most pages: body
        # text never is.
        spots = Counter(
            (line.text, round(line.y))
            for line in {(ln.page, ln.text, round(ln.y)): ln for ln in lines}.values()
            if line.edge
        )
        running = {text for (text, _), count in spots.items() if count >= max(2, pages * 0.6)}
    else:
        running = set()
    kept = []
    for line in lines:
        if line.text in running or _PAGE_NUMBER.match(line.text):
            continue
        kept.append(line)
    return kept


def _blocks(lines: list[_Line]) -> list[Block]:
    gaps = [
        prev.y - line.y
        for prev, line in zip(lines, lines[1:], strict=False)
        if prev.page == line.page and 0 < prev.y - line.y < 40
    ]
    step = statistics.median(gaps) if gaps else 14.0
    blocks: list[Block] = []
    current: list[_Line] = []

    def flush() -> None:
        if not current:
            return
        text = " ".join(line.text for line in current)
        if _BULLET.match(text):
            blocks.append(Block("bullet", _BULLET.sub("", text)))
        else:
            bold = all(line.bold for line in current)
            big = current[0].size >= 13.5
            if big and len(text) < 200:
                blocks.append(Block("heading", text, level=1 if not blocks else 2))
            else:
                blocks.append(Block("paragraph", text, bold=bold))
        current.clear()

    for line in lines:
        if line.cells and len(line.cells) > 1:
            flush()
            blocks.append(Block("row", cells=line.cells))
            continue
        if current:
            prev = current[-1]
            gap = prev.y - line.y
            same_para = (
                prev.page == line.page
                and 0 < gap <= step * 1.2
                and prev.bold == line.bold
                and abs(prev.size - line.size) < 0.5
                and not _BULLET.match(line.text)
                and not _STARTS_BLOCK.match(line.text)
                and not _CASE_LIKE.match(line.text)
                and not _CASE_LIKE.match(prev.text)
                # a bold heading goes on only where its words do: "… for\nforsyningens …"
                and (not line.bold or line.text[:1].islower() or line.text[:1].isdigit())
            )
            # A new page continues a paragraph only when the sentence clearly runs on.
            runs_on = prev.page != line.page and line.text[:1].islower() and not prev.bold
            if not (same_para or runs_on):
                flush()
        current.append(line)
    flush()
    return blocks
