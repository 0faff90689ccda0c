"""An item's title and its minutes on the heading's one line, in the shapes where the title's
end is told by what follows it: "Bestyrelsens beretning – Daniel berettede om året …" (a dash,
then a sentence with its subject and verb) and "Opfølgning: Værdier i samarbejdet. Der skulle
…" (the kind of item and its topic, then the minutes).

Used by :mod:`tracker.minutes.agenda`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.heading import short_title

# "Opfølgning: Værdier i samarbejdet. Der skulle …": a word for the kind of item, its topic (a
# phrase, no sentence: tracker.minutes.heading.short_title), then the minutes
_KIND_TOPIC = re.compile(
    r"^(?P<kind>(?i:opfølgning|orientering|drøftelse|temadrøftelse|tema|status|evaluering"
    r"|høring|forslag|information|opsamling|præsentation|oplæg))\s*:\s+"
    r"(?P<topic>[A-ZÆØÅ][^.:!?]{2,80}?)\.\s+(?P<rest>[A-ZÆØÅ]\S*\s.*)$"
)
# "Bestyrelsens beretning – Daniel berettede om året …": a title, a dash, then a sentence whose
# subject (a name, "Vi", "Formanden") is followed by its verb in the past or "blev", "har" …
_TITLE_DASH_TEXT = re.compile(
    r"^(?P<title>[A-ZÆØÅ][^–-]{2,60}?)\s+[–-]\s+(?P<rest>[A-ZÆØÅ][\wæøå]*(?:\s+[A-ZÆØÅ][\wæøå]*)?"
    r"\s+(?:[a-zæøå]{2,}(?:ede|te)|blev|har|havde|var|er|gennemgik|fortalte)\b.*)$"
)


def title_and_minutes(title: str) -> tuple[str, str] | None:
    """(title, minutes) of a heading line in one of the module's shapes, else None."""
    dashed = _TITLE_DASH_TEXT.match(title) if ":" not in title else None
    if dashed and short_title(dashed["title"]):
        return dashed["title"], dashed["rest"]
    topic = _KIND_TOPIC.match(title)
    # "Orientering: Formanden orienterede om …" is the kind and the minutes, no topic
    if topic and short_title(topic["topic"]) and not re.search(r"\w{3}ede\b", topic["topic"]):
        return f"{topic['kind']}: {topic['topic']}", topic["rest"]
    return None
