"""Where the meeting was held, told in a sentence of the minutes when the head names no place:
"Vi holdt mødet i vores nye mødelokale.", "Mødet blev holdt på Teams.", "Mødet afholdtes i
klubhuset.", "Mødet, blev holdt hos Anders." (a stray comma), "Mødet blev afholdt⏎hos/i/på
Svogerslev Boldklub" (a form's choices left, the sentence wrapped) (past tense: "Mødet holdes …"
in the body is mostly the next meeting's).

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.fields import ONLINE_TOOL

__all__ = ["held_place"]

_HELD = re.compile(
    r"\b(?i:(?:vi|de|rådet|bestyrelsen|udvalget)\s+(?:af)?holdt\s+mødet"
    r"|mødet,?\s+(?:blev\s+(?:af)?holdt|afholdtes|(?P<now>(?:af)?holdes)))"
    r"\s+(?:i|på|hos)(?:/(?:i|på|hos))*\s+"
    # "Sct. Paul skole": a short capitalised abbreviation goes on; " kl. 18.30" ends the place
    r"(?P<place>(?:[A-ZÆØÅ][a-zæøå]{1,3}\.\s+|[^.!?\n]){3,60}?)\s*(?:\b[Kk]l\.|[.!?]|$)"
)
# "i går", "i en god tone", "i enighed": when or how, not where
_NOT_PLACE = re.compile(
    r"^(?:går|dag|aftes|forgårs|morges|god|en\s+god|ro|enighed|fællesskab|tide|forlængelse"
    "|" + MONTHS_ALTERNATION + r"|\d)\b",
    re.IGNORECASE,
)


# Online: "via Microsoft Teams pga. Corona" on the head's line, "Mødet afholdes som teamsmøde",
# "Mødet holdes på Zoom"
_ONLINE = re.compile(
    r"^(?:via|på)\s+(?P<tool>" + ONLINE_TOOL + r")\b"
    r"|\bmødet\s+(?:(?:blev\s+)?(?:af)?holdt|(?:af)?holdes|afholdtes)\s+(?:som|på|via|over)\s+"
    r"(?P<said>" + ONLINE_TOOL + r"(?:-?møde)?)\b",
    re.IGNORECASE,
)


def held_place(texts: Iterable[str], head: bool = False) -> str | None:
    """The place a sentence says the meeting was held at, or None; in the ``head`` (above the
    items) "Mødet holdes i …" too, which in the body is mostly the next meeting's."""
    texts = list(texts)
    for index, text in enumerate(texts):
        if len(text) > 600 or "møde" not in text.lower():
            continue
        if re.search(r"holdt(?:es)?$", text) and index + 1 < len(texts):
            text += " " + texts[index + 1]  # "Mødet blev afholdt⏎hos Svogerslev Boldklub"
        m = _HELD.search(text)
        if m and (head or not m["now"]) and not _NOT_PLACE.match(m["place"]):
            return m["place"].strip(" ,")
    online = next((m for text in texts[:40] if (m := _ONLINE.search(text.strip()))), None)
    return (online["tool"] or online["said"]) if online else None
