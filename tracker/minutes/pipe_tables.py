"""Tables written with pipes, as a Markdown referat has them ("| Punkt | Beslutning |") or as
a web page's table is copied as text ("Mødepunkt | Referat |"): rows of cells like the tabbed
rows every other reader writes (:mod:`tracker.minutes.model`), so the table reader
(:mod:`tracker.minutes.tables`) reads them the same way.

Only runs of two or more such lines are a table: a lone "|" in a sentence stays as it is.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.cell_lines import joined_rows

_RULE = re.compile(r"^:?-{3,}:?$")  # a Markdown table's line under its header: "|---|:--:|"


def _cells(line: str) -> list[str] | None:
    """The cells of a pipe row (two or more, its outer pipes optional but one of them there),
    else None."""
    stripped = line.strip()
    if " | " not in stripped and not stripped.startswith("|"):
        return None
    if not (stripped.startswith("|") or stripped.endswith("|")):
        return None
    inner = stripped[1:] if stripped.startswith("|") else stripped
    inner = inner[:-1] if inner.endswith("|") else inner
    cells = [cell.strip() for cell in inner.split("|")]
    return cells if len(cells) >= 2 else None


_COUNTED = re.compile(r"^\d{1,2}\s*[-–.)]\s")  # "8 - Title": a numbered row's first cell


def _cut_row(rest: list[str], last_row: list[str]) -> bool:
    """The table's last row was cut off by the text's end before its first bar ("7 - … |
    Godkendt. |" then "8 - Næsbjerg - …" and nothing more): the rest is that one line, and it
    opens with a number as the row above it does."""
    tail = [line for line in rest if line.strip()]
    return (
        len(tail) == 1
        and tail[0] is rest[0]
        and bool(_COUNTED.match(tail[0].strip()))
        and bool(_COUNTED.match(last_row[0]))
    )


def pipes_as_tabs(text: str) -> str:
    """The text with each run of two or more pipe rows written as tabbed rows (a Markdown
    table's rule line dropped)."""
    if "|" not in text:
        return text
    lines = joined_rows(text.split("\n"))
    rows = [_cells(line) for line in lines]
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and rows[end] is not None:
            end += 1
        if end - index >= 2:
            for cells in rows[index:end]:
                if not all(_RULE.match(cell) for cell in cells if cell):
                    out.append("\t".join(cells))
            if _cut_row(lines[end:], rows[end - 1]):
                out.append(lines[end].strip() + "\t")
                end += 1
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)
