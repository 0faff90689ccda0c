"""What a PDF would cost pypdf to read, counted before a page is read, and refused over budget.

pypdf reads each page's content stream anew, operator by operator: twenty pages that share one
4 MB stream of tiny operators ("q Q q Q …", 12 KB compressed) took 130 s. So the decoded bytes
and the operators are added up per document the way the reader will meet them: a stream once
per page that uses it, a form XObject once per ``Do`` that draws it, a font's ToUnicode map
once per page. Counting costs a decode and a regular-expression scan of each distinct stream,
milliseconds for a real referat (the largest real one, 28 pages: 0.5 MB and 11,000 operators).

Pure module: stdlib and pypdf objects only.
"""

from __future__ import annotations

import itertools
import re

from tracker.minutes.errors import MinutesError, megabytes

MAX_DECODED_BYTES = 4 * 1024 * 1024  # about 4 s of pypdf at its slowest per byte (hex strings)
MAX_OPERATORS = 300_000  # about 2–3 s of pypdf at its slowest per operator ("q Q")
_MAX_DEPTH = 16  # forms inside forms; pypdf refuses deeper nesting itself

# An operator is a bare word ("Tj", "q", "T*", "'"); names (/F1) and numbers are operands.
# Words inside strings count too: an estimate on the safe side.
_OPERATOR = re.compile(rb"(?<![/\w.#])[A-Za-z'\"][A-Za-z*'\"0-9]*")
_DRAW_FORM = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![\w*])")


def too_heavy_error(max_bytes: int = MAX_DECODED_BYTES) -> MinutesError:
    """The refusal of a PDF whose pages hold more than ``max_bytes`` decoded."""
    return MinutesError(
        f"PDF'en er for tung at læse: dens sider fylder tilsammen over {megabytes(max_bytes)} MB "
        "udpakket. Gem referatet som Word eller tekst og prøv igen.",
        "The PDF is too heavy to read: its pages hold more than "
        f"{megabytes(max_bytes, 'en')} MB unpacked. Save the minutes as Word or text and try "
        "again.",
        code="too_costly",
    )


def too_many_operators_error(max_operators: int = MAX_OPERATORS) -> MinutesError:
    """The refusal of a PDF whose pages hold more than ``max_operators`` drawing operators."""
    count_da = f"{max_operators:,}".replace(",", ".")
    return MinutesError(
        f"PDF'en er for tung at læse: dens sider indeholder tilsammen over {count_da} "
        "tegneoperationer. Gem referatet som Word eller tekst og prøv igen.",
        f"The PDF is too heavy to read: its pages hold more than {max_operators:,} drawing "
        "operations. Save the minutes as Word or text and try again.",
        code="too_costly",
    )


def check_pdf_cost(
    pages, *, max_bytes: int = MAX_DECODED_BYTES, max_operators: int = MAX_OPERATORS
) -> None:
    """Refuse the document (MinutesError) when its pages would cost more than the budget."""
    meter = _Meter(max_bytes, max_operators)
    for page in pages:
        resources = _resolve(page.get("/Resources"))
        for stream in _contents(page):
            meter.add(*meter.drawn(stream, resources, 0))
        meter.add(meter.fonts(resources), 0)


class _Meter:
    def __init__(self, max_bytes: int, max_operators: int) -> None:
        self.max_bytes, self.max_operators = max_bytes, max_operators
        self.bytes = self.operators = 0
        self.own: dict[int, tuple] = {}  # id(stream) -> (stream, bytes, operators, forms drawn)
        self.forms: dict[tuple[int, int], tuple[int, int]] = {}  # (form, resources) -> cost
        self.maps: dict[int, tuple] = {}  # id(font) -> (font, ToUnicode bytes)
        self.busy: set[int] = set()  # forms being counted: a form drawing itself is a cycle

    def add(self, size: int, operators: int) -> None:
        """Count a page's share; refuse as soon as the document is over budget."""
        self.bytes += size
        self.operators += operators
        if self.bytes > self.max_bytes:
            raise too_heavy_error(self.max_bytes)
        if self.operators > self.max_operators:
            raise too_many_operators_error(self.max_operators)

    def drawn(self, stream, resources, depth: int) -> tuple[int, int]:
        """Bytes and operators of drawing ``stream`` once, the forms it draws included."""
        _, size, operators, forms = self._own(stream)
        if not forms or depth >= _MAX_DEPTH:
            return size, operators
        xobjects = _resolve((resources or {}).get("/XObject")) or {}
        for name, times in forms.items():
            form = _resolve(xobjects.get("/" + name))
            if form is None or form.get("/Subtype") != "/Form" or id(form) in self.busy:
                continue
            form_resources = _resolve(form.get("/Resources")) or resources
            key = (id(form), id(form_resources))
            if key not in self.forms:
                self.busy.add(id(form))
                inner_size, inner_operators = self.drawn(form, form_resources, depth + 1)
                self.busy.discard(id(form))
                self.forms[key] = (inner_size + self.fonts(form_resources), inner_operators)
            inner_size, inner_operators = self.forms[key]
            size += times * inner_size
            operators += times * inner_operators
            if size > self.max_bytes or operators > self.max_operators:
                break  # over budget already: the caller refuses
        return size, operators

    def fonts(self, resources) -> int:
        """Decoded bytes of the ToUnicode maps of the fonts in ``resources``."""
        fonts = _resolve((resources or {}).get("/Font")) or {}
        total = 0
        for value in list(fonts.values())[:1000]:
            font = _resolve(value)
            if not hasattr(font, "get"):
                continue
            if id(font) not in self.maps:
                self.maps[id(font)] = (font, len(_data(_resolve(font.get("/ToUnicode")))))
            total += self.maps[id(font)][1]
        return total

    def _own(self, stream) -> tuple:
        if id(stream) not in self.own:
            data = _data(stream)
            if len(data) > self.max_bytes:  # over budget by its size: no need to scan it
                self.own[id(stream)] = (stream, len(data), 0, {})
            else:
                found = _OPERATOR.finditer(data)
                operators = sum(1 for _ in itertools.islice(found, self.max_operators + 1))
                forms: dict[str, int] = {}
                for match in _DRAW_FORM.finditer(data):
                    name = match.group(1).decode("latin-1")
                    forms[name] = forms.get(name, 0) + 1
                self.own[id(stream)] = (stream, len(data), operators, forms)
        return self.own[id(stream)]


def _resolve(value):
    try:
        return value.get_object() if value is not None else None
    except Exception:  # a dangling reference: pypdf meets it too, and says so
        return None


def _contents(page) -> list:
    contents = _resolve(page.get("/Contents"))
    if contents is None:
        return []
    if isinstance(contents, list):
        return [stream for stream in map(_resolve, contents) if stream is not None]
    return [contents]


def _data(stream) -> bytes:
    """The decoded bytes, or none when the stream cannot be decoded (pypdf then fails too)."""
    try:
        return stream.get_data() if stream is not None else b""
    except MemoryError:
        raise
    except Exception:
        return b""
