"""A web page's table copied as text with its cells' line breaks kept: a row opens with "|"
and goes on over several lines until one ends with "|" ("| 3 - Fra Farup MR, Projekt
kirkemur" / " Farup menighedsråd sender et projekt …" / " Sager: …" / " | Provstiudvalget
foreslår …" / " Jens deltog ikke i punktet. |"). Each such row is joined on one line, the
lines inside a cell kept apart by :data:`CELL_BREAK`, so the table reader can tell a title
cell's first line (the title) from the lines below it (the case's description).

Used by :mod:`tracker.minutes.pipe_tables` and :mod:`tracker.minutes.tables`; the parser
writes any break left (a table no reader took) as a space. Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["CELL_BREAK", "joined_rows", "split_title_cell"]

CELL_BREAK = "\x1f"  # a line break inside a table cell (the unit separator: no text has it)
_ROWS = 12  # lines one row may run over
# "PUK - Budget 2025 Udkast til budget …": the sender, a dash and the topic's first word, then
# (the title's end) the first capitalised word that opens the description's sentence
_SENDER_TOPIC = re.compile(r"^[^.\s][^.]{0,60}?\s[-–]\s+\S+")
_DESCRIPTION = re.compile(r"\s(?=[A-ZÆØÅ][\wæøå-]*\s+\S+\s+\S+\s+\S)")


def joined_rows(lines: list[str]) -> list[str]:
    """The lines with each pipe row that runs over several lines joined on one (see the
    module); a row cut off by the end of the text is joined as far as it goes."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k].strip()
        if not line.startswith("|") or line.endswith("|") or line.count("|") < 1:
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        while end < len(lines) and end - k < _ROWS and not lines[end].rstrip().endswith("|"):
            if lines[end].startswith("|"):
                break  # the next row opens at the line's start (a cell's bar is indented)
            end += 1
        if end < len(lines) and lines[end].startswith("|") and end > k + 1:
            end -= 1  # the next row opens there: this one was cut
        last = min(end, len(lines) - 1)
        if last == k or (last < len(lines) - 1 and not lines[last].rstrip().endswith("|")):
            out.append(lines[k])  # no closing bar within reach: no row of a table
            k += 1
            continue
        row = _join(lines[k : last + 1])
        # a row the text's end cut off: its missing cells empty ("| 4 – Title⏎The case …")
        out.append(row if row.endswith("|") else row + " | |")
        k = last + 1
    return out


def _join(row: list[str]) -> str:
    """One line for a row's lines: the cells' own lines kept apart by CELL_BREAK."""
    cells = "\n".join(row).split("|")
    joined = []
    for cell in cells:
        parts = [part.strip() for part in cell.split("\n") if part.strip()]
        joined.append(" " + CELL_BREAK.join(parts) + " " if parts else " ")
    return "|".join(joined).strip()


def split_title_cell(cell: str) -> tuple[str, str]:
    """(title, description) of a title cell: its first line and the lines below it; on one
    line, "Sender - Topic Description." cut where the description's sentence opens; else
    (the cell, "")."""
    if CELL_BREAK in cell:
        title, _, rest = cell.partition(CELL_BREAK)
        return title.strip(), rest.replace(CELL_BREAK, " ").strip()
    head = _SENDER_TOPIC.match(cell)
    if head is None or not cell.rstrip().endswith("."):
        return cell, ""
    opens = _DESCRIPTION.search(cell, head.end())
    if opens is None:
        return cell, ""
    return cell[: opens.start()].strip(), cell[opens.end() :].strip()
