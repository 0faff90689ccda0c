"""Attendance written as a table: a label ("Deltagere:", "Afbud:") over a table of names.

A template's head often lists who attended and who sent apologies as Markdown tables, one row
a person, its columns the name, the organisation and the initials::

    #### Afbud:

    | Navn | Organisation | Init. |
    |---|---|---|
    | Bo Lund | Vejle Kommune | BL |

By the time this runs the pipes are tabs (:mod:`tracker.minutes.pipe_tables`). Under an
attendance or absence label (:func:`tracker.minutes.checklists.list_kind`), a table whose
header names a name column is written as the plain list the head's reader knows
(:mod:`tracker.minutes.header`): "- Bo Lund", one line a row. Any other table stays as it is.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.checklists import list_kind

# the header cell of the names' column: "Navn", "Name", "Deltager", "Medlem"
_NAME_HEADER = re.compile(r"^(?:navn(?:e)?|name|deltager(?:e)?|medlem(?:mer)?)$", re.IGNORECASE)


def _name_column(cells: list[str]) -> int | None:
    """The column whose header cell names the names, else None."""
    for column, cell in enumerate(cells):
        if _NAME_HEADER.match(cell.strip(" *:")):
            return column
    return None


def attendance_tables(text: str) -> str:
    """The text with each table of names under an attendance or absence label written as a
    plain list of the names (see the module)."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    kind: str | None = None  # the kind of list the last label opened
    index = 0
    while index < len(lines):
        line = lines[index]
        column = _name_column(line.split("\t")) if kind and "\t" in line else None
        if column is None:
            if line.strip() and "\t" not in line:
                kind = list_kind(line)
            out.append(line)
            index += 1
            continue
        index += 1
        while index < len(lines) and "\t" in lines[index]:
            cells = lines[index].split("\t")
            name = cells[column].strip() if column < len(cells) else ""
            if name:
                out.append(f"- {name}")
            index += 1
        kind = None
    return "\n".join(out)
