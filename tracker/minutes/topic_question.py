"""A title followed by the question it puts to the meeting, on the item's line: "8. Visioner
for fremtiden. Hvad vil vi arbejde med fremad rettet." The question is the title's (what
the item is to discuss), not the item's minutes after a title's full stop, and no task.

Used by :mod:`tracker.minutes.heading_candidates`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["topic_question"]

# a short title, its full stop, then one question sentence to the line's end
_QUESTION = re.compile(
    r"^[^.?!]{3,80}[.:]\s+(?:Hvad|Hvordan|Hvem|Hvornår|Hvorfor|Hvilke[nt]?|Hvor"
    r"|(?:Skal|Kan|Vil|Bør)\s+vi)\s[^.?!]{3,120}[.?]?$"
)


def topic_question(title: str) -> bool:
    """The title's line is a title and one question on the topic (see the module)."""
    return bool(_QUESTION.match(title))
