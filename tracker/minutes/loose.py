"""A referat without agenda items: its body read as one section, so no task is lost.

Small boards and clubs often write their minutes as plain paragraphs, one per matter, with
no numbered or headed items at all. The parser then finds no item (and warns so); the body
is still read as one section without a number or title (``ParsedMinutes.loose``), and the
drafts found in it belong to no item.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.fields import FIELDS, alternatives
from tracker.minutes.header import Line
from tracker.minutes.items import ItemBuilder, ParsedAgendaItem, add_decision, paragraphs
from tracker.minutes.sections import section_kind

NO_ITEM = 0  # the agenda item number of a draft that belongs to no item

# A line of the head or the foot: a label with the meeting's facts, not a decision
# ("Til stede: …", "Afbud: …", "Referent: …", "Næste møde: 30/5 kl 19", "Dato: …"). The head's
# field labels are the header's own (tracker.minutes.fields); the foot's are added here.
_HEAD_KINDS = {"date", "time", "when", "location", "attendees", "absent"}
_FOOT = ("referent", "ref.", "mødeleder", "ordstyrer", "dirigent", "næste møde", "forum", "emne")
_FACT_LABEL = re.compile(
    r"^\s*(?:"
    + alternatives([label for label, kind in FIELDS.items() if kind in _HEAD_KINDS] + list(_FOOT))
    + r"|fremmøde|deltog)(?:(?<=\.)|\b)[^:\n]{0,20}:",
    re.IGNORECASE,
)
# The title or a dateline: a short line naming the meeting and a date, no sentence ("Bestyrelses-
# møde 3/5", "Albertslund Boligselskab 5. december 2014 Referat fra … møde den 3. december kl")
_DATE = re.compile(
    r"\d{1,2}\.?\s*(?:" + MONTHS_ALTERNATION + r")\b\.?(?:\s*\d{4})?"
    r"|\d{1,2}\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{2,4})?\b",
    re.IGNORECASE,
)


def _dateline(text: str) -> bool:
    """The line names a date and makes no sentence of it (its dates aside, no stop)."""
    rest = _DATE.sub(" ", text)
    return rest != text and len(text) <= 160 and not re.search(r"[.!?]", rest)


_HEAD_LINES = 12  # the head's title and date lines stand among the first lines


def loose_section(lines: list[Line]) -> ParsedAgendaItem | None:
    """The body of a referat without items as one section, number ``NO_ITEM`` and no title;
    None when it holds no text beyond the head's facts."""
    body: list[Line] = []
    seen = 0
    for line in lines:
        text = line.text.strip()
        seen += bool(text)
        label = section_kind(text) is not None  # "Sagen behandles i", "Beslutning": no task
        if label or _FACT_LABEL.match(text) or (seen <= _HEAD_LINES and _dateline(text)):
            body.append(Line(0, "", False))  # a fact of the head ends the paragraph
            continue
        body.append(line)
    section = ItemBuilder(NO_ITEM, "")
    add_decision(section, paragraphs(body), False)
    built = section.build()
    return built if built.decision.strip() else None


def sections_of(minutes) -> list[ParsedAgendaItem]:
    """The sections tasks are read from: the minutes' agenda items, and the text under no
    item (``ParsedMinutes.loose``: the body when no item was found, or the minutes below a
    bullet agenda, :mod:`tracker.minutes.bullet_agenda`), if any."""
    return list(minutes.agenda_items) + ([minutes.loose] if minutes.loose else [])


def section_texts(minutes) -> Iterable[str]:
    """Every decision, summary and point of the sections tasks are read from."""
    for section in sections_of(minutes):
        yield section.decision or ""
        yield section.summary or ""
        yield from (point.text for point in section.points)
