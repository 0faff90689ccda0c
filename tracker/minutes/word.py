"""Word documents (.docx) to the common text model: paragraphs, lists, tables, page headers.

The zip directory is checked before anything is unpacked (see :func:`read_docx`); then
python-docx walks the body in order. Tables become rows (a cell that holds a table gives
that table's rows too, as Acadre's cover tables do), and the text of the page headers comes
first, once, as the secretary sees it on the first page.

Pure module: stdlib and python-docx only.
"""

from __future__ import annotations

import io
import re
import zipfile

from tracker.minutes.errors import MinutesError, megabytes
from tracker.minutes.model import Block, tidy

MAX_ZIP_ENTRIES = 2000  # a real referat has a few dozen parts
_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)


def read_docx(data: bytes, *, max_unpacked_bytes: int) -> list[Block]:
    """The blocks of a Word document; MinutesError for a zip that is no usable .docx."""
    not_word = MinutesError(
        "Filen er en zip-fil, men ikke et Word-dokument (.docx). "
        "Måske er det et regneark eller en anden fil, der er omdøbt?",
        "The file is a zip archive but not a Word document (.docx). "
        "Perhaps it is a spreadsheet or another renamed file?",
        code="not_docx",
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise not_word from exc
    if "word/document.xml" not in {entry.filename for entry in entries}:
        raise not_word
    if len(entries) > MAX_ZIP_ENTRIES:
        raise MinutesError(
            f"Word-dokumentet består af for mange dele (over {MAX_ZIP_ENTRIES}). "
            "Gem referatet som et almindeligt Word-dokument eller som tekst, og prøv igen.",
            f"The Word document has too many parts (over {MAX_ZIP_ENTRIES}). "
            "Save the minutes as an ordinary Word document or as text, and try again.",
            code="too_large",
        )
    if sum(entry.file_size for entry in entries) > max_unpacked_bytes:
        raise MinutesError(
            "Word-dokumentet fylder for meget, når det pakkes ud "
            f"(over {megabytes(max_unpacked_bytes)} MB). "
            "Gem referatet uden indlejrede billeder og bilag, eller som tekst, og prøv igen.",
            "The Word document is too large when unpacked "
            f"(over {megabytes(max_unpacked_bytes, 'en')} MB). "
            "Save the minutes without embedded images and attachments, or as text, and try again.",
            code="too_large",
        )
    import docx  # python-docx, a declared dependency

    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:  # no damage: out of the reading's memory (tracker.minutes.isolation)
        raise
    except Exception as exc:  # python-docx raises many kinds of errors on bad files
        raise MinutesError(
            "Word-dokumentet kunne ikke åbnes. Er filen beskadiget?",
            "The Word document could not be opened. Is the file damaged?",
            code="not_docx",
        ) from exc
    return _Converter(document).convert()


class _Converter:
    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.document = document
        self.qn = qn
        self.numbering_formats: dict[tuple[str, str], str] = {}
        self.counters: dict[str, int] = {}
        self._load_numbering()

    def _load_numbering(self) -> None:
        qn = self.qn
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract_formats: dict[str, dict[str, str]] = {}
        for abstract in numbering.findall(qn("w:abstractNum")):
            levels: dict[str, str] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                levels[lvl.get(qn("w:ilvl"), "0")] = (
                    fmt.get(qn("w:val"), "bullet") if fmt is not None else "bullet"
                )
            abstract_formats[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, fmt in abstract_formats.get(ref.get(qn("w:val"), ""), {}).items():
                self.numbering_formats[(num.get(qn("w:numId"), ""), ilvl)] = fmt

    def convert(self) -> list[Block]:
        blocks = self._headers()
        self._container(self.document.element.body, self.document, blocks)
        return blocks

    def _headers(self) -> list[Block]:
        """Page-header text once (eDoc and Acadre print the body's name and date there)."""
        blocks: list[Block] = []
        seen: set[str] = set()
        for section in self.document.sections:
            try:
                header = section.header
                if header.is_linked_to_previous:
                    continue
                element = header._element
            except (AttributeError, KeyError, ValueError):
                continue
            part: list[Block] = []
            self._container(element, header, part)
            key = "\n".join(b.text or "\t".join(b.cells) for b in part)
            if key and key not in seen:
                seen.add(key)
                blocks.extend(part)
        return blocks

    def _container(self, element, parent, out: list[Block]) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        qn = self.qn
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                block = self._paragraph(Paragraph(child, parent))
                if block is not None:
                    out.append(block)
                for box in self._text_boxes(child):
                    self._container(box, parent, out)
            elif child.tag == qn("w:tbl"):
                self.counters.clear()
                self._table(Table(child, parent), out)
            elif child.tag == qn("w:sdt"):  # content controls wrap paragraphs in some systems
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self._container(content, parent, out)

    def _text_boxes(self, paragraph) -> list:
        """The text boxes anchored in a paragraph, each once: Word writes a box twice, as a
        drawing and as a fallback picture for old readers (mc:Fallback), which is skipped."""
        boxes = paragraph.findall(".//" + self.qn("w:txbxContent"))
        fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
        return [
            box
            for box in boxes
            if not any(ancestor.tag == fallback for ancestor in box.iterancestors())
            and not any(a.tag == self.qn("w:txbxContent") for a in box.iterancestors())
        ]

    def _table(self, table, out: list[Block]) -> None:
        from docx.table import Table

        qn = self.qn
        for row in table.rows:
            cells: list[str] = []
            nested: list[Block] = []
            seen_cells: list = []  # the elements themselves: keeps lxml's proxies alive
            for cell in row.cells:
                if any(cell._tc is tc for tc in seen_cells):
                    continue  # a merged cell is listed once per grid column
                seen_cells.append(cell._tc)
                texts = [tidy(p.text) for p in cell.paragraphs]
                for inner in cell._tc.iterchildren(qn("w:tbl")):
                    rows: list[Block] = []
                    self._table(Table(inner, cell), rows)
                    if all(len([c for c in r.cells if c]) == 1 for r in rows):
                        texts += [c for r in rows for c in r.cells if c]  # names, one a row
                    else:
                        nested.extend(rows)
                value = _join_cell([t for t in texts if t])
                if not value or not cells or cells[-1] != value:
                    cells.append(value)  # an empty cell too: the columns stay in their places
            # Empty cells at the end say nothing, but a row stays a row ("5. Eventuelt" and
            # nothing else in a decision table): its table goes on below it.
            while len(cells) > 2 and not cells[-1]:
                cells.pop()
            if any(cells):
                out.append(Block("row", cells=cells))
            out.extend(nested)

    def _paragraph(self, paragraph) -> Block | None:
        text = tidy(paragraph.text)
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if not text:
            return None
        lowered = style.lower()
        if lowered in ("title", "titel"):
            self.counters.clear()
            return Block("heading", text, level=1)
        match = _HEADING_STYLE.match(style)
        if match:
            self.counters.clear()
            return Block("heading", text, level=max(1, min(int(match.group(1)), 6)))
        list_kind = self._list_kind(paragraph, lowered)
        if list_kind == "bullet":
            return Block("bullet", text)
        if list_kind is not None:
            number = self.counters.get(list_kind, 0) + 1
            self.counters[list_kind] = number
            return Block("numbered", text, number=number)
        self.counters.clear()
        return Block("paragraph", text)

    def _list_kind(self, paragraph, style: str) -> str | None:
        """Return "bullet", a numbering key for numbered lists, or None."""
        qn = self.qn
        ppr = paragraph._p.pPr
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            num_id_el = num_pr.find(qn("w:numId"))
            ilvl_el = num_pr.find(qn("w:ilvl"))
            num_id = num_id_el.get(qn("w:val"), "") if num_id_el is not None else ""
            ilvl = ilvl_el.get(qn("w:val"), "0") if ilvl_el is not None else "0"
            if num_id and num_id != "0":
                fmt = self.numbering_formats.get((num_id, ilvl))
                if fmt is not None:
                    return "bullet" if fmt in ("bullet", "none") else f"{num_id}:{ilvl}"
        if "list number" in style or "opstilling - tal" in style:
            return "style:" + style
        if "list bullet" in style or "opstilling - punkt" in style or "list" in style:
            return "bullet"
        return None


def _join_cell(texts: list[str]) -> str:
    """A cell's paragraphs on one line: a list of names gets commas, prose gets spaces."""
    if not texts:
        return ""
    if len(texts) > 1 and all(len(t) < 60 and not t.endswith((".", ",", ":")) for t in texts):
        return ", ".join(texts)
    return " ".join(texts)
