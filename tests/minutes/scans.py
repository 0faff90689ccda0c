"""Scanned referater for the OCR tests: a referat drawn with Pillow in DejaVu, saved as a PDF
of images only (no text layer), as a scanner makes it; and the skip for a machine without
Tesseract (never in CI: `make test` installs it, scripts/install-ocr.sh)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = "/usr/share/fonts/truetype/dejavu/"
DPI = 200  # a scanner's usual resolution
WIDTH, HEIGHT = int(8.27 * DPI), int(11.69 * DPI)  # A4

# An association's minutes (invented people), the lines as printed: (text, points, bold).
REFERAT = [
    ("Referat af bestyrelsesmøde 3. marts 2026", 16, True),
    ("Grundejerforeningen Solsikkevej", 11, False),
    ("Til stede: Mette Kjærgaard, Jonas Bækgaard, Sofie Lund", 11, False),
    ("Afbud: Henrik Østergaard", 11, False),
    ("", 11, False),
    ("1. Godkendelse af dagsorden", 12, True),
    ("Dagsordenen blev godkendt.", 11, False),
    ("", 11, False),
    ("2. Vedligeholdelse af fællesarealer", 12, True),
    ("Bestyrelsen drøftede beplantningen ved legepladsen.", 11, False),
    ("Jonas Bækgaard indhenter tilbud på ny beplantning inden 1. april 2026.", 11, False),
    ("", 11, False),
    ("3. Eventuelt", 12, True),
    ("Intet.", 11, False),
]


def _font(points: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONTS + name, round(points * DPI / 72))


def page_image(lines, *, page: int | None = None) -> Image.Image:
    """One A4 page with ``lines`` ((text, points, bold)) drawn from the top margin, and a
    page number at its foot when ``page`` is given."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    y = DPI  # one inch
    for text, points, bold in lines:
        if text:
            draw.text((DPI, y), text, font=_font(points, bold), fill=0)
        y += round(points * DPI / 72 * (1.9 if bold else 1.5))
    if page is not None:
        draw.text((WIDTH // 2, HEIGHT - DPI), f"Side {page}", font=_font(10, False), fill=0)
    return image


def scanned_pdf(pages: list[list] | None = None, *, skew: float = 0.0) -> bytes:
    """A PDF of page images only (each page a list of lines; default: the referat above);
    ``skew``: the pages turned by so many degrees and blurred, as a paper fed askew."""
    images = [page_image(lines) for lines in (pages or [REFERAT])]
    if skew:
        images = [
            image.rotate(skew, resample=Image.BICUBIC, fillcolor=255).filter(
                ImageFilter.GaussianBlur(0.8)
            )
            for image in images
        ]
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return out.getvalue()


def long_scan(count: int) -> bytes:
    """A scan of ``count`` pages: the referat on the first, an item on each after it."""
    pages = [REFERAT]
    for number in range(4, count + 3):
        title = (f"{number}. Punkt nummer {number}", 12, True)
        pages.append([title, ("Taget til efterretning.", 11, False)])
    return scanned_pdf(pages)


def tesseract_ready() -> bool:
    """Tesseract and its Danish model are installed here."""
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    return "dan" in listed.stdout.split()


def need_tesseract() -> None:
    """Skip without Tesseract on a developer's machine; fail in CI (CI is set)."""
    if tesseract_ready():
        return
    reason = "Tesseract with Danish (tesseract-ocr, tesseract-ocr-dan) is not installed"
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason} (CI is set, so the OCR tests may not be skipped)", pytrace=False)
    pytest.skip(f"{reason}; run scripts/install-ocr.sh (as root) to install it")


# A decision table under the head: columns far apart, as printed (x in pixels at DPI).
TABLE = [
    ("Punkt", "Beslutning", "Ansvarlig", "Frist"),
    ("1", "Tilbud på beplantning indhentes", "Jonas Bækgaard", "1. april 2026"),
    ("2", "Budget for 2026 sendes ud", "Sofie Lund", "15. marts 2026"),
]
_COLUMNS = (200, 400, 1000, 1350)


def table_scan() -> bytes:
    """The referat's head over a decision table (Punkt, Beslutning, Ansvarlig, Frist)."""
    image = page_image(REFERAT[:4])
    draw = ImageDraw.Draw(image)
    y = 5 * DPI
    for row in TABLE:
        for x, cell in zip(_COLUMNS, row, strict=True):
            draw.text((x, y), cell, font=_font(11, row is TABLE[0]), fill=0)
        y += 60
    out = io.BytesIO()
    image.save(out, "PDF", resolution=DPI)
    return out.getvalue()
