"""A guest's regrets inside an item: "Gennemgang af udvalgets dagsorden v/Kirsten Holm" /
"Afbud fra Kirsten Holm". The one who was to present the item sent regrets; no member of the
meeting was absent (she is on no list of the meeting's members).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["presenter_above"]


def presenter_above(texts: list[str], index: int, name: str) -> bool:
    """True when one of the three lines above ``index`` names ``name`` as the item's
    presenter ("v/Name", "ved Name")."""
    pattern = re.compile(r"(?:\bv/\s*|\bved\s+)" + re.escape(name) + r"(?!\w)")
    return any(pattern.search(text) for text in texts[max(0, index - 3) : index])
