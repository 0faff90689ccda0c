"""An item's answer on its own heading line: "Valg af referent Lars", "Eventuelt intet",
"Regnskab: godkendt.", "Fraværende: A og B" (the title, then what the meeting said).

Used by :mod:`tracker.minutes.heading_candidates`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.proceedings import VERDICT_WORDS
from tracker.minutes.sections import _ABSENCE_ITEM

# The answer after a title that takes one: the person elected ("Lis", "Lis (148)": her room
# or initials; "Lis Holm (Vej 15) Godkendelse af indkaldelsen.": what the item did next), or
# none for "Eventuelt"
_ELECTED = re.compile(
    r"^((?i:valg\s+af\s+(?:referent|ordstyrer|dirigent|mødeleder|tovholder)))\s*[:\-–]?\s+"
    r"(?:(?:blev|er|bliver)\s+)?"  # "Valg af referent blev Birgit.": the answer told
    r"([A-ZÆØÅ][\w.-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w.-]*){0,3}(?:\s*\([\w ./-]{1,20}\))?"
    r"(?:\.|\s+[A-ZÆØÅ][^:]*)?)$"
)
# "Ordstyrer: Andreas og referent: Liv", "Referent: Lis": the meeting's roles and who has them;
# the first role is the title, the names the answer
_ROLE = r"(?:ordstyrer?|dirigent|referent|mødeleder|tovholder)"
_ROLES_NAMED = re.compile(
    r"^((?i:(?:valg\s+af\s+)?" + _ROLE + r"))\s*:\s*([A-ZÆØÅ][\wæøå.-]*(?:\s+[A-ZÆØÅ][\wæøå.-]*)?"
    r"(?:\s*(?:,|og)\s+(?i:" + _ROLE + r")\s*:\s*[A-ZÆØÅ][\wæøå.-]*(?:\s+[A-ZÆØÅ][\wæøå.-]*)?)*"
    r"\.?)$"
)
_NOTHING = re.compile(
    r"^(eventuelt|evt\.?)\s*[:\-–]?\s+(intet|ingen(?:\s+bemærkninger)?|ingenting|ikke\s+noget)"
    r"\.?$",
    re.I,
)
_LABEL_AND_TEXT = re.compile(r"^([^:]{3,60}?)\s*:\s+(\S.*)$")
# "Regnskab: godkendt.", "Kommentarer til sidste referat: ingen.": a title and its decision
_LABEL_AND_DONE = re.compile(
    r"^([A-ZÆØÅ][^:]{2,60}?)\s*:\s+((?i:" + VERDICT_WORDS + r")(?:\s+\w+){0,3}\s*\.?)$"
)


# "Afbud Jeanette", "Fraværende Ole og Lis": the absence item's label, then its names
_AWAY_NAMES = re.compile(
    r"^((?i:afbud|fraværende|fravær))\s*[-–]?\s+([A-ZÆØÅ][\wæøå-]+"
    r"(?:(?:\s+|\s*,\s*|\s+og\s+)[A-ZÆØÅ][\wæøå-]+){0,7})\.?$"
)


def title_and_answer(title: str) -> tuple[str, str] | None:
    """(title, answer) when a short item's answer follows its title on the line: "Valg af
    referent Lars", "Eventuelt intet |" (a table's last bar), "Fraværende: A, B og C"."""
    title = re.sub(r"\s*\|$", "", title)
    m = (
        _ELECTED.match(title)
        or _ROLES_NAMED.match(title)
        or _NOTHING.match(title)
        or _LABEL_AND_DONE.match(title)
    )
    m = m or _AWAY_NAMES.match(title)
    if m is None and (label := _LABEL_AND_TEXT.match(title)) and _ABSENCE_ITEM.match(label[1]):
        m = label  # the absence item's names (tracker.minutes.attendance reads them)
    return (m[1], m[2]) if m else None
