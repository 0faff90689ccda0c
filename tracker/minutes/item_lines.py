"""Small tests on an item's heading line and the lines around it, for
:mod:`tracker.minutes.heading_candidates`: the minutes' sentences after a title's colon, a count
that starts on the next line, a sentence that a narrow column wrapped onto the next line.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.header import Line
from tracker.minutes.heading import next_text

__all__ = ["count_starts_below", "said_sentences", "sentence_wraps"]


# "IT ved Ulrich Holm.", "Budget v/ Lis": the topic and who presents it, the title's own words
_PRESENTED = re.compile(
    r"^[^.:]{1,40}?\s(?:ved|v/|v\.)\s*[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+){0,3}"
    r"(?:\s*\([^)]{1,20}\))?\.?$"
)


def said_sentences(text: str) -> bool:
    """The text after a title's colon is the minutes' sentences: it ends with a full stop, or a
    sentence ends inside it ("… klar 1. december.Villy har fået det bedre. NO holder …", the
    last full stop left out); a topic and who presents it ("IT ved Ulrich Holm.") is no
    sentence, nor are figures alone ("Ny strategi: 2023 – 28."), the period the title names."""
    if _PRESENTED.match(text) or not re.search(r"[^\W\d_]{2}", text):
        return False
    if re.match(r"(?:Vi|Der|Det|De|Han|Hun|Man)\s+[a-zæøå]{2,}\s+\w", text):
        return True  # "Vi har noteret os …" (the copy cut before its full stop): a sentence
    return text[-1] in ".!" or bool(re.search(r"[a-zæøå]{3}\.\s*[A-ZÆØÅ][a-zæøå]*\s+\w", text))


def count_starts_below(lines: list[Line], i: int) -> bool:
    """The next line with text is numbered 1: a count starts below line ``i``."""
    below = next_text(lines, i, 3)
    return below is not None and bool(re.match(r"1\s*[.)]\s*\S", lines[below].text))


def sentence_wraps(lines: list[Line], i: int) -> bool:
    """The next line goes on with line ``i``'s last sentence (it starts in lower case)."""
    below = i + 1
    return below < len(lines) and bool(re.match(r"[a-zæøå]", lines[below].text))
