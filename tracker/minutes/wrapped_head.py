"""A referat's title wrapped onto the next line, its date there: "Referat af bestyrelsesmøde
i" / "Søborggård Rideklub den 3. april 2013". The title's line ends on a word that cannot end
it (a preposition, "og", "den"), so the line below is the title's too and its date the
title's date.

Used by :mod:`tracker.minutes.header`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["title_goes_on"]

_OPEN_END = re.compile(r"\s(?:i|af|fra|for|ved|hos|på|med|til|om|og|samt|den|d\.)$", re.I)


def title_goes_on(texts: list[str], title_index: int | None, i: int) -> bool:
    """Line ``i`` is the first line after the title's (no blank between) and the title's line
    ends on a word that leads on (see the module)."""
    if title_index is None or i != title_index + 1 or not texts[i]:
        return False
    return bool(_OPEN_END.search(texts[title_index].rstrip()))
