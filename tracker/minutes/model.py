"""The common text model every reader produces: headings, paragraphs, list items, table rows.

Readers (Word, PDF, HTML) turn a file into a list of :class:`Block`; :func:`render` writes the
blocks as the Markdown shape the case system exports, which the parser reads and which the
import review carries in its hidden field, so a referat is parsed the same way from the file
and from the review page.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("heading", "paragraph", "bullet", "numbered", "row")


@dataclass
class Block:
    """One block of a document.

    ``kind`` is one of :data:`KINDS`; ``level`` is the heading level (1 = title);
    ``number`` the list number of a numbered item; ``cells`` the cells of a table row;
    ``bold`` says the whole paragraph was bold (a heading in all but style).
    """

    kind: str
    text: str = ""
    level: int = 0
    number: int = 0
    bold: bool = False
    cells: list[str] = field(default_factory=list)


_SPACES = re.compile(r"[ \t\xa0\u2007\u202f]+")


def tidy(text: str) -> str:
    """One line: runs of spaces (no-break ones too) made one space, trimmed."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _line(block: Block) -> str:
    if block.kind == "heading":
        return "#" * max(1, min(block.level or 1, 6)) + " " + block.text
    if block.kind == "bullet":
        return "- " + block.text
    if block.kind == "numbered":
        return f"{block.number or 1}. " + block.text
    if block.kind == "row":
        return "\t".join(block.cells)
    if block.bold:
        return f"**{block.text}**"
    return block.text


def render(blocks: list[Block]) -> str:
    """The blocks as Markdown: one blank line between blocks, none between list items."""
    out: list[str] = []
    previous: Block | None = None
    for block in blocks:
        line = _line(block)
        if not line.strip():
            continue
        lists = ("bullet", "numbered")
        together = previous is not None and block.kind in lists and previous.kind in lists
        if out:
            out.append("\n" if together else "\n\n")
        out.append(line)
        previous = block
    return "".join(out) + "\n" if out else ""
