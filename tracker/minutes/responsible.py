"""A line that names who is responsible, below the decision it belongs to.

Municipal and board referater often close a decision with a labelled line of its own:
"Der udarbejdes en tidsplan inden 1. maj." / "Ansvarlig: Eva Holm", or "Tovholder: Bo",
"Ansvar: Forvaltningen", Markdown's "**Ansvarlig**: JN". The parser joins the line to its
paragraph, so it stands as a sentence after the tasks, or, after a blank line, as a paragraph of
its own; the names it gives own the item's drafts before it (back to the last such line) that
name no owner of their own. A draft that names its owner keeps it.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.bodies import subject_body
from tracker.minutes.letters import CAPITALS
from tracker.minutes.line_ends import RESPONSIBLE_LABEL
from tracker.minutes.people import People, named_doers
from tracker.minutes.proposals import DraftAction

# "Ansvarlig: Eva Holm", "Ansvarlige: Eva og Bo", "Ansvar: Forvaltningen", "Tovholder: Bo",
# as a sentence of its own: at the text's start or after a sentence's end
_RESPONSIBLE = re.compile(
    r"(?:^|(?<=[.!?])\s+)"
    + RESPONSIBLE_LABEL
    + rf"(?P<who>[{CAPITALS}][^.:;\n]{{0,80}}?)\s*(?=\.\s+[{CAPITALS}]|\.?\s*$)"
)


def responsible_lines(text: str) -> list[tuple[int, str]]:
    """Where each "Ansvarlig: …" sentence of the text starts, and the names it gives."""
    return [(m.start(), m["who"].strip()) for m in _RESPONSIBLE.finditer(text)]


def give_responsible(text: str, drafts: list[DraftAction], people: People, forum: str) -> None:
    """Give each draft without an owner the names of the first "Ansvarlig: …" after it."""
    lines = responsible_lines(text)
    if not lines:
        return
    for draft in drafts:
        if draft.owner_names or not draft.source_text:
            continue
        at = text.find(draft.source_text.strip()[:40])
        who = next((names for start, names in lines if start > at), None) if at >= 0 else None
        if who:
            draft.owner_names = _owners(who, people, forum)


class Awaiting:
    """One item's drafts still without an owner, for the next "Ansvarlig: …" line below them."""

    def __init__(self) -> None:
        self.drafts: list[DraftAction] = []

    def take(self, text: str, found: list[DraftAction], people: People, forum: str) -> None:
        """Read one text of the item: its line gives the drafts above it their owners."""
        lines = responsible_lines(text)
        if lines and lines[0][0] == 0:  # the text opens with the line: the drafts above are its
            names = _owners(lines[0][1], people, forum)
            for draft in self.drafts:
                draft.owner_names = draft.owner_names or names
            self.drafts = []
        give_responsible(text, found, people, forum)
        if lines:
            self.drafts = []
        self.drafts += [draft for draft in found if not draft.owner_names]


def _owners(who: str, people: People, forum: str) -> list[str]:
    """The people (in full where the attendees know them) or the body the line names."""
    named = named_doers(who + " :", people)
    if named and named[0]:
        return named[0]
    body = subject_body(who, forum)
    return [body] if body else [who]
