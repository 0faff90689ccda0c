"""A decision table in a PDF rebuilt row by row, each cell in its column.

A PDF prints a table cell by cell: a cell's text wraps over several lines, a short cell stands
half-way down its row, an empty cell prints nothing at all. Under a header row whose words name
a decision table's columns (:func:`tracker.minutes.tables.header_roles`: "Punkt | Beslutning |
Ansvarlig | Frist"), the lines are put back together: the columns are where the header's cells
start, the rows lie between the table's horizontal borders (a Word table exported to PDF draws
them), and a table without borders gets a row a printed line. Each row becomes one line of
cells, empty ones too, so the columns stay in their places (:mod:`tracker.minutes.tables`).

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections import defaultdict

from tracker.minutes.pdf_layout import Line, join_lines
from tracker.minutes.tables import header_roles

_MAX_ROWS = 200
_ITEM_START = re.compile(r"^(?:punkt\s+)?\d{1,3}[.)]?\s", re.IGNORECASE)  # "2. Budget": a row


def rebuild_tables(lines: list[Line]) -> list[Line]:
    """The lines, each decision table's rows rebuilt (a header row's lines kept as they are)."""
    if not any(line.cells for line in lines):
        return lines
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    rows_after: dict[int, list[Line]] = {}  # id(header) -> its rows
    used: set[int] = set()
    for page_lines in by_page.values():
        for line in page_lines:
            if id(line) in used or not (line.cells and line.cell_x):
                continue
            if header_roles(line.cells) is None:
                continue
            rows, members = _rows(line, [ln for ln in page_lines if id(ln) not in used])
            if rows:
                rows_after[id(line)] = rows
                used |= members
    out: list[Line] = []
    for line in lines:
        if id(line) in used:
            continue
        out.append(line)
        out.extend(rows_after.get(id(line), ()))
    return out


def _rows(header: Line, page_lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The rows under a header, and the id() of the lines they were made of."""
    columns = list(header.cell_x or ())
    tolerance = max(header.size * 0.6, 4.0)
    region = _region(header, page_lines, columns, tolerance)
    if not region:
        return [], set()
    borders = [y for y in header.rules if y < header.y]
    if len(borders) >= 2:  # the table's own lines part its rows
        groups = []
        for top, bottom in zip(borders, borders[1:], strict=False):
            inside = [ln for ln in region if bottom < ln.y < top]
            if not inside:
                break
            groups.append(inside)
    else:
        groups = _bands(region, columns, tolerance)
    groups = groups[:_MAX_ROWS]
    rows = [_row(header, columns, group, tolerance) for group in groups]
    return rows, {id(ln) for group in groups for ln in group}


def _region(header: Line, page_lines: list[Line], columns: list[float], tolerance: float):
    """The lines after the header that keep to its columns, until one does not."""
    after = page_lines[page_lines.index(header) + 1 :]
    region: list[Line] = []
    lowest = header.y
    for line in after:
        starts = line.cell_x or [line.x0]
        in_columns = all(x >= columns[0] - tolerance for x in starts) and line.y < header.y
        # a line without cells wider than its column is the text under the table
        column = max((i for i, c in enumerate(columns) if c <= line.x0 + tolerance), default=0)
        wide = not line.cells and column + 1 < len(columns) and line.x1 > columns[column + 1]
        near = lowest - line.y <= header.size * 4
        if not in_columns or wide or not near:
            break
        region.append(line)
        lowest = min(lowest, line.y)
    return region


def _bands(region: list[Line], columns: list[float], tolerance: float) -> list[list[Line]]:
    """Rows of a table without borders: the lines of a cell follow each other a line apart;
    the cells beside each other overlap in height; a whole row printed on one line is one."""

    def column_of(line: Line) -> int:
        return max((i for i, c in enumerate(columns) if c <= line.x0 + tolerance), default=0)

    by_column: dict[int, list[Line]] = defaultdict(list)
    for line in sorted(region, key=lambda ln: -ln.y):
        by_column[-1 if line.cells else column_of(line)].append(line)
    gaps = [
        a.y - b.y
        for column, lines in by_column.items()
        if column >= 0
        for a, b in zip(lines, lines[1:], strict=False)
        if a.y > b.y
    ]
    step = min(gaps, default=region[0].size * 1.2)
    chains: list[list[Line]] = [[line] for line in by_column.get(-1, [])]
    for column, lines in by_column.items():
        if column < 0:
            continue
        chain = [lines[0]]
        for above, line in zip(lines, lines[1:], strict=False):
            numbered = bool(_ITEM_START.match(line.text)) and column == 0
            if above.y - line.y <= step * 1.25 and not numbered:
                chain.append(line)
            else:
                chains.append(chain)
                chain = [line]
        chains.append(chain)
    margin = region[0].size * 0.35
    spans = sorted(
        ((max(ln.y for ln in c) + margin, min(ln.y for ln in c) - margin, c) for c in chains),
        key=lambda span: -span[0],
    )
    bands: list[list] = []  # [top, bottom, lines]
    for top, bottom, chain in spans:
        if bands and top >= bands[-1][1]:
            bands[-1][1] = min(bands[-1][1], bottom)
            bands[-1][2].extend(chain)
        else:
            bands.append([top, bottom, list(chain)])
    return [lines for _, _, lines in bands]


def _row(header: Line, columns: list[float], inside: list[Line], tolerance: float) -> Line:
    """One row of cells from the lines printed in it, each piece in the column it starts in."""
    pieces: dict[int, list[Line]] = defaultdict(list)
    for line in inside:
        texts = line.cells or [line.text]
        starts = line.cell_x or [line.x0]
        for x, text in zip(starts, texts, strict=False):
            column = max((i for i, c in enumerate(columns) if c <= x + tolerance), default=0)
            pieces[column].append(Line(line.page, line.y, line.size, line.bold, text).tidied())
    cells = [
        join_lines(sorted(pieces[i], key=lambda ln: (-ln.y, ln.x0))) if i in pieces else ""
        for i in range(len(columns))
    ]
    while len(cells) > 2 and not cells[-1]:
        cells.pop()  # a row stays a row ("5. Eventuelt" alone): its table goes on below it
    top = max(inside, key=lambda ln: ln.y)
    return Line(
        page=header.page,
        y=top.y,
        size=top.size,
        bold=all(ln.bold for ln in inside),
        text=" ".join(c for c in cells if c),
        cells=cells,
        cell_x=columns[: len(cells)],
        x0=min(ln.x0 for ln in inside),
        x1=max(ln.x1 for ln in inside),
    )
