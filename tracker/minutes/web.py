"""Web pages (.html/.htm saved from a municipality's site) to the common text model.

Headings stay headings, list items list items and table rows rows; every other element
that holds text is a paragraph of its own, so a label and its value on separate lines
(FirstAgenda's web pages) stay two paragraphs. Menus, scripts and forms are no part of the
minutes.

Pure module: stdlib only (html.parser).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from tracker.minutes.model import Block, tidy

_SKIP = {"script", "style", "noscript", "template", "head", "nav", "form", "select"}
_SKIP |= {"svg", "iframe", "object"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "dt", "dd"}
_BLOCK |= {"blockquote", "pre", "address", "figure", "figcaption", "caption", "body", "html"}
_BLOCK |= {"dl", "ul", "ol", "table", "tbody", "thead", "tfoot", "label", "legend", "fieldset"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
    re.I | re.S,
)


def looks_like_html(text: str) -> bool:
    """The text starts like a web page (doctype or an html, head, body or meta tag)."""
    return bool(_SNIFF.match(text[:2048].lstrip("\ufeff")))


# A page's inline tags left in its copied text ("Husstandsomdelt <strong>den</strong>
# 28.11.2005<br />"): a document host's text layer; the lines stay as they are
_INLINE_TAG = re.compile(r"</?(?:br|strong|b|em|i|u|span|font|sup|sub)\b[^<>\n]{0,200}?/?>", re.I)


def without_inline_markup(text: str) -> str:
    """Text with five or more inline tags left in it, without them (a line break a space)."""
    if len(_INLINE_TAG.findall(text, 0, 200_000)) < 5:
        return text
    plain = _INLINE_TAG.sub(lambda m: " " if m[0][1:3].lower() == "br" else "", text)
    return html.unescape(plain)


def read_html(text: str) -> list[Block]:
    """The blocks of a web page's text."""
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser.flush()
    return parser.blocks


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.skip = 0
        self.text: list[str] = []
        self.bold_text: list[str] = []
        self.bold = 0
        self.heading = 0
        self.lists: list[list] = []  # per open list: [ordered, counter]
        self.item: str | None = None  # "bullet" or "numbered" while inside <li>
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None
        self.button = 0  # inside a <button>: only a heading's text (an accordion's title) counts

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if tag == "br" and self.cell is None:
                self.flush()
            elif tag == "br":
                self.cell.append(" ")
            return
        if self.skip or tag in _SKIP:
            self.skip += 1
            return
        if tag == "button":
            self.button += 1
        elif tag in _HEADINGS:
            if self.cells is not None:
                self._unfold_row()
            self.flush()
            self.heading = _HEADINGS[tag]
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append([tag == "ol", 0])
        elif tag == "li":
            self.flush()
            ordered = bool(self.lists and self.lists[-1][0])
            if ordered:
                self.lists[-1][1] += 1
            self.item = "numbered" if ordered else "bullet"
        elif tag == "tr":
            self.flush()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cell = []
        elif tag in ("td", "th"):
            self.flush()  # a cell of an unfolded (layout) row: a block of its own
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        if self.skip:
            self.skip -= 1
            return
        if tag == "button":
            self.button = max(0, self.button - 1)
        elif tag in _HEADINGS:
            self.flush()
            self.heading = 0
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            self.flush()
            self.item = None
        elif tag in ("td", "th") and self.cell is not None:
            if self.cells is not None:  # an empty cell too: the columns stay in their places
                self.cells.append(tidy("".join(self.cell)))
            self.cell = None
        elif tag in ("td", "th"):
            self.flush()
        elif tag == "tr":
            while self.cells and len(self.cells) > 2 and not self.cells[-1]:
                self.cells.pop()  # a row stays a row: its table goes on below it
            if self.cells and any(self.cells):
                self.blocks.append(Block("row", cells=self.cells))
            self.flush()
            self.cells = None
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in _BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip or self.button and not self.heading:
            return
        if self.cell is not None:
            self.cell.append(data)
            return
        self.text.append(data)
        if self.bold:
            self.bold_text.append(data)

    def _unfold_row(self) -> None:
        """A table row that holds headings is a layout, not data (a web agenda's item: number,
        title, case number, decision): its cells so far become paragraphs, the rest blocks."""
        done = list(self.cells or [])
        if self.cell is not None:
            done.append(tidy("".join(self.cell)))
        self.cells = self.cell = None
        for value in done:
            if value:
                self.blocks.append(Block("paragraph", value))

    def flush(self) -> None:
        """End the block being collected."""
        text = tidy("".join(self.text))
        bold = bool(text) and tidy("".join(self.bold_text)) == text
        self.text, self.bold_text = [], []
        if not text:
            return
        if self.heading:
            self.blocks.append(Block("heading", text, level=self.heading))
        elif self.item == "numbered":
            self.blocks.append(Block("numbered", text, number=self.lists[-1][1]))
        elif self.item == "bullet":
            self.blocks.append(Block("bullet", text))
        else:
            self.blocks.append(Block("paragraph", text, bold=bold))
