"""Word's Calibri ligatures that a PDF's text layer gives as the wrong letters.

A referat saved as PDF from Word in Calibri draws "ti", "tt", "ft" and "fj" as one glyph each.
When the font's table of letters does not say what such a glyph stands for, PDFium gives the
glyph's number as a letter: "iniƟaƟver", "Ɵl", "fortsæƩe", "haŌ", "łerne" (poppler and Word read
them right). Seen in real grundejerforening minutes. This mends them, and only in a document
that shows the fault: "Ɵ", "Ʃ" or "Ō" beside a small letter, which no Danish word has. "ł"
stands for "fj" only at a word's start before a vowel ("łerne", "łord"), so a Polish name
("Michał", "Stanisław") in such a document keeps its letter.

Used by :mod:`tracker.minutes.pdf`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.pdf_layout import Line

__all__ = ["mended"]

_GLYPHS = {"\u019f": "ti", "\u01a9": "tt", "\u014c": "ft"}  # Ɵ, Ʃ, Ō
_FAULT = re.compile(r"[a-zæøå][\u019f\u01a9\u014c]|[\u019f\u01a9\u014c][a-zæøå]")
_GLYPH = re.compile("[\u019f\u01a9\u014c]")
_FJ = re.compile(r"(?<![^\W\d_])\u0142(?=[aeiouyæøå])")  # "łerne": ł at a word's start


def _mend(text: str) -> str:
    return _FJ.sub("fj", _GLYPH.sub(lambda m: _GLYPHS[m.group()], text))


def mended(lines: list[Line]) -> list[Line]:
    """The lines with Calibri's misread ligatures made letters again, when the document shows
    the fault; otherwise the lines as they are."""
    if not any(_FAULT.search(line.text) for line in lines):
        return lines
    for line in lines:
        line.text = _mend(line.text)
        if line.cells:
            line.cells = [_mend(cell) for cell in line.cells]
    return lines
