"""A referat written as numbered paragraphs without titles: "1. Stormen havde revet hul i
taget. Per fik det lukket, og nye plader sættes op snarest.", "2. Bestyrelsen enedes om …",
each the minutes of the agenda's item of its number. The heading reader takes a short one
for an item with a sentence as its title and leaves the long ones (a paragraph is no title);
here the whole count is the items, each titled by its paragraph (what a secretary reads as
its title), its sentences its minutes.

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.fields import Line
from tracker.minutes.heading import WEAK, Heading, next_text
from tracker.minutes.repairs import LOST_TITLE

# "1. Stormen havde …", " 2) Bestyrelsen enedes …", "5. (H)egnsfesten …", "8. punkter til …":
# a number, then a sentence
# (never a date's "2. marts 2023")
_NUMBERED = re.compile(
    r"^(?P<number>\d{1,2})[.)]\s+(?!(?i:" + MONTHS_ALTERNATION + r")\b)"
    r"(?P<text>[A-ZÆØÅa-zæøå(«\"].*)$"
)
_PARAGRAPH = 160  # characters: longer than any title
_MEAN = 60  # characters: a list of titles is shorter on average
_WORDS = 8  # a sentence of the minutes, not a title ("3. Nyt fra kassereren.")


def _sentence(text: str) -> bool:
    """A finished sentence of the minutes, not a title: eight words or more, a full stop."""
    return len(text.split()) >= _WORDS and text.endswith((".", ")", "!"))


def numbered_paragraphs(lines: list[Line], headings: dict[int, Heading]) -> dict[int, Heading]:
    """The items of a referat of numbered paragraphs (see the module), else ``headings``.

    Every numbered line counts on from 1 (three or more), three in four a finished sentence
    of eight words or more (the others with no text below them), half of them paragraphs
    longer than any title or all of them longer on average than titles are, and the
    headings found so far are among them."""
    found: dict[int, tuple[int, str]] = {}
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line.text) if line.text and not line.toc else None
        if m:
            found[i] = (int(m["number"]), m["text"])
    if len(found) < 3 or [n for n, _ in found.values()] != list(range(1, len(found) + 1)):
        return headings
    texts = [text for _, text in found.values()]
    sentences = sum(_sentence(t) for t in texts)
    # one that is no sentence is a paragraph of its own ("1. Dagsorden godkendt"), not a
    # title over text of its own ("3. Generalforsamling" / "Der skal indkaldes …")
    if any(
        not _sentence(text) and next_text(lines, i, len(lines)) not in (None, *found)
        for i, (_, text) in found.items()
    ):
        return headings
    long = sum(len(t) > _PARAGRAPH for t in texts)
    # a club's short referat: "1. Dagsorden godkendt", then a sentence or two per number
    wordy = sum(len(t) for t in texts) >= _MEAN * len(texts)
    if sentences * 4 < len(texts) * 3 or not set(headings) <= set(found):
        return headings
    if long * 2 < len(texts) and not wordy:
        return headings
    if len(headings) >= len(found):
        return headings
    return {
        i: Heading(i, number, paragraph_title(text), WEAK, inline=text)
        for i, (number, text) in found.items()
    }


def paragraph_title(text: str) -> str:
    """An untitled item's title: its paragraph as the secretary wrote it (items.py cuts it
    past what a title holds); "(titlen mangler …)" when there are no words."""
    return " ".join(text.split()).rstrip(".") or LOST_TITLE
