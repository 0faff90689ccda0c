"""A referat written as numbered paragraphs without titles: "1. Stormen havde revet hul i
taget. Per fik det lukket, og nye plader sættes op snarest.", "2. Bestyrelsen enedes om …",
each the minutes of the agenda's item of its number. The heading reader takes a short one
for an item with a sentence as its title and leaves the long ones (a paragraph is no title);
here the whole count is the items, each titled as missing, its sentences its minutes.

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line
from tracker.minutes.heading import WEAK, Heading
from tracker.minutes.repairs import LOST_TITLE

# "1. Stormen havde …", " 2) Bestyrelsen enedes …": a number, then a sentence's capital
_NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>[A-ZÆØÅ].*)$")
_PARAGRAPH = 160  # characters: longer than any title
_WORDS = 8  # a sentence of the minutes, not a title ("3. Nyt fra kassereren.")


def numbered_paragraphs(lines: list[Line], headings: dict[int, Heading]) -> dict[int, Heading]:
    """The items of a referat of numbered paragraphs (see the module), else ``headings``.

    Every numbered line counts on from 1 (three or more), each a finished sentence of eight
    words or more, half of them paragraphs longer than any title, and the headings found so
    far are among them."""
    found: dict[int, tuple[int, str]] = {}
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line.text) if line.text and not line.toc else None
        if m:
            found[i] = (int(m["number"]), m["text"])
    if len(found) < 3 or [n for n, _ in found.values()] != list(range(1, len(found) + 1)):
        return headings
    texts = [text for _, text in found.values()]
    sentences = all(len(t.split()) >= _WORDS and t.endswith((".", ")", "!")) for t in texts)
    long = sum(len(t) > _PARAGRAPH for t in texts)
    if not sentences or long * 2 < len(texts) or not set(headings) <= set(found):
        return headings
    if len(headings) >= len(found):
        return headings
    return {
        i: Heading(i, number, LOST_TITLE, WEAK, inline=text) for i, (number, text) in found.items()
    }
