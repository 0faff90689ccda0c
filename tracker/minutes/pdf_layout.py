"""A PDF's lines as a person reads them: without running heads, words whole, in paragraphs.

The lines come from :mod:`tracker.minutes.pdf` with their page, height, size, weight and left
and right edge. Running page headers and footers (eDoc prints the body, date and page on every
page; the page number changes, the words do not) and page numbers are dropped; a word broken
over two lines ("kommu-" / "nen", also with a soft hyphen or U+2010) is joined again, keeping
the hyphen where the word has one ("IT-systemet", "bygge- og anlæg"); lines are grouped into
paragraphs by the space between them, across a page or a column where a sentence runs on, so
a title broken over two lines is one heading again. A whole line in a bold font is a heading in
all but style. A list's mark (also a symbol font's, U+F0B7), a lettered point ("a)", "b.", the
letter after the last one) and a line after one its author ended early (the next word would
have fit: statements one to a line without full stops) start a paragraph of their own.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from tracker.minutes.errors import MinutesError
from tracker.minutes.model import Block, tidy
from tracker.minutes.repairs import BULLET_MARKS, SYMBOL_FONT

_PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.)\s*)?[-–—]?\s*\d{1,3}(?:\s*(?:af|of|/)\s*\d{1,3})?\s*[-–—]?$",
    re.IGNORECASE,
)
# A list's mark: a dash or a glyph followed by a space, or a symbol font's bullet (Word's
# bullets through Symbol or Wingdings come out as private-use characters, "\uf0b7").
_BULLET = re.compile(rf"^(?:[•\-–*{BULLET_MARKS}]\s+|[{SYMBOL_FONT}]\s*)")
# A line that starts with a label ("Sted:", "Afbud fra:") or a number starts a block of its
# own even without space above it: header fields are printed line under line.
# A case number alone on its line (FirstAgenda prints it under the item): a block of its own.
_CASE_LIKE = re.compile(r"^[A-ZÆØÅ]{0,4}\d[\d./-]*[\dA-Z]\d*(?:-\d+)*$")
_STARTS_BLOCK = re.compile(r"^(?:[A-ZÆØÅ][\wæøåÆØÅ.\- ]{1,30}:(?:\s|$)|\d{1,3}\.\s+[A-ZÆØÅ])")
_ITEM_LINE = re.compile(r"^\d{1,3}\.\s+[A-ZÆØÅ]")
# A lettered or roman sub-point starts one too: "a) Text", "b. Text", "ii. Text".
_SUB_POINT = re.compile(r"^(?:[a-zæøå]\)\s+\S|(?:[a-zæøå]|[ivx]{2,4})\.\s+[A-ZÆØÅ])")
# Any lettered point: "d. 40 års jubilæum" is one after "c. …" (and "d. 4. feb." is "den").
_LETTERED = re.compile(r"^([a-h])[.)]\s+(?!\d{1,2}\s*[./])\S")
# A line that ends in the middle of a list or a clause, or opens what follows with a colon:
# its words go on below, however short.
_OPEN_END = re.compile(r"(?:[,;:&/+(\-–]|\b(?:og|eller|samt|men|at|i|på|til|af|for|med|om))$")
# A header field's label without a colon ("Mødested Byrådssalen", FirstAgenda) starts one too.
_FIELD_START = re.compile(r"^(?:Mødedato|Mødested|Mødetidspunkt|Mødelokale|Sted|Dato|Tidspunkt)\s")
# A line of a table of contents ends in a dot leader and a page number: it ends its block.
_TOC_LINE = re.compile(r"(?:\.{4,}|…{2,})\s*\d{1,3}$")
_DIGITS = re.compile(r"\d+")
_WORD_END = re.compile(r"[\wæøåÆØÅ]+$")
_WORD_START = re.compile(r"[\wæøåÆØÅ]+")
# "bygge- og anlæg", "Social-/Sundhed": the hyphen ends a word whose other half comes later.
_JOINING_WORD = re.compile(r"^(?:og|eller|samt|el\.|resp\.|hhv\.|&|/|,)(?![\wæøå])", re.I)
_HYPHENATED = re.compile(r"[\wæøåÆØÅ]+(?:-[\wæøåÆØÅ]+)+")
_KEEP_PREFIXES = ("ikke", "eks", "ex", "vice", "non")


@dataclass
class Line:
    """One printed line: its page, baseline height, size, weight, text and left/right edge."""

    page: int
    y: float
    size: float
    bold: bool
    text: str
    cells: list[str] | None = None  # a line of columns far apart: a table row
    cell_x: list[float] | None = None  # where each cell starts
    rules: tuple[float, ...] = ()  # a row's page: the heights of its horizontal lines
    edge: bool = False  # in the top fifth or bottom eighth of the page, where running heads are
    x0: float = 0.0
    x1: float = 0.0
    hyphen: str = ""  # the line ended in a hyphen, taken off its text: a word may run on

    def tidied(self) -> Line:
        """One-line text and cells, typographic hyphens made plain, a trailing hyphen noted."""
        self.text = _plain(self.text)
        if self.cells:
            self.cells = [_plain(c) for c in self.cells]
        if not self.hyphen and self.text[-1:] in _HYPHENS and self.text[-2:-1].isalnum():
            self.hyphen = "-"
            self.text = self.text[:-1]
        elif self.hyphen and not self.text[-1:].isalnum():
            self.text, self.hyphen = self.text + "-", ""  # a dash, not a broken word
        return self


_HYPHENS = "-\u2010\u2011\u00ad"


def _plain(text: str) -> str:
    text = text.replace("\u2010", "-").replace("\u2011", "-").replace("\ufffe", "-")
    if "\u00ad" in text:
        text = re.sub(r"\u00ad(?!$)", "", text)  # soft hyphens inside a line print nothing
    return tidy(text)


def no_text_error() -> MinutesError:
    """The message for a PDF that holds no text (a scan)."""
    return MinutesError(
        "PDF'en indeholder ingen tekst – gem referatet som Word eller tekst.",
        "The PDF contains no text – save the minutes as Word or text.",
        code="pdf_no_text",
    )


def blocks_of(lines: list[Line]) -> list[Block]:
    """The blocks of a document's lines; MinutesError when no line holds any text."""
    pages = 1 + max((line.page for line in lines), default=0)
    lines = without_running_lines(lines, pages)
    if not any(line.text for line in lines):
        raise no_text_error()
    return _Grouper(lines).blocks()


def without_running_lines(lines: list[Line], pages: int) -> list[Line]:
    """Drop page numbers, and header or footer lines printed on most pages but the first.

    The same words at about the same height near the top or the foot of most pages, above
    (or below) everything else on the page, are a running head. A label of the body
    ("Beslutning") may stand at the same height on many pages too, but under the item's
    own title. A head that counts the pages ("Referat 12. marts 2026 – side 3 af 40") is the
    same words but for its numbers.
    """
    running: set[str] = set()  # the words (a page count's numbers as "#")
    if pages >= 2:
        seen: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for line in lines:
            if line.edge:
                seen[_running_key(line.text)].append((line.page, line.y))
        for key, places in seen.items():
            y = Counter(round(y) for _, y in places).most_common(1)[0][0]
            if len({page for page, at in places if abs(at - y) <= 2}) >= max(2, pages * 0.6):
                running.add(key)
    dropped: set[int] = set()  # id() of the lines that are running heads
    first: dict[str, int] = {}  # the page a running head is kept on: the first it is on
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    for page in sorted(by_page):
        ordered = sorted(by_page[page], key=lambda ln: -ln.y)
        for band in (ordered, ordered[::-1]):  # from the top down, from the foot up
            for line in band:
                key = _running_key(line.text)
                if not line.edge or not (key in running or _PAGE_NUMBER.match(line.text)):
                    break
                # Kept once, where it is first printed (the body's name and the date, as the
                # secretary sees them on the first page).
                if _PAGE_NUMBER.match(line.text) or first.setdefault(key, page) != page:
                    dropped.add(id(line))
    return [
        line
        for line in lines
        if id(line) not in dropped and not (line.edge and _PAGE_NUMBER.match(line.text))
    ]


_PAGE_COUNT = re.compile(r"\b(?:side|page|s\.)\s*\d|\d\s*(?:af|of|/)\s*\d", re.IGNORECASE)


def _running_key(text: str) -> str:
    """The words of a line as a running head is recognised: a page count's numbers aside."""
    return _DIGITS.sub("#", text.lower()) if _PAGE_COUNT.search(text) else text


def join_lines(lines: list[Line], hyphenated: set[str] = frozenset()) -> str:
    """The lines as one paragraph's text, words broken over two lines joined again."""
    text = ""
    pending = ""
    for line in lines:
        if not text:
            text = line.text
        elif pending:
            text = _join_broken(text, line.text, hyphenated)
        else:
            text += " " + line.text
        pending = line.hyphen
    return text + pending


def _join_broken(left: str, right: str, hyphenated: set[str]) -> str:
    """ "kommu" + "nen" is "kommunen"; "IT" + "systemet" keeps its hyphen; "bygge" + "og" too."""
    if _JOINING_WORD.match(right):
        return left + "- " + right
    head = _WORD_END.search(left)
    tail = _WORD_START.match(right)
    first, second = (head.group(0) if head else ""), (tail.group(0) if tail else "")
    keep = (
        f"{first}-{second}".lower() in hyphenated
        or first[-1:].isupper()
        or first[-1:].isdigit()
        or right[:1].isupper()
        or right[:1].isdigit()
        or first.lower() in _KEEP_PREFIXES
    )
    return left + ("-" if keep else "") + right


class _Grouper:
    """Lines to paragraphs, headings, list items and table rows."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        gaps = [
            prev.y - line.y
            for prev, line in zip(lines, lines[1:], strict=False)
            if prev.page == line.page and 0 < prev.y - line.y < 40
        ]
        self.step = statistics.median(gaps) if gaps else 14.0
        self.hyphenated = {  # the words the document prints with a hyphen inside
            word.lower()
            for line in lines
            if "-" in line.text
            for word in _HYPHENATED.findall(line.text)
        }
        self.letter = ""  # the letter of the last lettered point ("c" of "c) …")
        self.by_page: dict[int, list[Line]] = defaultdict(list)
        for line in lines:
            self.by_page[line.page].append(line)
        self.left: dict[int, float] = {}
        self.right: dict[int, float] = {}
        for line in lines:
            if not line.cells and line.x1 > line.x0:
                self.left[line.page] = min(self.left.get(line.page, line.x0), line.x0)
                self.right[line.page] = max(self.right.get(line.page, line.x1), line.x1)

    def blocks(self) -> list[Block]:
        """The blocks, in the order of the lines."""
        blocks: list[Block] = []
        current: list[Line] = []

        def flush() -> None:
            if not current:
                return
            text = join_lines(current, self.hyphenated)
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

        for line in self.lines:
            if line.cells and len(line.cells) > 1:
                flush()
                blocks.append(Block("row", cells=line.cells))
                continue
            if current and not (
                self._same_paragraph(current[-1], line, current) or self._runs_on(current[-1], line)
            ):
                flush()
            current.append(line)
            point = _LETTERED.match(line.text) if current[0] is line else None
            if point:
                self.letter = point.group(1)
        flush()
        return blocks

    def _next_letter(self, line: Line) -> bool:
        """The line opens the point lettered after the last one ("d. 40 års …" after "c. …")."""
        point = _LETTERED.match(line.text)
        return bool(point and self.letter and ord(point.group(1)) == ord(self.letter) + 1)

    def _same_paragraph(self, prev: Line, line: Line, current: list[Line]) -> bool:
        gap = prev.y - line.y
        close = 0 < gap <= self.step * 1.2
        # a heading's lines stand further apart: one goes on where the first was cut
        big = prev.size >= 13.5 and 0 < gap <= prev.size * 1.5 and self._cut(prev, line, False)
        return (
            prev.page == line.page
            and (close or big)
            and prev.bold == line.bold
            and abs(prev.size - line.size) < 0.5
            and not _BULLET.match(line.text)
            and not _STARTS_BLOCK.match(line.text)
            and not _FIELD_START.match(line.text)
            and not _SUB_POINT.match(line.text)
            and not self._next_letter(line)
            and not self._broken_early(prev, line, current)
            and not _TOC_LINE.search(prev.text)
            and not _CASE_LIKE.match(line.text)
            and not _CASE_LIKE.match(prev.text)
            # a bold heading goes on only where its words do: "… for\nforsyningens …"
            and (not line.bold or self._cut(prev, line, close))
        )

    def _cut(self, prev: Line, line: Line, close: bool) -> bool:
        """The words of ``prev`` go on in ``line``: it starts in lower case (or with a number,
        when ``close`` below), ``prev`` ends in a hyphen, or ``prev`` reaches the right margin
        and ends no sentence."""
        return (
            line.text[:1].islower()
            or (close and line.text[:1].isdigit())
            or bool(prev.hyphen)
            or self._full(prev)
        )

    def _broken_early(self, prev: Line, line: Line, current: list[Line]) -> bool:
        """``prev`` ends where its author ended it: the first word of ``line`` would have fit
        after it, within the right edge of the lines around or of its column (a list of
        statements one to a line without full stops, "Bestyrelsen laver en liste⏎Send gerne
        en mail …"). A line that ends in a comma or "og" goes on below."""
        # an item's title ending in a colon ("6. Valg til bestyrelsen:") opens no sentence
        title = len(current) == 1 and bool(_ITEM_LINE.match(prev.text))
        if prev.hyphen or prev.bold or (_OPEN_END.search(prev.text) and not title):
            return False
        if not (line.text[:1].isupper() or line.text[:1].isdigit()):
            return False
        if line.x0 < prev.x0 - line.size:  # centred or outdented: no edge to measure by
            return False
        word = line.text.split(" ", 1)[0]
        width = (line.x1 - line.x0) / max(len(line.text), 1) * (len(word) + 1)
        edge = max(ln.x1 for ln in (*current, line))
        if prev.x1 + width + line.size >= edge:  # the lines around reach no further
            edge = self._column_edge(prev)
        return prev.x1 + width + line.size < edge

    def _column_edge(self, line: Line) -> float:
        """How far the page's body text reaches in ``line``'s column: the right edge that three
        of the plain lines beside it reach (a line of the other column starts right of it).
        On a page with a table, no more than the line's own: its rows' cells are columns of
        their own."""
        page = self.by_page.get(line.page, ())
        if any(other.cells for other in page):
            return line.x1
        edges = sorted(
            (other.x1 for other in page if not other.bold and other.x0 < line.x1 < other.x1),
            reverse=True,
        )
        return edges[2] if len(edges) >= 3 else line.x1

    def _runs_on(self, prev: Line, line: Line) -> bool:
        """A new page or column continues a paragraph only when the sentence clearly runs on."""
        turned = prev.page != line.page or (
            line.y > prev.y and line.x0 > prev.x0 + 0.25 * self._width(line.page)
        )
        return (
            turned
            and not prev.bold
            and not line.cells
            and (line.text[:1].islower() or bool(prev.hyphen))
            and not re.search(r"[.:!?]$", prev.text)
        )

    def _width(self, page: int) -> float:
        return max(self.right.get(page, 0.0) - self.left.get(page, 0.0), 1.0)

    def _full(self, line: Line) -> bool:
        """The line reaches the right margin (the words went on below) and ends no sentence."""
        right = self.right.get(line.page, 0.0)
        return line.x1 >= right - 0.15 * self._width(line.page) and not re.search(
            r"[.:!?]$", line.text
        )
