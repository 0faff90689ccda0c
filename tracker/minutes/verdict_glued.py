"""A web page that lost an item's number and line break: the next item's title glued to the
decision below the item before ("2. Godkendelse af referat" / "Godkendt Gennemgang af
udvalgets dagsorden v/Ida Lund"). The short verdict stays the item's decision; the rest is
the next item, numbered on, when no line of the text holds that number.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["split_glued_verdict"]

_ITEM = re.compile(r"^[ \t]*(\d{1,2})\.[ \t]+[A-ZÆØÅ][^\n]*$")
_GLUED = re.compile(
    r"^[ \t]*(?P<verdict>Godkendt|Vedtaget|Taget til efterretning)[ \t]+"
    r"(?P<title>[A-ZÆØÅ][^\n.!?]{15,150})[ \t]*$"
)


def split_glued_verdict(text: str) -> str:
    """The text with a verdict line that carries the next item's title split in two (the
    title given the next number); any other text as it is."""
    if "Godkendt " not in text and "Vedtaget " not in text and "efterretning " not in text:
        return text
    lines = text.split("\n")
    numbers = {int(m[1]) for line in lines if (m := _ITEM.match(line))}
    last = None
    for k, line in enumerate(lines):
        m = _ITEM.match(line)
        if m:
            last = int(m[1])
            continue
        if not line.strip():
            continue
        glued = _GLUED.match(line)
        if (
            glued
            and last is not None
            and last + 1 not in numbers
            and len(glued["title"].split()) >= 3
        ):
            lines[k] = f"{glued['verdict']}\n{last + 1}. {glued['title'].strip()}"
            numbers.add(last + 1)
            last += 1
            continue
        last = None  # only the line right below an item's title
    return "\n".join(lines)
