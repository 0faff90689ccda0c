"""A meeting's own proceedings, in a referat that has no title, date, roll call or headings
(a web page's record whose name and date stayed in the page's address): it opens "Dagsorden
godkendt." or "Referatet fra sidste møde blev godkendt.", and records the next meeting
("Næste møde fastsættes …") or closes "Intet til referat." Letters, newsletters and plans
of meetings do not approve their own agenda, so two such marks make the text a referat."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The approval of this meeting's agenda or the last meeting's referat, opening a sentence:
# "Dagsorden godkendt.", "Dagsordenen blev godkendt", "Referat fra sidste møde godkendt",
# "Mødereferat fra 7. juni godkendt" (the day of that meeting, no deadline), "Referatet blev
# læst op og godkendt", "Referat fra Organisationsbestyrelsesmøde den 7. november 2012 skal
# godkendes og underskrives", "Det indstilles, at referatet godkendes og underskrives", "Centeret
# indstiller, at dagsorden godkendes"
_APPROVED = re.compile(
    r"(?:^[-•*]?\s*|(?<=[^\W\d][.!])\s+)(?:(?:det\s+)?(?:indstilles|foreslås|anbefales),?\s+at\s+"
    # "Center for Kultur, … og Borgerservice indstiller, at dagsorden godkendes"
    r"|[^.]{3,80}?\s(?:indstiller|foreslår|anbefaler),?\s+at\s+)?"
    r"(?:den\s+udsendte\s+)?(?:dagsorden(?:en)?"
    r"|(?:møde)?referat(?:et)?(?:\s+fra\s+(?:[^.]|(?<=\d)\.){0,60}?)?)\s+(?:blev\s+|er\s+)?"
    r"(?:(?!ikke\b)[a-zæøå]+\s+){0,3}?(?:og\s+)?(?:godkendt|godkendes|underskrevet|underskrives)\b",
    re.IGNORECASE,
)
# The next meeting set, opening a sentence: "Næste møde fastsættes …", "Næste møde: 4. maj";
# not "Næste møde" alone, an item's title, nor "5. Næste møde"
_NEXT = re.compile(r"(?:^[-•*]?\s*|(?<=[^\W\d][.!])\s+)næste\s+møde\b(?!\s*$)", re.IGNORECASE)
# An item with nothing to record: "Intet til referat.", "Evt.: Intet."
_NOTHING = re.compile(r"\bintet\s+til\s+referat\b", re.IGNORECASE)

_MARKS = (_APPROVED, _NEXT, _NOTHING)
# The words a whole decision may be ("Godkendt.", "Intet.", "Udsat", "Taget til efterretning"):
# an alternation for the patterns that find a verdict after a title or as an item's text
VERDICT_WORDS = (
    r"(?:godkendt|vedtaget|tiltrådt|intet|ingen|drøftet|udgået|udsat|udsættes|udskudt|udskydes"
    r"|taget\s+til\s+efterretning)"
)


def records_proceedings(texts: Iterable[str]) -> bool:
    """True when the texts record two of a meeting's own steps (its agenda or last referat
    approved, its next meeting set, an item with nothing to record): a referat."""
    texts = list(texts)
    found = {k for k, mark in enumerate(_MARKS) for text in texts if mark.search(text)}
    return len(found) >= 2


def is_proceeding(text: str) -> bool:
    """The line records one of the meeting's own steps ("Dagsorden godkendt.", "Referat
    godkendt.", "Intet til referat."): no title, though it names the referat."""
    return bool(_APPROVED.match(text) or _NOTHING.search(text))
