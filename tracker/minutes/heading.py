"""An agenda item's heading as :mod:`tracker.minutes.agenda` finds it, and the tests on the
lines around it (a section label, a case number, a line that can be a title).

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.minutes.header import FIELD_LINE, Line
from tracker.minutes.sections import (
    _ATTACHMENT_LINE,
    _BODY_DECISION,
    _CASE_ALONE,
    _CASE_LABEL,
    _CASE_NUMBER,
    _INLINE_SECTION,
    _PUNKT,
    section_kind,
)

# How sure a candidate is: a heading; a plain text's numbered line; a line that needs a label
# or case number below it; a long line, an item only amid a numbered list (an agenda list)
STRONG, WEAK, NEEDS_PROOF, IN_LIST = 0, 1, 2, 3
NUMBER_ALONE = re.compile(r"^(\d{1,3})\.?$")
# The closing item: "Eventuelt", "Evt.", "Evt:"
CLOSING_TITLE = re.compile(r"^(Eventuelt|Evt\.?)\s*:?$", re.IGNORECASE)
# Words of a decision or report, which a title lacks: "Godkendt", "Lis blev valgt"
MINUTES_WORD = re.compile(
    r"\b(?:blev|bliver|er|var|har|havde|skal|vil|kan|godkendt|godkendes|vedtaget|drøftet"
    r"|intet|ingen|taget)\b",
    re.I,
)

# A title's presenter in brackets at its end: "(orientering ved Preben).", "(v/Aase).": the
# line is a title, not a sentence
PRESENTED = re.compile(r"\((?:[^()]*\s)?(?:ved\s+|v/\s*|v\.\s*)[A-ZÆØÅ][^()]*\)\.?$")


@dataclass
class Heading:
    """An agenda item's heading: where it starts, its number (None: none) and title."""

    index: int
    number: int | None
    title: str
    strength: int = STRONG
    consumed: list[int] = field(default_factory=list)  # lines of the title below the heading
    inline: str = ""  # text after "Ad 3:" on the same line: the start of the minutes
    refers_back: bool = False  # "Ad 3": the title is the listed agenda's

    @property
    def end(self) -> int:
        """The first line after the heading's own lines."""
        return max([self.index, *self.consumed]) + 1


def is_section(text: str) -> bool:
    """A label that opens an item's section (not "Bilag" or a signature page)."""
    return bool(
        section_kind(text) not in (None, "attachments", "end")
        or (_INLINE_SECTION.match(text) and not _ATTACHMENT_LINE.match(text))
        or _BODY_DECISION.match(text)
        or re.match(r"^beslutning\s+(?:i|truffet|den)\b", text, re.I)
    )


def is_case(text: str) -> bool:
    """A case number, alone or labelled ("Sagsnr.: 26/1034", "S2024-702")."""
    return bool(
        _CASE_LABEL.match(text)
        or _CASE_ALONE.match(text)
        or (len(text) < 40 and _CASE_NUMBER.match(text) and re.search(r"\d[-/.]\d", text))
    )


def title_like(line: Line) -> bool:
    """A line that can be an item's title: short, no label, case number or field."""
    text = line.text
    return bool(
        text
        and len(text) <= 160
        and not line.toc
        and not section_kind(text)
        and not is_section(text)
        and not is_case(text)
        and not NUMBER_ALONE.match(text)
        and not FIELD_LINE.match(text)
        and re.match(r"[A-ZÆØÅ0-9\"«»“]", text)
    )


def next_text(lines: list[Line], i: int, within: int) -> int | None:
    """The index of the next line with text among the next ``within`` lines."""
    for j in range(i + 1, min(len(lines), i + 1 + within)):
        if lines[j].text:
            return j
    return None


def short_title(text: str) -> bool:
    """A short phrase without the words or full stop of a sentence: "Indkommet post"."""
    return bool(
        len(text) <= 80
        and len(text.split()) <= 10
        and re.match(r"[\"'’‘“«„]?[A-ZÆØÅ]", text)  # "’Kør med go stil’ fra DCU"
        and not re.search(r"[.!?]$", text)
        and not MINUTES_WORD.search(text)
    )


def proven(lines: list[Line], heading: Heading, candidates: dict[int, Heading]) -> bool:
    """A section label or a case number follows within four lines, before another item (the
    same heading printed twice is no other item)."""
    seen = 0
    for j in range(heading.end, len(lines)):
        if not lines[j].text:
            continue
        if j in candidates and candidates[j].title == heading.title:
            continue
        if j in candidates:
            return False
        if is_section(lines[j].text) or is_case(lines[j].text):
            return True
        seen += 1
        if seen >= 4:
            return False
    return False


def other_style(lines: list[Line], i: int, accepted: dict[int, Heading]) -> bool:
    """Line ``i`` is numbered "Punkt 4 …" where every item so far (two or more) is "3. …",
    or the other way round: one referat numbers its items in one way."""
    if len(accepted) < 2 or any(h.refers_back for h in accepted.values()):
        return False
    styles = {bool(_PUNKT.match(lines[j].text)) for j in accepted}
    return len(styles) == 1 and bool(_PUNKT.match(lines[i].text)) not in styles


def repeats(accepted: dict[int, Heading], heading: Heading) -> bool:
    """An accepted heading has the same number and title (in any case): the minutes go through
    the agenda listed above."""
    title = heading.title.lower()
    return any(
        h.number == heading.number and len(title) >= 3 and h.title.lower()[:40] == title[:40]
        for h in accepted.values()
    )


def count_goes_on(
    lines: list[Line], i: int, heading: Heading, candidates: dict[int, Heading]
) -> bool:
    """The next numbered line after some text below the heading is numbered next."""
    text_seen = False
    for j in range(heading.end, min(len(lines), i + 200)):
        if j in candidates:
            return text_seen and candidates[j].number == (heading.number or 0) + 1
        text_seen = text_seen or bool(lines[j].text)
    return False
