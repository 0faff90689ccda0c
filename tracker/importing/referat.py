"""The referat beside the import review: its decision text sentence by sentence, which
proposal came from which sentence, and a sentence made a proposal ("Gør til handling").

A sentence made a proposal is a new row of the review form: the review's fields as sent,
plus the row, are kept like a refused form (tracker.forms_common) and shown by the review's
GET, so every edit made so far comes back with it and nothing is saved before "Gem".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import MultiDict
from wtforms import BooleanField

from tracker.importing import review
from tracker.importing.forms import ReviewForm
from tracker.importing.refusals import MAX_PROPOSALS
from tracker.importing.services import Parsed, known_people
from tracker.minutes.loose import sections_of
from tracker.minutes.sentences import (
    ItemText,
    Sentence,
    all_sentences,
    is_source,
    people_of,
    read_sentence,
    referat_text,
)

INDEX_DIGITS = 6  # a sentence index beyond this is no sentence (and int() stays cheap)


class TextError(Exception):
    """A sentence that cannot become a proposal; ``message`` says why, in Danish."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass
class Pane:
    """What the referat pane shows: the items' text, and the links between its sentences and
    the review's proposal rows (numbered from 1, as the rows' "Forslag n")."""

    items: list[ItemText]
    rows_of: dict[int, list[int]] = field(default_factory=dict)  # sentence index → rows
    sentence_of: dict[int, int] = field(default_factory=dict)  # row → its first sentence


def pane(parsed: Parsed, form) -> Pane:
    """The referat as read, and which sentence each row of ``form`` came from."""
    items = referat_text(parsed.minutes)
    shown = Pane(items)
    by_item: dict[int, list[Sentence]] = {}  # a row's sentence is under its own item
    for sentence in all_sentences(items):
        by_item.setdefault(sentence.item_number, []).append(sentence)
    for number, entry in enumerate(getattr(form, "drafts", ()), 1):
        row = entry.form
        item_number = _number(row.agenda_item_number.data)
        for sentence in by_item.get(item_number, ()):
            if is_source(sentence, row.source_text.data or "", item_number):
                shown.rows_of.setdefault(sentence.index, []).append(number)
                shown.sentence_of.setdefault(number, sentence.index)
    return shown


def sentence_at(parsed: Parsed, raw) -> Sentence:
    """The sentence a button named (its index as sent); TextError when there is none."""
    sentences = all_sentences(referat_text(parsed.minutes))
    text = raw if isinstance(raw, str) else ""
    if not (text.isascii() and text.isdigit() and len(text) <= INDEX_DIGITS):
        raise TextError(_l("Sætningen findes ikke i referatet. Vælg en sætning i teksten."))
    index = int(text)
    if index >= len(sentences):
        raise TextError(_l("Sætningen findes ikke i referatet. Vælg en sætning i teksten."))
    return sentences[index]


def with_sentence(parsed: Parsed, sent: MultiDict, raw_index) -> tuple[ReviewForm, int]:
    """The review form as sent plus one ticked row read from the sentence ``raw_index``
    names, and that row's number (from 1). TextError for no such sentence, or a review
    that has as many rows as it can show."""
    sentence = sentence_at(parsed, raw_index)
    rows = _row_indices(sent)
    if len(rows) >= MAX_PROPOSALS:
        raise TextError(_l("Gennemgangen kan højst vise %(max)d forslag.", max=MAX_PROPOSALS))
    minutes = parsed.minutes
    item = next(i for i in sections_of(minutes) if i.number == sentence.item_number)
    people = people_of(minutes, known_people())
    draft = read_sentence(sentence, item, people, minutes.date, minutes.forum, parsed.planned)
    # The review's own rule for a proposal's row (owner, co-owners, unit): prefill it alone.
    one = review.prefill(ReviewForm(formdata=None), replace(parsed, drafts=[draft]))
    index = (max(rows) + 1) if rows else 0
    values = MultiDict(sent)
    for sub in one.drafts[0].form:
        if isinstance(sub, BooleanField):
            # chosen: ticked to be made; "Opret … som ny person" stays the secretary's choice
            if sub.short_name == "accept":
                values.add(f"drafts-{index}-{sub.short_name}", "y")
        else:
            values.add(f"drafts-{index}-{sub.short_name}", str(sub.data or ""))
    form = ReviewForm(formdata=values)
    return form, len(rows) + 1


def _row_indices(sent: MultiDict) -> list[int]:
    """The row indices the review form was sent with (drafts-<n>-…)."""
    found = set()
    for key in sent:
        parts = key.split("-", 2)
        if len(parts) == 3 and parts[0] == "drafts" and parts[1].isascii() and parts[1].isdigit():
            found.add(int(parts[1]))
    return sorted(found)


def _number(value) -> int:
    """A row's agenda item number as sent (a hidden field); 0 for none."""
    text = value if isinstance(value, str) else ""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= INDEX_DIGITS else 0
