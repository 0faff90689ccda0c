"""A cover line of a place, the meeting's date and its hour, without a comma: "Kulturhuset
d. 28. februar 2013 kl. 19.30" (a small board's head under its title). The date is the
meeting's, the word before it where the meeting was held. Or "Møde i Sognegården mandag
d. 18. marts": a meeting at a named place, then its day.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.deadlines.words import WEEKDAYS_ALTERNATION
from tracker.minutes.forum import names_a_body
from tracker.minutes.meeting_date import DateSpan, date_spans

__all__ = ["cover_place", "place_date_time"]

# "Møde i Sognegården mandag d. 18. marts kl. 19.30": the meeting at a named place, then when
_MEETING_AT = re.compile(
    r"^(?i:[\wæøå-]*møde)\s+(?i:i|på|hos)\s+"
    r"(?P<place>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*){0,3})\s+"
    r"(?i:(?:" + WEEKDAYS_ALTERNATION + r")\b|d\.|den\b)"
)

# One capitalised word: "Kulturhuset", "Klubhuset", "Præstegården"
_PLACE = re.compile(r"^(?P<place>[A-ZÆØÅ][a-zæøå-]{3,30})\s+$")
# Only the hour after the date: "kl. 19.30", "klokken 17"
_HOUR = re.compile(r"^\s*(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?\s*\.?$", re.IGNORECASE)
# A meeting's or document's word, a body's: the line's title, never a place
_NOT_PLACE = re.compile(r"møde|referat|dagsorden|generalforsamling|indkaldelse", re.IGNORECASE)


def place_date_time(text: str, span: DateSpan) -> bool:
    """The line is a place's one word, the date with its year, and the hour: nothing else."""
    place = _PLACE.match(text[: span.start])
    return (
        span.day is not None
        and place is not None
        and not _NOT_PLACE.search(place["place"])
        and not names_a_body(place["place"])
        and _HOUR.match(text[span.end :]) is not None
    )


def cover_place(texts: Iterable[str]) -> str | None:
    """The place of the first such line among the cover's lines, or None."""
    for text in texts:
        spans = date_spans(text) if text and len(text) <= 80 else []
        if spans and place_date_time(text, spans[0]):
            return text[: spans[0].start].strip()
        m = _MEETING_AT.match(text or "")
        if m and not names_a_body(m["place"]):
            return m["place"]
    return None
