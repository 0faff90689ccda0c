"""A scanned PDF's pages read by Tesseract (OCR), as the printed lines a PDF with text gives.

A PDF without a text layer (a paper referat scanned) is rendered page by page with PDFium at
300 dpi in grey, and Debian's Tesseract reads each page in Danish (``-l dan``) through its
command line, with a timeout, never the network. Its hOCR output places every line (box,
baseline, line height), so the lines go on to :mod:`tracker.minutes.pdf_layout` as any PDF's
lines do: paragraphs from the space between lines, large lines as headings, words far apart
as a table row's cells.

A budget bounds the reading: at most ``pages`` pages, and all of them within ``seconds``
(a share of the upload's reading time, :mod:`tracker.minutes.isolation`). Pages beyond
either are left out with a warning that says how many were read; a first page that cannot
be read in time is refused in Danish. Without Tesseract (or its Danish model) a scanned PDF
is refused as before, saying what would read it.

Pure module: stdlib and pypdfium2 (through the document it is handed) only.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser

from tracker.minutes.errors import MinutesError, seconds_text
from tracker.minutes.notices import MinutesWarning, worded
from tracker.minutes.pdf_layout import Line, no_text_error

log = logging.getLogger(__name__)

SCANNED = "scanned"  # the text was read from a scanned image; the review says to check it
SCANNED_PAGES = "scanned_pages"  # only the first pages of a scan were read (page or time limit)
DPI = 300  # the resolution Tesseract reads best at: a scan of less than MIN_DPI is enlarged to it
MIN_DPI = 190  # a scan of 190-300 dpi is read at its own resolution (enlarging adds no detail)
MAX_PIXELS = 40_000_000  # a page rendered larger than this (a poster) is rendered smaller
_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


@dataclass(frozen=True)
class OcrBudget:
    """How a scan is read: Tesseract's command, its language, and the most pages and seconds."""

    command: str = "tesseract"
    pages: int = 12
    seconds: float = 30.0
    language: str = "dan"


@dataclass
class Scan:
    """What the OCR read: the lines, and the warnings for the review."""

    lines: list[Line]
    warnings: list[MinutesWarning] = field(default_factory=list)


def _no_text_and(da: str, en: str) -> MinutesError:
    """The refusal of a PDF without text (pdf_layout's words), and why it was not read."""
    plain = no_text_error()
    return MinutesError(f"{plain.message_da} {da}", f"{plain.message_en} {en}", code=plain.code)


def missing_error() -> MinutesError:
    """The refusal of a scanned PDF where Tesseract (or its Danish model) is not installed."""
    return _no_text_and(
        "En scannet PDF kan kun læses, når serveren har Tesseract med dansk (tesseract-ocr og "
        "tesseract-ocr-dan).",
        "A scanned PDF can only be read when the server has Tesseract with Danish "
        "(tesseract-ocr and tesseract-ocr-dan).",
    )


def nothing_read_error() -> MinutesError:
    """The refusal of a scanned PDF in whose pages Tesseract found no text."""
    return _no_text_and(
        "Siderne er læst som scannede billeder, men der blev ikke fundet tekst i dem.",
        "Its pages were read as scanned images, but no text was found in them.",
    )


def too_slow_error(seconds: float) -> MinutesError:
    """The refusal of a scan whose first page could not be read within ``seconds``."""
    da, en = seconds_text(seconds), seconds_text(seconds, "en")
    return MinutesError(
        f"Den scannede PDF kunne ikke læses inden for {da}. Gem referatet som Word eller "
        "tekst, eller scan det igen i sort-hvid med 300 dpi.",
        f"The scanned PDF could not be read within {en}. Save the minutes as Word or text, "
        "or scan them again in black and white at 300 dpi.",
        code="too_slow",
    )


def failed_error(reason: str) -> MinutesError:
    """The refusal of a scan Tesseract failed on (not a missing program or model). The reason
    (Tesseract's last line, which may name the server's paths) goes to the log, not the page."""
    log.warning("Tesseract could not read a scanned PDF: %s", reason)
    return MinutesError(
        "Den scannede PDF kunne ikke læses af tekstgenkendelsen (OCR). Gem referatet som Word "
        "eller tekst.",
        "The scanned PDF could not be read by text recognition (OCR). Save the minutes as "
        "Word or text.",
        code="pdf_ocr_failed",
    )


def available(budget: OcrBudget) -> bool:
    """Tesseract's command can be found (whether it has the language shows when it runs)."""
    return shutil.which(budget.command) is not None


def read_scan(document, budget: OcrBudget) -> Scan:
    """The lines of a PDFium document's pages read by Tesseract, within ``budget``;
    MinutesError when Tesseract is missing, fails, finds nothing or reads no page in time."""
    program = shutil.which(budget.command)
    if program is None:
        raise missing_error()
    total = len(document)
    if total == 0:
        raise nothing_read_error()
    deadline = time.monotonic() + budget.seconds
    lines: list[Line] = []
    read = 0
    out_of_time = False
    for number in range(min(total, budget.pages)):
        left = deadline - time.monotonic()
        if left <= 0.5:  # too little left to start a page
            out_of_time = True
            break
        image, scale = _render(document, number)
        try:
            hocr = _tesseract(program, budget.language, image, scale * 72, left)
        except subprocess.TimeoutExpired:
            out_of_time = True
            break
        try:
            lines.extend(_lines(hocr, number, scale, image_height=_pgm_height(image)))
        except ValueError as error:  # Tesseract's hOCR unreadable: its fault, not the file's
            raise failed_error(f"unreadable hOCR ({error})") from error
        read += 1
    if read == 0:
        raise too_slow_error(budget.seconds)
    if not any(line.text for line in lines):
        raise nothing_read_error()
    warnings = [MinutesWarning(SCANNED, str(read))]
    if read < total:
        warnings.append(_pages_warning(read, total, budget, out_of_time))
    return Scan(lines, warnings)


def _pages_warning(read: int, total: int, budget: OcrBudget, out_of_time: bool) -> MinutesWarning:
    if out_of_time:
        da_s, en_s = seconds_text(budget.seconds), seconds_text(budget.seconds, "en")
        why_da = f"en scanning må højst tage {da_s} at læse"
        why_en = f"reading a scan may take at most {en_s}"
    else:
        pages = budget.pages
        why_da = f"en scannet PDF læses højst {pages} side" + ("" if pages == 1 else "r")
        why_en = f"at most {pages} page" + ("" if pages == 1 else "s") + " of a scanned PDF"
        why_en += " is read" if pages == 1 else " are read"
    first_da = "Kun den første" if read == 1 else f"Kun de første {read}"
    first_en = "Only the first" if read == 1 else f"Only the first {read}"
    return worded(
        f"{first_da} af PDF'ens {total} sider er læst ({why_da}). Resten af "
        "referatet er ikke med: opret det manglende på mødet bagefter, eller gem referatet "
        "som Word eller tekst.",
        f"{first_en} of the PDF's {total} pages were read ({why_en}). The rest of "
        "the minutes is missing: add it to the meeting afterwards, or save the minutes as "
        "Word or text.",
        code=SCANNED_PAGES,
    )


def _render(document, number: int) -> tuple[bytes, float]:
    """One page as a grey PGM image at DPI or its scan's own resolution (smaller for a huge
    page), and its scale."""
    page = document[number]
    try:
        width, height = page.get_size()
        scale = _dpi(page, width) / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(width * height, 1.0)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            pixels = _gray(bitmap)
            header = b"P5\n%d %d\n255\n" % (bitmap.width, bitmap.height)
        finally:
            bitmap.close()
    finally:
        page.close()
    return header + pixels, scale


def _dpi(page, width: float) -> float:
    """The resolution to render at: the scanned image's own when it fills the page's width
    and has MIN_DPI to DPI, else DPI."""
    import pypdfium2.raw as pdfium_c

    found = 0.0
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = image.get_bounds()
        if right - left >= 0.8 * width:
            inches = max(right - left, top - bottom) / 72
            found = max(found, max(image.get_px_size()) / max(inches, 0.01))
    return found if MIN_DPI <= found <= DPI else DPI


def _gray(bitmap) -> bytes:
    """The bitmap's pixels one byte each, row after row (PDFium's rows may be padded)."""
    buffer = bytes(bitmap.buffer)
    channels, width, stride = bitmap.n_channels, bitmap.width, bitmap.stride
    if channels == 1:
        if stride == width:
            return buffer[: width * bitmap.height]
        return b"".join(buffer[y * stride : y * stride + width] for y in range(bitmap.height))
    # a colour bitmap (BGR/BGRx): its green channel is grey enough for OCR
    return b"".join(
        buffer[y * stride + 1 : y * stride + width * channels : channels]
        for y in range(bitmap.height)
    )


def _pgm_height(image: bytes) -> int:
    return int(image.split(b"\n", 2)[1].split()[1])


def _die_with_parent() -> None:  # pragma: no cover - runs in the forked Tesseract process
    """Tesseract is killed when the process that started it dies (an upload's reader killed
    for its time), instead of running on alone."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _tesseract(program: str, language: str, image: bytes, dpi: float, seconds: float) -> str:
    """Tesseract's hOCR of one image; TimeoutExpired after ``seconds``; MinutesError when it
    is missing its language or fails. ``program``: its full path (nothing is looked up in an
    environment of the process: config.py reads that)."""
    env = {
        "OMP_THREAD_LIMIT": "1",  # one thread: the machine's other uploads keep their cores
        "LC_ALL": "C",
    }
    command = [program, "stdin", "stdout", "-l", language, "--dpi", str(round(dpi))]
    try:
        done = subprocess.run(
            [*command, "hocr"],
            input=image,
            capture_output=True,
            timeout=seconds,
            env=env,
            preexec_fn=_die_with_parent if os.name == "posix" else None,
            check=False,
        )
    except FileNotFoundError as error:
        raise missing_error() from error
    except OSError as error:
        raise failed_error(error.strerror or type(error).__name__) from error
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        if "Failed loading language" in stderr or "Could not initialize" in stderr:
            raise missing_error()
        last = next((ln for ln in reversed(stderr.splitlines()) if ln.strip()), "")
        raise failed_error(last[:120] or f"exit {done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def _lines(hocr: str, page: int, scale: float, image_height: int) -> list[Line]:
    """The printed lines of one page's hOCR, in PDF points (the origin at the foot)."""
    reader = _Hocr()
    reader.feed(hocr)
    reader.close()
    to_points = 1 / scale
    height = image_height * to_points
    lines = []
    for box, baseline, size_px, words in reader.lines:
        words = [(x0, x1, " ".join(text.split())) for x0, x1, text in words if text.strip()]
        if not words:
            continue
        size = max(size_px * to_points, 4.0)
        y = height - (box[3] + baseline) * to_points
        cells, cell_x, start = [], [words[0][0] * to_points], 0
        for index in range(1, len(words)):
            if (words[index][0] - words[index - 1][1]) * to_points > 2 * size:
                cells.append(" ".join(w[2] for w in words[start:index]))
                cell_x.append(words[index][0] * to_points)
                start = index
        cells.append(" ".join(w[2] for w in words[start:]))
        text = " ".join(w[2] for w in words)
        line = Line(
            page=page,
            y=round(y, 1),
            size=round(size, 1),
            bold=False,
            text=text,
            cells=cells if len(cells) > 1 else None,
            cell_x=cell_x if len(cells) > 1 else None,
            edge=not 0.12 * height < y < 0.8 * height,
            x0=words[0][0] * to_points,
            x1=words[-1][1] * to_points,
        )
        lines.append(line.tidied())
    return _rows_joined(lines)


def _rows_joined(lines: list[Line]) -> list[Line]:
    """A table row whose last columns Tesseract read as a block of their own ("Frist" beside
    "Punkt  Beslutning  Ansvarlig"): a line on a row's baseline, beside it, is its next cell.
    Only beside a line already read as a row: two columns of prose stay two lines."""
    rows = [line for line in lines if line.cells]
    if not rows:
        return lines
    kept = []
    for line in lines:
        row = None
        if not line.cells:
            row = next(
                (
                    r
                    for r in rows
                    if abs(r.y - line.y) <= 0.4 * r.size and (line.x0 > r.x1 or line.x1 < r.x0)
                ),
                None,
            )
        if row is None:
            kept.append(line)
            continue
        cells = sorted([*zip(row.cell_x, row.cells, strict=True), (line.x0, line.text)])
        row.cell_x, row.cells = [x for x, _ in cells], [text for _, text in cells]
        row.text = " ".join(row.cells)
        row.x0, row.x1 = min(row.x0, line.x0), max(row.x1, line.x1)
    return kept


class _Hocr(HTMLParser):
    """The lines of Tesseract's hOCR: each line's box, baseline offset, size and words."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[tuple[int, ...], float, float, list]] = []
        self._depth = 0
        self._line_depth = -1
        self._word: list | None = None
        self._word_depth = -1

    def handle_starttag(self, tag, attrs) -> None:
        if tag in {"br", "meta", "img", "link"}:
            return
        self._depth += 1
        names = dict(attrs)
        kind = set((names.get("class") or "").split())
        title = _title(names.get("title") or "")
        if kind & _LINE_CLASSES and "bbox" in title:
            box = tuple(int(v) for v in title["bbox"][:4])
            baseline = title.get("baseline", [0, 0])
            offset = float(baseline[1]) if len(baseline) > 1 else 0.0
            size = float(title.get("x_size", [box[3] - box[1]])[0])
            self.lines.append((box, offset, size, []))
            self._line_depth = self._depth
        elif "ocrx_word" in kind and self._line_depth >= 0 and "bbox" in title:
            box = [int(v) for v in title["bbox"][:4]]
            self._word = [box[0], box[2], ""]
            self._word_depth = self._depth
            self.lines[-1][3].append(self._word)

    def handle_endtag(self, tag) -> None:
        if tag in {"br", "meta", "img", "link"}:
            return
        if self._depth == self._word_depth:
            self._word, self._word_depth = None, -1
        if self._depth == self._line_depth:
            self._line_depth = -1
        self._depth -= 1

    def handle_data(self, data) -> None:
        if self._word is not None and self._line_depth >= 0:
            self._word[2] += data

    def handle_startendtag(self, tag, attrs) -> None:
        pass


def _title(title: str) -> dict[str, list[str]]:
    """hOCR's title properties: "bbox 1 2 3 4; x_size 44" → {"bbox": [...], "x_size": [...]}."""
    found: dict[str, list[str]] = {}
    for part in title.split(";"):
        words = part.split()
        if words:
            found[words[0]] = words[1:]
    return found
