"""A numbered line of a referat whose items are numbered sentences, read as a short title, its
full stop and the item's minutes: "2) Strøm. Der holdes øje med forbruget …" (a small board's
e-mail referat). Used by :func:`tracker.minutes.numbered_minutes.numbered_minutes` when two or more
lines read so.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.heading import short_title
from tracker.minutes.title_dot import title_dot_text

__all__ = ["dotted_title"]

# A verb's form in a short phrase: "Lene fremlagde regnskabet.", "Bo sender bilaget." (Danish
# puts the verb second: a sentence's subject and verb, not a title's noun and preposition)
_VERB = re.compile(r"(?<!^)\b[a-zæøå]+(?:er|es|ås|ede|te)\b|^\S+\s+[a-zæøå]+(?:r|de|te)\b")


def dotted_title(text: str) -> tuple[str, str] | None:
    """(title, minutes) when the line opens with a title of four words at most, its full
    stop, then sentences ("Stormøde. Gik rigtig godt."); None for a sentence."""
    dotted = title_dot_text(text)
    if dotted is None or not dotted.group(2).strip():
        return None
    title = dotted.group(1).strip()
    if len(title.split()) > 4 or not short_title(title) or _VERB.search(title):
        return None
    return title, dotted.group(2).strip()
