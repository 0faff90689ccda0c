"""The referat as the import review shows it: its items' decision text, sentence by sentence,
and one sentence read as a proposed action (the secretary's "make this an action").

The sentences are split and read by the reader's own rules (tracker.minutes.drafts, owners,
titles, tables): a sentence the reader proposes itself is read exactly as it proposed it; any
other gets the title, owners and deadline those rules read in it. Nothing is written again here.

Pure module: no Flask, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.minutes.loose import sections_of
from tracker.minutes.notices import excerpt
from tracker.minutes.owners import People, marked_owners, owners_of
from tracker.minutes.parser import ParsedAgendaItem, ParsedMinutes
from tracker.minutes.proposals import DraftAction
from tracker.minutes.repairs import item_topic
from tracker.minutes.sentence_drafts import drafts_of_text
from tracker.minutes.splitting import split_sentences
from tracker.minutes.tables import apply_task, task_for
from tracker.minutes.task_deadlines import future_deadlines as _future_deadlines
from tracker.minutes.titles import make_title


@dataclass(frozen=True)
class Sentence:
    """One sentence of a decision: its place in the whole referat (``index``), the agenda item
    it stands under, the point it belongs to (None for decision paragraphs, as in DraftAction)
    and the paragraph it was split from."""

    index: int
    item_number: int
    text: str
    point_index: int | None = None
    paragraph: str = ""


@dataclass
class Paragraph:
    """A paragraph or list point of a decision, as its sentences; ``heading`` is the heading
    shown before it (None under the same heading as the paragraph before)."""

    heading: str | None
    kind: str  # "decision" or "plenum", as MinutesPoint.kind
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class ItemText:
    """An agenda item's number, title and decision text as read."""

    number: int
    title: str
    paragraphs: list[Paragraph] = field(default_factory=list)


def _sources(item: ParsedAgendaItem) -> list[tuple[str, int | None, str | None, str]]:
    """(text, point index, heading, kind) of each text the reader proposes actions from."""
    if item.points:
        return [
            (p.text, None if p.kind == "decision" else i, p.heading, p.kind)
            for i, p in enumerate(item.points)
        ]
    return [(item.decision, None, None, "decision")] if item.decision else []


def referat_text(minutes: ParsedMinutes) -> list[ItemText]:
    """The referat's items with their decision text split into numbered sentences; the
    sentences are numbered through the whole referat, so an index names one sentence."""
    items, index = [], 0
    for item in sections_of(minutes):  # no items: the body as one section, number 0
        shown, above = ItemText(item.number, item.title), None
        for text, point_index, heading, kind in _sources(item):
            # the points under one heading each carry it: it is shown once
            paragraph = Paragraph(heading if heading != above else None, kind)
            above = heading
            for words in split_sentences(text):
                paragraph.sentences.append(Sentence(index, item.number, words, point_index, text))
                index += 1
            if paragraph.sentences:
                shown.paragraphs.append(paragraph)
        items.append(shown)
    return items


def all_sentences(items: list[ItemText]) -> list[Sentence]:
    """Every sentence of ``referat_text``'s items, in order (position = index)."""
    return [s for item in items for p in item.paragraphs for s in p.sentences]


def _words(text: str) -> str:
    return " ".join((text or "").split())


def is_source(sentence: Sentence, source_text: str, item_number: int) -> bool:
    """A proposal with this source text (and agenda item) came from ``sentence``: the reader
    keeps the sentence as the source, a table row's text with its columns after it, or a
    whole paragraph."""
    words = _words(sentence.text)
    return bool(words) and item_number == sentence.item_number and words in _words(source_text)


def people_of(minutes: ParsedMinutes, known_people=()) -> People:
    """The people a sentence's names are read against: the attendees (with their roles) and
    everybody the system knows, as the reader's proposals use them."""
    roles = {a.role: a.name for a in minutes.attendees if getattr(a, "role", None)}
    there = [a.name for a in minutes.attendees if a.present]
    return People([a.name for a in minutes.attendees] + list(known_people), roles, there)


def read_sentence(
    sentence: Sentence,
    item: ParsedAgendaItem,
    people: People,
    reference: date,
    forum: str = "",
    meetings=(),
) -> DraftAction:
    """The action one sentence of ``item`` asks for, as a proposal to review: its title,
    owners (owner first, then co-owners) and deadline as the reader's rules read them in
    the sentence, under the item it stands under. A sentence the reader sees as a task gives
    its first proposal; any other sentence is still read (the secretary chose it).
    ``reference`` is the meeting's date; ``meetings`` the planned meetings after it."""
    text = sentence.text
    found = drafts_of_text(text, item, sentence.point_index, people, reference, forum, meetings)
    if found:
        draft = found[0]
    else:
        deadlines = _future_deadlines(text, reference, meetings)
        words, deadline = deadlines[0] if deadlines else (None, None)
        marked = marked_owners(text, people)  # "… (Steen)" names the owner, not the task
        title = make_title(text[: marked[1]] if marked else text, people, [w for w, _ in deadlines])
        if " " not in title:  # a verb alone: say what it is about
            title = f"{title} ({item_topic(item) or excerpt(text, 50)})"
        start = getattr(deadline, "start", None)
        draft = DraftAction(
            title=title or text[:90],
            source_text=text,
            deadline_text=words,
            due_start=start,
            due_end=getattr(deadline, "end", None) or start,
            owner_names=owners_of(text, text, people, forum),
            agenda_item_number=item.number,
            point_index=sentence.point_index,
        )
    task = task_for(item, sentence.paragraph or text)  # a decision table's row: its columns
    if task is not None:
        apply_task(draft, task, people, reference, meetings)
    return draft
