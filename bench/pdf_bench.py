"""PDF reading: pypdf (the reader before issue 25) against pypdfium2 (the reader now), side by side.

    python -m bench.pdf_bench [--repeat 7] [--pages 40]

Makes a referat of about 40 A4 pages set in two justified columns, with a running header
and "Side N af M" on every page and words hyphenated at line ends (fpdf2, soft hyphens), the
shape of a council's printed minutes; then times, in turns in one process:

- ``pypdf``: what the reader before issue 25 did per page (``extract_text`` with a visitor that
  collects every text run with its position and font; :func:`pypdf_runs`);
- ``pypdfium2``: what the reader does now per page (:func:`tracker.minutes.pdf._page_lines`:
  PDFium's text, each line placed from its characters);
- ``text``: PDFium's plain text alone, no positions (the floor of pypdfium2);
- ``budget``: the count before reading (:mod:`tracker.minutes.pdf_budget`, pypdf), both pay it;
- ``read_pdf``: the whole reader now (budget, PDFium, layout: paragraphs, running heads);
- ``import``: bytes → text → parsed referat → draft actions.

Then one scanned page: the generated referat's first page as a 200 dpi grey image in a PDF
without text, read by Tesseract (:mod:`tracker.minutes.ocr`; skipped without it), and the
share of the text layer's words its reading gives in the same order.

The real PDFs in ``../shared/referater/inputs`` are timed too when that folder is there.
Each figure is the median of ``--repeat`` runs; the ratios are what carries over to another
machine. The two readers' words are compared too: the share of pypdf's words that pypdfium2
gives in the same order (difflib), i.e. the same reading order.
"""

from __future__ import annotations

import argparse
import difflib
import io
import random
from pathlib import Path

from fpdf import FPDF

from bench.import_bench import median_ms
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.ocr import OcrBudget, available
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes

FONTS = Path(__file__).parent.parent / "tracker" / "reports" / "fonts"
REAL = Path(__file__).parent.parent.parent / "shared" / "referater" / "inputs"
RUNNING = "Økonomiudvalget – Referat – 12. marts 2026"

_WORDS = [
    *("kommunens", "økonomiudvalget", "administrationen", "sagsfremstillingen"),
    *("budgetopfølgningen", "anlægsbevillingen", "forvaltningen", "borgerservice"),
    *("ældreområdet", "dagtilbudsområdet", "beskæftigelsesindsatsen", "kvalitetsstandarderne"),
    *("udbudsmaterialet", "klimahandleplanen", "og", "at", "det", "er", "en", "til", "af", "i"),
    *("på", "med", "som", "for", "der", "ikke", "skal", "kan", "har", "vil", "om", "efter"),
]
_TASKS = (
    "Forvaltningen udarbejder et notat om {emne} inden 1. juni 2026.",
    "Økonomiafdelingen følger op på {emne} til mødet i september.",
    "Sekretariatet sender høringssvaret om {emne} til Kommunalbestyrelsen senest 15. maj 2026.",
)


class _Referat(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.cell(0, 5, RUNNING, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")


def _soft(word: str) -> str:
    """A long word with soft hyphens every few letters, where fpdf2 may break it."""
    if len(word) < 12:
        return word
    return "\u00ad".join(word[i : i + 5] for i in range(0, len(word), 5))


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 18))]
    return " ".join(words).capitalize() + "."


def two_column_referat(pages: int = 40, seed: int = 25) -> bytes:
    """A referat of about ``pages`` A4 pages in two justified columns (see the module)."""
    rng = random.Random(seed)
    pdf = _Referat()
    pdf.add_font("dv", fname=str(FONTS / "DejaVuSansCondensed.ttf"))
    pdf.add_font("dv", style="B", fname=str(FONTS / "DejaVuSansCondensed-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("dv", "B", 18)
    pdf.cell(0, 10, "Referat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    pdf.cell(0, 6, "Mødedato: 12. marts 2026 kl. 15:00", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Sted: Udvalgsværelse 1", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    number = 0
    while pdf.page_no() < pages and number < 50 * pages:
        # The columns are set when the block ends: a few items at a time, until enough pages.
        with pdf.text_columns(ncols=2, gutter=8, text_align="J") as columns:
            for _ in range(4):
                number += 1
                _item(pdf, columns, number, rng)
    return bytes(pdf.output())


def _item(pdf: FPDF, columns, number: int, rng: random.Random) -> None:
    emne = rng.choice(_WORDS[:10])
    pdf.set_font("dv", "B", 12)
    with columns.paragraph(text_align="L", top_margin=3) as title:
        title.write(f"Punkt {number}: Budgetopfølgning på {emne}")
    pdf.set_font("dv", "B", 10)
    with columns.paragraph(text_align="L", top_margin=2) as label:
        label.write("Sagsfremstilling")
    pdf.set_font("dv", "", 10)
    for _ in range(rng.randint(4, 7)):
        with columns.paragraph(top_margin=2) as body:
            body.write(" ".join(_soft(w) for w in _sentence(rng).split()))
    pdf.set_font("dv", "B", 10)
    with columns.paragraph(text_align="L", top_margin=2) as label:
        label.write("Beslutning")
    pdf.set_font("dv", "", 10)
    with columns.paragraph(top_margin=2) as body:
        body.write("Indstillingen blev godkendt. " + rng.choice(_TASKS).format(emne=emne))


def pypdf_runs(data: bytes) -> list[str]:
    """The work of the reader before issue 25: every page's text runs with position and font
    (pypdf's ``extract_text`` visitor), joined into lines where the height is the same."""
    import pypdf

    lines: list[str] = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        runs: list[tuple[float, bool, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text and text.strip():
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                name = str(font.get("/BaseFont", "")) if font else ""
                runs.append((round(y, 1), "bold" in name.lower(), text))

        page.extract_text(visitor_text=visit)
        last = None
        for y, _, text in runs:
            if last is not None and abs(last - y) < 1.5:
                lines[-1] += text
            else:
                lines.append(text)
            last = y
    return lines


def pdfium_lines(data: bytes) -> list[str]:
    """The work of the reader now: every page's lines placed with PDFium."""
    import pypdfium2

    from tracker.minutes.pdf import _page_lines

    document = pypdfium2.PdfDocument(data)
    try:
        return [line.text for n in range(len(document)) for line in _page_lines(document, n)]
    finally:
        document.close()


def pdfium_text(data: bytes) -> str:
    """PDFium's plain text of every page, no positions: the floor of what pypdfium2 costs."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "".join(document[n].get_textpage().get_text_range() for n in range(len(document)))
    finally:
        document.close()


def budget(data: bytes) -> None:
    """The count before reading, as read_pdf does it."""
    import pypdf

    from tracker.minutes.pdf import _check_budget
    from tracker.minutes.pdf_budget import MAX_DECODED_BYTES, MAX_OPERATORS

    _check_budget(pypdf, data, MAX_DECODED_BYTES, MAX_OPERATORS)


def scanned_page(data: bytes, dpi: int = 200) -> bytes:
    """The first page of ``data`` as a scanner gives it: a grey image in a PDF without text."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, "PDF", resolution=dpi)
    return out.getvalue()


def first_page_lines(data: bytes) -> list[str]:
    """The text layer's lines of the first page."""
    import pypdfium2

    from tracker.minutes.pdf import _page_lines

    document = pypdfium2.PdfDocument(data)
    try:
        return [line.text for line in _page_lines(document, 0)]
    finally:
        document.close()


def scan_line(data: bytes, repeat: int) -> None:
    """Print the time one scanned page takes to read (render and Tesseract) and to import."""
    budget = OcrBudget(seconds=300)
    if not available(budget):
        print("one scanned page: Tesseract is not installed (scripts/install-ocr.sh)")
        return
    scan = scanned_page(data)
    read = median_ms(lambda: read_minutes_bytes(scan, ocr=budget), repeat)
    full = median_ms(
        lambda: extract_draft_actions(parse_minutes(read_minutes_bytes(scan, ocr=budget))), repeat
    )
    text = read_minutes_bytes(scan, ocr=budget)
    order = _same_order(first_page_lines(data), text.split("\n"))
    print(
        f"{'one scanned page (page 1, 200 dpi), OCR':44} {1:5d} {'':>9} {'':>9} {'':>6} "
        f"{'':>8} {'':>8} {read:7.1f}ms {full:7.1f}ms {order:6.1%}"
    )


def _same_order(old: list[str], new: list[str]) -> float:
    """The share of the old reader's words the new one gives in the same order."""
    a = " ".join(old).replace("-", " ").split()
    b = " ".join(new).replace("-", " ").split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(a), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()
    files = [(f"generated, {args.pages} pages, 2 columns", two_column_referat(args.pages))]
    if REAL.is_dir():
        files += [(f"real: {p.name}", p.read_bytes()) for p in sorted(REAL.glob("*.pdf"))]
    print(
        f"{'file':44} {'pages':>5} {'pypdf':>9} {'pdfium':>9} {'ratio':>6} {'text':>8} "
        f"{'budget':>8} {'read_pdf':>9} {'import':>9} {'order':>6}"
    )
    import pypdfium2

    for name, data in files:
        pages = len(pypdfium2.PdfDocument(data))
        slow = median_ms(lambda d=data: pypdf_runs(d), args.repeat)
        fast = median_ms(lambda d=data: pdfium_lines(d), args.repeat)
        floor = median_ms(lambda d=data: pdfium_text(d), args.repeat)
        count = median_ms(lambda d=data: budget(d), args.repeat)
        whole = median_ms(lambda d=data: read_minutes_bytes(d, max_bytes=1 << 30), args.repeat)
        full = median_ms(
            lambda d=data: extract_draft_actions(
                parse_minutes(read_minutes_bytes(d, max_bytes=1 << 30))
            ),
            args.repeat,
        )
        order = _same_order(pypdf_runs(data), pdfium_lines(data))
        print(
            f"{name[:44]:44} {pages:5d} {slow:7.1f}ms {fast:7.1f}ms {fast / slow:6.3f} "
            f"{floor:6.1f}ms {count:6.1f}ms {whole:7.1f}ms {full:7.1f}ms {order:6.1%}"
        )
    scan_line(files[0][1], min(args.repeat, 3))


if __name__ == "__main__":
    main()
