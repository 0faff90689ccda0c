"""Why the importer is unsure of a proposed action: the review leaves such a proposal unticked
and says why beside its checkbox ("ingen ansvarlig", "ligner en dato for næste møde",
"samme opgave som nr. 3", "ligner en hilsen eller underskrift").

Pure module: stdlib only. The words are the review's (tracker.importing.review); here are
the rules and their codes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.minutes.drafts import DraftAction

NO_OWNER = "no_owner"
NEXT_MEETING = "next_meeting"
DUPLICATE = "duplicate"
SIGNATURE = "signature"
OUTSIDE = "outside_items"  # read from a line no item's reading took (tracker.minutes.sweep)

# The date of the next meeting, not a task: "Næste møde: 17. februar 2027", "Datoen fastsættes",
# "Næste møde afholdes 3. marts". A task *for* the next meeting ("Vende tilbage til sagen på
# næste møde") is not matched: the sentence must be about the meeting or its date.
_NEXT_MEETING = re.compile(
    r"^\W*(?:næste|kommende|følgende)\s+(?:møde|mødedato|mødedatoer)\b"
    r"|\bnæste\s+møde\s+(?:afholdes|holdes|er|bliver|finder\s+sted|ligger)\b"
    r"|\b(?:møde)?dato(?:en|erne)?\b(?:\s+\w+){0,4}?\s+(?:fastsættes|fastlægges|aftales|meldes\s+ud)\b",
    re.IGNORECASE,
)
# A greeting or signature at the end of an e-mail: "Venlig hilsen Sara Lindholm, Sekretariatet".
_SIGNATURE = re.compile(
    r"^\W*(?:(?:med\s+)?(?:venlig|venligst|kærlig)\s+hilsen|mvh|vh|de\s+bedste\s+hilsner"
    r"|bedste\s+hilsner|hilsen|kind\s+regards|best\s+regards)\b"
    r"|,\s*(?:sekretariatet|sekretær|mødesekretær)\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Doubt:
    """One reason to doubt a proposal; ``number`` is the earlier proposal it repeats (1-based)."""

    code: str
    number: int | None = None


def _same_task_key(draft: DraftAction) -> str:
    """The task's words as compared for "the same task": case, spaces and end stops ignored."""
    return " ".join(draft.title.casefold().split()).rstrip(" .!")


def doubts(drafts: Sequence[DraftAction]) -> list[tuple[Doubt, ...]]:
    """The reasons to doubt each draft, in the drafts' order (an empty tuple: no doubt)."""
    first_with: dict[str, int] = {}
    result = []
    for number, draft in enumerate(drafts, start=1):
        words = f"{draft.source_text} {draft.title}"
        reasons = []
        if _SIGNATURE.search(draft.source_text.strip()) or _SIGNATURE.search(draft.title.strip()):
            reasons.append(Doubt(SIGNATURE))
        elif _NEXT_MEETING.search(draft.source_text.strip()) or _NEXT_MEETING.search(words):
            reasons.append(Doubt(NEXT_MEETING))
        key = _same_task_key(draft)
        if key and key in first_with:
            reasons.append(Doubt(DUPLICATE, first_with[key]))
        elif key:
            first_with[key] = number
        if not draft.owner_names:
            reasons.append(Doubt(NO_OWNER))
        if draft.swept:
            reasons.append(Doubt(OUTSIDE))
        result.append(tuple(reasons))
    return result
