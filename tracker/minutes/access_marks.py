"""Items whose titles a municipal page lost, each opening with its access mark alone on a line
("Åben" / "Beslutning" / the decision, "Åben" / "Beslutning" / …): the case system's "open"
or "closed" mark starts each item, titled as missing.

Pure module: stdlib only.
"""

from __future__ import annotations

from tracker.minutes.fields import Line
from tracker.minutes.heading import WEAK, Heading, next_text
from tracker.minutes.repairs import LOST_TITLE
from tracker.minutes.sections import ACCESS_MARK, section_kind

__all__ = ["access_marked"]


def access_marked(lines: list[Line]) -> dict[int, Heading]:
    """The access marks (two or more) each directly above a section label ("Beslutning"), with
    text between each two, as items whose titles are missing; else {}."""
    starts = []
    for i, line in enumerate(lines):
        if not ACCESS_MARK.match(line.text) or line.toc:
            continue
        below = next_text(lines, i, 3)
        if below is not None and len(lines[below].text) <= 30 and section_kind(lines[below].text):
            starts.append(i)
    if len(starts) < 2:
        return {}
    for a, b in zip(starts, starts[1:], strict=False):
        if not any(_told(lines[j].text) for j in range(a + 1, b)):
            return {}  # no item's text between two marks: a list of marks, not items
    return {i: Heading(i, None, LOST_TITLE, WEAK) for i in starts}


def _told(text: str) -> bool:
    """A line of the item's own text: neither blank nor a label."""
    return bool(text.strip()) and not (len(text) <= 30 and section_kind(text))
