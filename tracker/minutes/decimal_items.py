"""A referat numbering its items "1.0 Title", "2.0 Title" and their sub-headings "1.1 …",
"1.2 …" (a decimal outline): the whole numbers are the items, written again "1. Title" so
they are read as any numbered item; the sub-headings stay in their items' text.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["whole_decimal_items"]

_WHOLE = re.compile(r"^([ \t]*)(\d{1,2})\.0[ \t]+(?=[A-ZÆØÅ])", re.MULTILINE)


def whole_decimal_items(text: str) -> str:
    """The text with its "N.0 Title" lines (two or more, counting 1, 2, … on) written
    "N. Title"; any other text as it is."""
    if ".0" not in text:
        return text
    found = list(_WHOLE.finditer(text))
    numbers = [int(m[2]) for m in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)):
        return text
    return _WHOLE.sub(lambda m: f"{m[1]}{m[2]}. ", text)
