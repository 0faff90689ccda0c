"""A short referat's topics as lines of their own ending in a colon, each between blank
lines with its paragraphs below ("Varmeforsyning:" / "" / "Der besluttes …"): a small
board's items without numbers. A one- or two-word line ending in a full stop among them
("Kultur.") is a topic of the same list.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.header import FIELD_LINE, Line
from tracker.minutes.heading import WEAK, Heading, is_section, next_text, short_title
from tracker.minutes.sections import section_kind

__all__ = ["colon_titles"]

# A topic of one to three words, alone on its line: "Varmeforsyning:", "Nyt fra kassereren:"
_COLON = re.compile(r"^([A-ZÆØÅ][\wæøåÆØÅ/&-]*(?:\s+[\wæøåÆØÅ/&-]+){0,2}):$")
_DOTTED = re.compile(r"^([A-ZÆØÅ][\wæøåÆØÅ-]{2,30}(?:\s+[\wæøåÆØÅ-]+)?)\.$")
# A verb's form ("Følgende aftales:", "Vi drøftede:"): a lead-in to a list, not a topic
_VERB = re.compile(r"\b[a-zæøå]+(?:es|ede|te|er)\b")
# The head's and a letter's words, not topics
_NOT_TOPIC = re.compile(
    r"^(?:dagsorden|referat|bemærkninger|evt|eventuelt|mvh|hilsen|kære|godkendt|vedtaget|udsat"
    r"|intet|ingen|ok|ja|nej|følgende)\b",
    re.I,
)


def colon_titles(lines: list[Line], start: int) -> dict[int, Heading]:
    """The topics (two or more ending in a colon; dotted one-word topics among them) as
    items, when each stands between blank lines with a sentence below."""
    colons: dict[int, Heading] = {}
    dotted: dict[int, Heading] = {}
    for i in range(start, len(lines)):
        line = lines[i]
        text = line.text
        m = _COLON.match(text) or _DOTTED.match(text)
        if not m or line.toc or line.level or line.indent or not _alone(lines, i):
            continue
        name = m.group(1)
        if _NOT_TOPIC.match(name) or _VERB.search(name) or not short_title(name):
            continue
        if FIELD_LINE.match(text) or is_section(name) or section_kind(name):
            continue  # "Afbud:", "Referent:", "Beslutning:": the head's fields and labels
        below = next_text(lines, i, 3)
        after = lines[below].text if below is not None else ""
        if not re.match(r"[A-ZÆØÅa-zæøå\d]", after) or len(after) < 20 or _COLON.match(after):
            continue  # a topic has its sentences below, not another topic
        (colons if text.endswith(":") else dotted)[i] = Heading(i, None, name, WEAK)
    if len(colons) < 2:
        return {}
    first = min(colons)
    found = {**colons, **{i: h for i, h in dotted.items() if i > first}}
    return dict(sorted(found.items()))


def _alone(lines: list[Line], i: int) -> bool:
    """A line with a blank line (or the text's start) above and below it."""
    above = i == 0 or not lines[i - 1].text
    below = i + 1 >= len(lines) or not lines[i + 1].text
    return above and below
