"""An item in lettered parts whose first part has no section label: "2. Orientering:" / "a.
Formanden" / "Kræmmermarkedet: … afregnes." / "b. Økonomien" / "Beslutning:" / "…". The label
under "b." makes everything above it the item's intro, which is not read for tasks; but the
text under "a." is that part's minutes as the text under "b." is.

Used by :mod:`tracker.minutes.body`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line

__all__ = ["lettered_intro"]

# "a. Formanden", "a) Orientering fra kassereren": a short lettered part's heading
_PART = re.compile(r"^a[.)]\s+\S.{0,60}$")


def lettered_intro(intro: list[Line]) -> bool:
    """The intro opens with part "a."'s short heading and has text of its own below it."""
    texts = [line.text for line in intro if line.text]
    return len(texts) >= 2 and bool(_PART.match(texts[0])) and len(texts[0].split()) <= 8
