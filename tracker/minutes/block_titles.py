"""Items written as paragraphs whose first line is the title, the text right below it without
a blank line ("Skolestien." / "Niels gensender ansøgningen."), in a referat without numbers,
bold or bullets; a title alone between them ("Præsentation", "Eventuelt") is an item with no
minutes. Read only when no other heading is found.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import FIELD_LINE, Line, dated_title
from tracker.minutes.heading import WEAK, Heading, is_section, short_title
from tracker.minutes.sections import section_kind

# A sentence of the item's text: three words or more and its full stop
_SENTENCE = re.compile(r"^[A-ZÆØÅ]\S*(?:\s+\S+){2,}[.!?]$")
# The title: four words at most, maybe a full stop or a colon after it
_TITLE = re.compile(r"^(?P<title>[A-ZÆØÅ][\wæøå&+/-]*(?:\s+[\wæøå&+/-]+){0,3})\s*[.:]?$")


def _blocks(lines: list[Line], start: int) -> list[list[int]]:
    """The paragraphs (runs of lines with text) from ``start``, as lists of line indexes."""
    blocks: list[list[int]] = []
    for i in range(start, len(lines)):
        if not lines[i].text:
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append(i)
    return [b for b in blocks if b]


# A longer title, up to ten words, maybe opening with a count ("90 års jubilæum."), its full
# stop or colon: "Godkendelse af referat fra mødet den 4. maj."
_LONG_TITLE = re.compile(r"^(?P<title>(?:[A-ZÆØÅ]|\d{1,3}\s+[a-zæøå])[^:]{1,78}?)\s*[.:]?$")
# A verb's form ("Vi drøftede budgettet."): a sentence, not a title
_VERB = re.compile(r"\b[a-zæøå]{2,}(?:es|ede|te|er)\b")


def _title(text: str) -> str | None:
    """The title a paragraph's first line is; a club's "Økonomi:" too, which a council's
    sections use as a label (a referat with such sections has its "Beslutning" blocks too)."""
    m = _TITLE.match(text) or _LONG_TITLE.match(text)
    if m is None or FIELD_LINE.match(text) or section_kind(text) not in (None, "other"):
        return None
    if dated_title(text):
        return None  # "Referat fra bestyrelsesmøde den 3. juli 2025.": the referat's own title
    title = m["title"]
    if len(title.split()) > 4 and (
        _VERB.search(title) or re.search(r"\w{2}[.!?;]\s+[A-ZÆØÅ]", title)
    ):
        return None  # a sentence of five words or more, or two sentences
    counted = re.sub(r"^\d{1,3}\s+", "", title)  # "90 års jubilæum": a count, then the words
    return title if short_title(counted[:1].upper() + counted[1:]) else None


def _has_sentence(lines: list[Line], block: list[int]) -> bool:
    """A line of the block is a sentence, or the block's lines are one or more sentences a
    narrow page wrapped ("Bo gennemgik bilagene fra" / "foreningen og kommunen.")."""
    if any(_SENTENCE.match(lines[j].text) for j in block):
        return True
    texts = [lines[j].text for j in block]
    wrapped = any(re.match(r"[a-zæøå]", t) for t in texts[1:])
    return wrapped and bool(_SENTENCE.match(" ".join(texts)))


def block_titles(lines: list[Line], start: int) -> dict[int, Heading]:
    """Three or more paragraphs that open with a title and go on with sentences: their titles
    are the items; a one- or two-word title alone after the first of them is one too."""
    blocks = _blocks(lines, start)
    if any(
        is_section(lines[b[0]].text) and section_kind(lines[b[0]].text) != "other" for b in blocks
    ):
        return {}  # "Sagsfremstilling" / "Beslutning": a council's sections, not items
    titled = [
        b
        for b in blocks
        if len(b) >= 2
        and _title(lines[b[0]].text)
        and _has_sentence(lines, b[1:])
        and not any(lines[j].indent for j in b)
    ]
    answered = [
        b
        for b in blocks
        if len(b) == 2
        and lines[b[0]].text.endswith((".", ":"))
        and _title(lines[b[0]].text)
        and _answer(lines[b[1]])
    ]
    if len(titled) < 3 and not (titled and len(titled) + len(answered) >= 3):
        return {}
    found = {b[0]: Heading(b[0], None, _title(lines[b[0]].text) or "", WEAK) for b in titled}
    for b in blocks:
        alone = lines[b[0]].text
        bare = len(alone.split()) <= 2 and not alone.endswith((".", ":"))
        if len(b) == 1 and b[0] > min(found) and bare and _title(alone):
            found[b[0]] = Heading(b[0], None, alone, WEAK)
        elif len(b) == 2 and alone.endswith((".", ":")) and _title(alone) and _answer(lines[b[1]]):
            # "Valg af ordstyrer:" / "Lis.": among such items, one answered in a few words
            found[b[0]] = Heading(b[0], None, _title(alone) or "", WEAK)
    return dict(sorted(found.items()))


def _answer(line: Line) -> bool:
    """A short answer below a title: a name or initials, a verdict ("Lis.", "Godkendt.")."""
    return not line.indent and len(line.text.split()) <= 3 and line.text.endswith(".")
