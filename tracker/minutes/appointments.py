"""A meeting someone is to have, told as an appointment: "Formanden har møde med kassereren i
næste uge", "Bo holder møde med kommunen den 3. maj". The one named holds it: a task for them
(a meeting held already, "har haft møde med", is history; one without a time ahead is told).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import WEEKDAYS_ALTERNATION

_APPOINTMENT = re.compile(
    r"^(?P<who>[A-ZÆØÅ][\wæøå]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\wæøå]+){0,3})\s+"
    r"(?:har|holder|skal\s+have|skal\s+holde)\s+(?:et\s+|nyt\s+)?"
    r"(?P<what>[\wæøå-]*møde\s+med\s+\S.*?)\s*\.?$"
)
# A time ahead: "i næste uge", "i morgen", "på mandag", "den 3. maj", "3/5", "snarest"
_AHEAD = re.compile(
    r"\b(?:i\s+(?:næste|denne|kommende)\s+(?:uge|måned)|i\s+morgen|snarest|inden|senest"
    r"|på\s+(?:" + WEEKDAYS_ALTERNATION + ")"
    r"|(?:den|d\.)\s*\d{1,2}\.?\s*(?:/\s*\d{1,2}|[a-zæøå]{3,})|\d{1,2}/\d{1,2})",
    re.IGNORECASE,
)


def meeting_to_hold(text: str) -> tuple[str, list[str]] | None:
    """("holde møde med …", the holders named) when the clause tells of a meeting someone is
    to have at a time ahead, or None."""
    m = _APPOINTMENT.match(text.strip())
    if m is None or not _AHEAD.search(m["what"]):
        return None
    who = [] if m["who"].lower() in ("vi", "de", "man", "der") else m["who"].split(" og ")
    return f"holde {m['what']}", who
