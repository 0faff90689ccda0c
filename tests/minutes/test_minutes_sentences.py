"""The referat sentence by sentence, and one sentence read as a proposed action
(tracker.minutes.sentences): what the import review's "Gør til handling" proposes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.minutes.test_minutes_tables import PROTOCOL, read, word
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.sentences import (
    all_sentences,
    is_source,
    people_of,
    read_sentence,
    referat_text,
)

HEAD = """# REFERAT Lederforum d. 12-03-2025

**Mødedato** Onsdag d. 12. marts 2025 kl. 09:00

**Mødedeltagere** Morten Hoff Grønvald, Torben G. M. Benneskov, Charlotte Veilskov, Kirstine Lund
"""

SHAPES = (
    HEAD
    + """
# Punkt 1: Budget 2026

## Beslutning

Lederforum drøftede budgettet. Torben G. M. Benneskov og Charlotte Veilskov samler input fra \
afdelingerne inden 1. april 2025. Morten præsenterede tidsplanen. Det er vigtigt at holde fast \
i dialogen med medarbejderne senest 15. maj 2025 (Charlotte Veilskov).

# Punkt 2: Mødekalender

## Beslutning

Der var opbakning til mødekalenderen, som Torben og Charlotte ser på til 1. juni 2025. \
Seminaret i oktober 2024 blev evalueret af Kirstine.

# Punkt 3: Kantinen

## Beslutning

### Kantinen

- Kirstine bestiller.
- Menuen blev rost.
"""
)


@pytest.fixture(scope="module")
def minutes():
    return parse_minutes(SHAPES)


def reading(minutes, start: str):
    """The draft read from the sentence that starts with ``start``."""
    sentence = next(s for s in all_sentences(referat_text(minutes)) if s.text.startswith(start))
    item = next(i for i in minutes.agenda_items if i.number == sentence.item_number)
    return read_sentence(sentence, item, people_of(minutes), minutes.date, minutes.forum)


def test_the_decisions_are_split_into_sentences_numbered_through_the_referat(minutes):
    items = referat_text(minutes)
    assert [(i.number, i.title) for i in items] == [
        (1, "Budget 2026"),
        (2, "Mødekalender"),
        (3, "Kantinen"),
    ]
    sentences = all_sentences(items)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert [s.text for s in sentences if s.item_number == 1] == [
        "Lederforum drøftede budgettet.",
        "Torben G. M. Benneskov og Charlotte Veilskov samler input fra afdelingerne inden "
        "1. april 2025.",
        "Morten præsenterede tidsplanen.",
        "Det er vigtigt at holde fast i dialogen med medarbejderne senest 15. maj 2025 "
        "(Charlotte Veilskov).",
    ], "G. M. in a name ends no sentence"
    plenum = [s for s in sentences if s.item_number == 3]
    assert [s.text for s in plenum] == ["Kirstine bestiller.", "Menuen blev rost."]
    assert [s.point_index for s in plenum] == [0, 1], "a list point keeps its place, as drafts do"
    assert [(p.kind, p.heading) for p in items[2].paragraphs] == [
        ("plenum", "Kantinen"),
        ("plenum", None),
    ], "the points under one heading show it once"


def test_a_sentence_the_reader_proposes_is_read_as_it_proposed_it(minutes):
    proposed = {d.source_text: d for d in extract_draft_actions(minutes)}
    for sentence in all_sentences(referat_text(minutes)):
        if sentence.text in proposed:
            draft = reading(minutes, sentence.text)
            expected = proposed[sentence.text]
            assert (draft.title, draft.owner_names, draft.deadline_text) == (
                expected.title,
                expected.owner_names,
                expected.deadline_text,
            )
    draft = reading(minutes, "Torben G. M. Benneskov og")
    assert draft.owner_names == ["Torben G. M. Benneskov", "Charlotte Veilskov"]
    assert draft.title == "Samle input fra afdelingerne"
    assert draft.due_end == date(2025, 4, 1) and draft.agenda_item_number == 1


def test_a_sentence_the_reader_passed_by_is_still_read_for_owner_and_deadline(minutes):
    told = reading(minutes, "Morten præsenterede")
    assert told.owner_names == ["Morten Hoff Grønvald"], "a first name is the attendee"
    assert told.deadline_text is None and told.due_end is None
    assert told.source_text == "Morten præsenterede tidsplanen."
    assert told.agenda_item_number == 1 and told.point_index is None

    marked = reading(minutes, "Det er vigtigt")
    assert marked.owner_names == ["Charlotte Veilskov"], "(Charlotte Veilskov) names the owner"
    assert "Charlotte" not in marked.title and "maj" not in marked.title
    assert marked.deadline_text == "senest 15. maj 2025" and marked.due_end == date(2025, 5, 15)

    two = reading(minutes, "Der var opbakning")
    assert two.owner_names == ["Torben G. M. Benneskov", "Charlotte Veilskov"], "owner, co-owner"
    assert two.due_end == date(2025, 6, 1) and two.agenda_item_number == 2


def test_a_date_in_the_past_is_no_deadline_and_a_verb_alone_says_what_it_is_about(minutes):
    history = reading(minutes, "Seminaret i oktober 2024")
    assert history.deadline_text is None and history.due_end is None
    alone = reading(minutes, "Kirstine bestiller")
    assert alone.title == "Bestille (Kantinen)" and alone.owner_names == ["Kirstine Lund"]
    assert alone.agenda_item_number == 3 and alone.point_index == 0


def test_a_decision_tables_row_gives_its_owner_and_deadline_columns():
    minutes, drafts = read(word(PROTOCOL))
    sentence = next(
        s for s in all_sentences(referat_text(minutes)) if s.text.startswith("Der laves en plan")
    )
    item = next(i for i in minutes.agenda_items if i.number == sentence.item_number)
    draft = read_sentence(sentence, item, people_of(minutes), minutes.date, minutes.forum)
    assert draft.owner_names == ["Anne Holm"], "the owner column, by first name"
    proposed = next(d for d in drafts if d.source_text.startswith("Der laves en plan"))
    assert draft.owner_names == proposed.owner_names and draft.source_text == proposed.source_text


def test_a_proposal_comes_from_a_sentence_of_its_own_item_only(minutes):
    first, *_ = all_sentences(referat_text(minutes))
    assert is_source(first, "Lederforum drøftede budgettet.", 1)
    assert is_source(first, "Lederforum drøftede budgettet. · Ansvarlig: Anne", 1), "a table's"
    assert not is_source(first, "Lederforum drøftede budgettet.", 2), "another item's sentence"
    assert not is_source(first, "Lederforum godkendte budgettet.", 1)
