"""A small board's topics as lines ending in a colon, each with its points numbered from 1
below: "Nyt fra formanden:" / "1. Skiltet bestilles …" / "2. …" / "" / "Nyt fra kassereren:" /
"1. …". The topics are the items; the numbered points, counted again from 1 under each, are
their text, not items 1, 2 and 1 again.

Read only when two or more topics each open a list at 1 right below them, every list counted
from 1 stands right under a topic, and no topic's words come twice; a topic among them
without a numbered list ("Havevandring:" over its sentences) is an item too, and so are
"Eventuelt" without its colon and a heading without a number the reading found after the
first topic; above the first topic, a line of its own approving the agenda or the last minutes
("Godkendelse af referat fra den …") is the first item.

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.minutes.fields import FIELD_LINE, Line, opening_step
from tracker.minutes.heading import CLOSING_TITLE, WEAK, Heading, is_section
from tracker.minutes.sections import section_kind

__all__ = ["topics_over_lists"]

# "Nyt fra øvrige bestyrelsesmedlemmer:", "Haver til salg og solgt:": a topic, up to six words
_TOPIC = re.compile(r"^([A-ZÆØÅ][\wæøåÆØÅ/&,.-]*(?:\s+[\wæøåÆØÅ/&,.-]+){0,5})\s*:$")
# The last topic, often written without its colon
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
# A lead-in to a list ("Følgende blev aftalt:", "Vi drøftede:"), the head's and a section's words
_NOT_TOPIC = re.compile(
    r"^(?:dagsorden|referat|følgende|vi|der|det|hvad|hvem|hvordan)\b"
    r"|\b(?:blev|er|var|skal|aftalt|besluttet|drøftede|aftalte|besluttede)\b",
    re.IGNORECASE,
)


def _topic(lines: list[Line], i: int) -> str | None:
    """The topic a line names: a short capitalised line ending in a colon, with a blank line
    (or the text's start) above it, that is no field, section or lead-in."""
    line = lines[i]
    m = _TOPIC.match(line.text) or CLOSING_TITLE.match(line.text)
    if not m or line.toc or line.indent or (i > 0 and lines[i - 1].text):
        return None
    name = m.group(1)
    if _NOT_TOPIC.search(name) or FIELD_LINE.match(line.text):
        return None
    if is_section(name) or section_kind(name):
        return None  # "Beslutning:", "Afbud:": a section's or the head's label
    return name


# "Godkendelse af dagsorden": the meeting's first step, above the topics
_AGENDA_STEP = re.compile(r"^(?:godkendelse|gennemgang)\s+af\s+dagsorden(?:en)?\s*[:.]?$", re.I)


def _alone(lines: list[Line], i: int) -> bool:
    """A line with a blank line (or the text's edge) above and below it."""
    above = i == 0 or not lines[i - 1].text
    return above and (i + 1 >= len(lines) or not lines[i + 1].text)


def _opens_list(lines: list[Line], i: int) -> bool:
    """The line right below is a point numbered 1."""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    m = _NUMBERED.match(below)
    return bool(m) and m.group(1) == "1"


def topics_over_lists(lines: list[Line], headings: dict[int, Heading]) -> dict[int, Heading]:
    """The topics as the items when two or more open a list numbered from 1 (see the module);
    else ``headings`` as they are."""
    topics = {i: name for i in range(len(lines)) if (name := _topic(lines, i)) is not None}
    listed = [i for i in topics if _opens_list(lines, i)]
    if len(listed) < 2:
        return headings
    ones = [i for i, line in enumerate(lines) if (m := _NUMBERED.match(line.text)) and m[1] == "1"]
    if any(i - 1 not in topics for i in ones):
        return headings  # "1. Økonomi" / "Aftaler:" / "1. …": the items' count, a label's list
    names = [name.lower() for name in topics.values()]
    if len(set(names)) < len(names):
        return headings  # "Aftaler:" under each item: a label, no topic
    first = min(listed)
    found = {i: Heading(i, None, name, WEAK) for i, name in topics.items() if i >= first}
    for i in range(first):
        text = lines[i].text
        if (opening_step(text) or _AGENDA_STEP.match(text)) and _alone(lines, i):
            found[i] = Heading(i, None, text.rstrip(" :."), WEAK)
    for i, heading in headings.items():
        if i > first and not _NUMBERED.match(lines[i].text):
            found.setdefault(i, replace(heading, number=None))  # "Eventuelt" after the topics
    return dict(sorted(found.items()))
