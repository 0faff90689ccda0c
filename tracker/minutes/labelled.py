"""Unnumbered items found by the label that opens each one's minutes.

A small board's referat often writes each item as a short title line and, below it, the
same label before the minutes, again and again: "Infoskærmen;" / "Til referat;" / text,
"Hjertestarter" / "Referat:" / text. Three or more such labels, each with a title just above
it, make the titles the items (in order, numbered later). The one-line items before the
first ("Godkendelse af dagsorden; godkendt.") are items too.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.header import FIELD_LINE, Line
from tracker.minutes.heading import WEAK, Heading
from tracker.minutes.proceedings import VERDICT_WORDS
from tracker.minutes.sections import section_kind

# The label that opens an item's minutes: "Til referat;", "Referat:", "Beslutning"
_LABEL = re.compile(r"^(?:til\s+referat|referat|beslutning|konklusion)\s*[:;.]?$", re.I)
# "Godkendelse af dagsorden; godkendt.": a one-line item, its title and the verdict
_TITLE_VERDICT = re.compile(
    r"^(?P<title>[A-ZÆØÅ][^;:\n]{2,80}?)\s*[;:]\s*(?:" + VERDICT_WORDS + r"|ok)\.?$", re.I
)
_TITLE_MARK = re.compile(r"[;:]$")  # "Siden sidst;": the writer marked the title


def labelled_titles(lines: list[Line], start: int) -> dict[int, Heading]:
    """The items whose minutes each open with the same kind of label (three or more), the
    title the line above the label (or two above, when that one ends in ";" or ":")."""
    labels = [i for i in range(start, len(lines)) if _LABEL.match(lines[i].text.strip())]
    if len(labels) < 3:
        return {}
    titles: dict[int, Heading] = {}
    previous = start - 1
    for label in labels:
        above = [j for j in range(label - 1, previous, -1) if lines[j].text][:2]
        if not above:
            return {}  # two labels with no title between them: not this shape
        pick = above[0]
        if len(above) == 2 and _TITLE_MARK.search(lines[above[1]].text):
            pick = above[1]  # "Siden sidst;" / "Hvordan går det? …" / "Til referat;"
        if not _title(lines[pick].text):
            return {}
        opened = (section_kind(lines[j].text) for j in range(previous + 1, pick))
        if any(kind in ("summary", "proposal") for kind in opened):
            return {}  # "Sagsfremstilling" / case / "Beslutning": labelled sections, no titles
        titles[pick] = Heading(pick, None, lines[pick].text.strip().rstrip(";:").strip(), WEAK)
        previous = label
    first = min(titles)
    for j in range(start, first):  # "Godkendelse af dagsorden; godkendt." above the first
        m = _TITLE_VERDICT.match(lines[j].text.strip())
        if m and not FIELD_LINE.match(lines[j].text):
            titles[j] = Heading(j, None, m["title"].strip(), WEAK, inline=lines[j].text.strip())
    return titles


def _title(text: str) -> bool:
    """A short line that can be an item's title: no label, no field, no finished sentence."""
    text = text.strip()
    if not text or len(text) > 80 or _LABEL.match(text) or section_kind(text):
        return False
    return not FIELD_LINE.match(text) and not re.search(r"[a-zæøå]{2}\.$", text)
