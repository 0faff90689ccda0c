"""What happened, told with the time first: "I februar afholdte foreningen en arbejdsdag",
"I slut november gennemførte Kasper en rundspørge", "Sidste år sendte vi et brev". Danish puts
the verb second, so a fronted time puts the past-tense verb before its doer, where the draft
rules look for a doer first; the month then reads as a deadline ahead and the sentence as a
task. A past tense after a fronted time is history, no task.

Pure module: stdlib, the deadline words and the verbs' past (verbs.is_past) only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTHS_ALTERNATION, WEEKDAYS_ALTERNATION
from tracker.minutes.verbs import is_past

_PERIOD = (
    r"(?:" + MONTHS_ALTERNATION + r"|foråret|sommeren|efteråret|vinteren|sommerferien"
    r"|julen|påsken|weekenden|uge\s+\d{1,2}|\d{4})"
)
_FRONTED_TIME = re.compile(
    r"^\s*(?:"
    r"(?:i|først\s+i|sidst\s+i|midt\s+i|i\s+slut(?:ningen\s+af)?|i\s+starten\s+af"
    r"|i\s+begyndelsen\s+af|i\s+løbet\s+af|primo|medio|ultimo)\s+(?:sidste\s+)?" + _PERIOD + r"\b"
    r"|(?:sidste|forrige)\s+(?:uge|måned|år|weekend|" + WEEKDAYS_ALTERNATION + r")"
    r"|i\s+(?:går|forgårs|sidste\s+uge|sidste\s+måned|fjor)|forleden"
    r"|(?:den|d\.)\s*\d{1,2}\.?\s*(?:/\s*\d{1,2}\b|" + MONTHS_ALTERNATION + r")"
    r")\s*,?\s+(?P<verb>[a-zæøå]+)\b",
    re.IGNORECASE,
)


def fronted_past(text: str) -> bool:
    """The clause opens with a time and then a verb in the past tense ("I februar afholdte
    foreningen en arbejdsdag"): it tells what was done."""
    m = _FRONTED_TIME.match(text or "")
    return bool(m) and is_past(m["verb"])
