"""A general assembly's record: "Generalforsamling 2023" over numbered items whose text
records elections ("blev valgt", "blev genvalgt") rather than the decision words of a
board's minutes ("Godkendt", "Besluttet"). A real record is never refused: the review asks
for what it cannot find (the year, the forum)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "Generalforsamling 2023", "2022 – 2023 Generalforsamling", "Ordinær generalforsamling",
# "Årsmøde": the name of a yearly members' meeting in the first lines
_ASSEMBLY = re.compile(r"\b(?:ordinær\s+|ekstraordinær\s+)?generalforsamling\b", re.I)

# What a general assembly records: who was elected or re-elected, what was approved
_ELECTED = re.compile(
    r"\bblev\s+(?:gen)?valgt\b|\b(?:gen)?valgt\s+(?:som|til)\b|\bgenvalgt\b", re.IGNORECASE
)


def assembly_record(head: Iterable[str], texts: Iterable[str], items: int) -> bool:
    """True when the first head lines name a general assembly, two or more items were found,
    and the text records an election: the minutes of a members' meeting."""
    if items < 2 or not any(_ASSEMBLY.search(text) for text in head):
        return False
    return any(_ELECTED.search(text) for text in texts)
