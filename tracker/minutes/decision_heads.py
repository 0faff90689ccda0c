"""This meeting named above each item's decision: "Integrationsudvalgets møde den 12. december
2011:" (a council's web page prints the committee's meeting over its decision, and the page
may have no head at all). Read as a date from the body (:func:`date_choice.choose` warns).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes import meeting_date as when

# The body's name in the genitive (one to four words), "møde den", the date and a colon
_DECISION_HEAD = re.compile(
    r"^\W*(?P<body>(?:[A-ZÆØÅ][\wæøå-]*\s+(?:(?:og|for|i)\s+)?){0,3}[A-ZÆØÅ][\wæøå-]+)s\s+møde\s+"
    r"(?:den|d\.)\s*(?P<date>[^:]{4,30}):\s*$"
)


def decision_heads(texts: list[str]) -> list[when.Candidate]:
    """The dates of the lines that head a decision with this meeting's name and date."""
    found = []
    for position, text in enumerate(texts):
        if len(text) > 120 or not _DECISION_HEAD.match(text):
            continue
        for span in when.date_spans(text):
            if span.day is not None and not when.other_day(text, span):
                found.append(when.Candidate(span.day, "body", text, position))
                break
    return found


def decision_forum(texts: list[str]) -> str:
    """The body those lines name ("Integrationsudvalgets møde …" → "Integrationsudvalget"),
    when they all name the same one; else ""."""
    bodies = {m["body"] for text in texts if len(text) <= 120 and (m := _DECISION_HEAD.match(text))}
    return bodies.pop() if len(bodies) == 1 else ""
