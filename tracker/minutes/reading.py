"""Turn an uploaded file (bytes) into referat text.

Handles UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252, CRLF/CR line ends and
Word documents (.docx), which are converted to the same Markdown shape that the case system
exports, so that :func:`tracker.minutes.parser.parse_minutes` can read both.

Pure module: stdlib and python-docx only.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, time

MAX_BYTES = 5 * 1024 * 1024  # the default; the app passes its MAX_CONTENT_LENGTH
MAX_UNPACKED_BYTES = 20 * 1024 * 1024  # a Word document's parts together, unpacked
MAX_ZIP_ENTRIES = 2000  # a real referat has a few dozen parts

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .doc/.xls


class MinutesError(ValueError):
    """A referat could not be read or understood.

    ``str(err)`` is a Danish message meant for the user; :meth:`message` gives it in
    Danish or English.
    """

    def __init__(self, message_da: str, message_en: str | None = None, code: str = "invalid"):
        super().__init__(message_da)
        self.message_da = message_da
        self.message_en = message_en or message_da
        self.code = code

    def message(self, locale: str = "da") -> str:
        return self.message_en if (locale or "da").lower().startswith("en") else self.message_da

    def __str__(self) -> str:
        return self.message_da


def megabytes(size: int, locale: str = "da", *, trim: bool = True) -> str:
    """A byte count in MB for messages: "5", "1,5" (Danish) or "1.5" (English).

    Limits are named without a trailing ",0" (``trim``); a file's own size keeps it.
    """
    text = f"{size / 1024 / 1024:.1f}"
    text = text.removesuffix(".0") if trim else text
    return text if (locale or "da").lower().startswith("en") else text.replace(".", ",")


def read_minutes_bytes(
    data: bytes,
    filename: str = "",
    *,
    max_bytes: int = MAX_BYTES,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
) -> str:
    """Decode an uploaded referat to text with ``\\n`` line ends.

    ``max_bytes`` caps the file, ``max_unpacked_bytes`` a Word document once unpacked.
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
        return normalise_newlines(
            docx_bytes_to_markdown(data, max_unpacked_bytes=max_unpacked_bytes)
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
    text = _decode_text(data)
    return normalise_newlines(text)


# Control characters but tab and line feed: nothing anyone meant (PostgreSQL refuses NUL).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise_newlines(text: str) -> str:
    """LF line ends, no byte-order mark, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text.lstrip("\ufeff"))


def _binary_error() -> MinutesError:
    return MinutesError(
        "Filen ser ikke ud til at være tekst eller et Word-dokument. "
        "Upload referatet som .docx, .md eller .txt.",
        "The file does not look like text or a Word document. "
        "Upload the minutes as .docx, .md or .txt.",
        code="binary",
    )


def _decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _binary_error() from exc
    else:
        if b"\x00" in data:
            raise _binary_error()
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


# --------------------------------------------------------------------------------------
# .docx -> Markdown


def docx_bytes_to_markdown(data: bytes, *, max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> str:
    """Convert a Word document to the Markdown shape of the case system export.

    The zip directory is checked first: a document that unpacks to more than
    ``max_unpacked_bytes`` or has more than :data:`MAX_ZIP_ENTRIES` parts is refused
    before anything is unpacked (zipfile never unpacks more than a part's stated size).
    """
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
    try:
        import docx  # python-docx
        from docx.oxml.ns import qn
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise MinutesError(
            "Word-dokumenter kan ikke læses på denne server (python-docx mangler).",
            "Word documents cannot be read on this server (python-docx is missing).",
            code="unsupported",
        ) from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds of errors on bad files
        raise MinutesError(
            "Word-dokumentet kunne ikke åbnes. Er filen beskadiget?",
            "The Word document could not be opened. Is the file damaged?",
            code="not_docx",
        ) from exc
    return _DocxConverter(document, qn).convert()


_LIST_ITEM = re.compile(r"^(?:- |\d+\. )")
_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)


class _DocxConverter:
    def __init__(self, document, qn) -> None:
        self.document = document
        self.qn = qn
        self.numbering_formats: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, str], int] = {}
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

    def convert(self) -> str:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        qn = self.qn
        out: list[str] = []
        body = self.document.element.body
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                line = self._paragraph(Paragraph(child, self.document))
                if line is not None:
                    out.append(line)
            elif child.tag == qn("w:tbl"):
                self._reset_counters()
                for row in Table(child, self.document).rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        value = " ".join(p.text.strip() for p in cell.paragraphs).strip()
                        if value and (not cells or cells[-1] != value):
                            cells.append(value)
                    if cells:
                        out.append("\t".join(cells))
        text = ""
        for index, line in enumerate(out):
            # Consecutive list items belong together: no blank line between them.
            together = index and _LIST_ITEM.match(line) and _LIST_ITEM.match(out[index - 1])
            text += ("\n" if together else "\n\n") + line if index else line
        return text + "\n"

    def _reset_counters(self) -> None:
        self.counters.clear()

    def _paragraph(self, paragraph) -> str | None:
        text = paragraph.text.replace("\xa0", " ").strip()
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if not text:
            return None
        lowered = style.lower()
        if lowered in ("title", "titel"):
            self._reset_counters()
            return "# " + text
        match = _HEADING_STYLE.match(style)
        if match:
            self._reset_counters()
            return "#" * max(1, min(int(match.group(1)), 6)) + " " + text
        list_kind = self._list_kind(paragraph, lowered)
        if list_kind == "bullet":
            return "- " + text
        if list_kind is not None:
            key = list_kind
            number = self.counters.get(("n", key), 0) + 1
            self.counters[("n", key)] = number
            return f"{number}. " + text
        self._reset_counters()
        return text

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


# --------------------------------------------------------------------------------------
# Text helpers shared with the parser

_MONTH_NAMES = "januar februar marts april maj juni juli august september oktober november december"
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)}
_MONTH_ABBR = {name[:3]: num for name, num in MONTHS.items()}


def clean_inline(text: str) -> str:
    """Strip Markdown emphasis and escapes from one line."""
    text = re.sub(r"(\*\*|__)([^\n]{1,500}?)\1", r"\2", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~])", r"\1", text)
    text = text.replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def parse_danish_date(text: str) -> date | None:
    """Find a date like "26. februar 2025", "26-02-2025" or "26.02.2025" in text."""
    for m in re.finditer(r"(\d{1,2})\.?\s*([a-zæøå]{3,9})\.?\s+(\d{4})", text, re.I):
        name = m.group(2).lower()
        month = MONTHS.get(name)
        if month is None and len(name) <= 4:
            month = _MONTH_ABBR.get(name[:3])
        if month:
            try:
                return date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
    m = re.search(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)", text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    m = re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def parse_time(text: str, *, require_kl: bool = True) -> time | None:
    pattern = r"kl\.?\s*(\d{1,2})(?:[:.](\d{2}))?" if require_kl else r"(\d{1,2})[:.](\d{2})"
    m = re.search(pattern, text, re.I)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
