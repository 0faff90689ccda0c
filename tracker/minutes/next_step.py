"""A bare passive right after a task is the next step of the same job: "Det skal klarlægges,
hvem der gør hvad. Interne procedurer aftales." proposes one task ("Klarlægge hvem der gør hvad
og aftale interne procedurer"), not two. Only a short sentence of a thing named and a passive
of arranging or paying (passives.final_passive) is folded; one with its own doer, day
or detail stays a task of its own.

Pure module: stdlib only.
"""

from __future__ import annotations

from tracker.minutes.owners import People
from tracker.minutes.passives import final_passive
from tracker.minutes.titles import make_title


def folded_step(sentence: str, last: str, drafts: list, people: People) -> bool:
    """Add a short passive sentence to the draft of the sentence before (``last``) when that
    draft has no owner named; True when it did."""
    text = sentence.strip().rstrip(".!")
    if not drafts or not last or drafts[-1].owner_names or len(text.split()) > 3:
        return False
    if " ".join(drafts[-1].source_text.split()) != " ".join(last.split()):
        return False
    if not final_passive(text) or not text[:1].isupper():
        return False
    step = make_title(text, people)
    drafts[-1].title += " og " + step[:1].lower() + step[1:]
    return True
