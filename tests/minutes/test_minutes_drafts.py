"""Draft actions proposed from referater (tracker.minutes.drafts)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tracker.minutes.drafts import (
    DraftAction,
    extract_draft_actions,
    make_title,
    split_sentences,
    to_json_dict,
)
from tracker.minutes.parser import MinutesPoint, ParsedMinutes, parse_minutes

DATA = Path(__file__).parents[1] / "data"


def load(name: str) -> ParsedMinutes:
    return parse_minutes((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample() -> ParsedMinutes:
    return load("referat-lederforum-2025-02-26.md")


@pytest.fixture(scope="module")
def drafts(sample) -> list[DraftAction]:
    return extract_draft_actions(sample)


def by_title(drafts: list[DraftAction], words: str) -> DraftAction:
    found = [d for d in drafts if words.lower() in d.title.lower()]
    assert len(found) == 1, (words, [d.title for d in drafts])
    return found[0]


def test_sample_draft_count_and_titles(drafts):
    assert 6 <= len(drafts) <= 12
    assert [d.title for d in drafts] == [
        "Seminar for Strategisk Chefforum om reformerne",
        "Budgettemadag for Kommunalbestyrelsen",
        "Implementeringsstrategi til politisk godkendelse",
        "Proces for en opdateret personalepolitik",
        "Nytænkning af onboarding-forløb",
        "Prioriteret tema fra hver gruppe til det videre arbejde i Strategisk Chefforum",
        "Fastlægge retningslinjer for involvering og sikre sammenhæng med strategier",
        "Arbejde videre med de gode input til hhv. ledertrivsel og reformarbejdet",
    ]
    for draft in drafts:
        assert draft.title[0].isupper() and not draft.title.endswith(".")
        assert len(draft.title) <= 90
        assert draft.agenda_item_number == 1


def test_sample_seminar(drafts):
    seminar = by_title(drafts, "Seminar for Strategisk Chefforum")
    assert seminar.deadline_text == "primo marts"
    assert (seminar.due_start, seminar.due_end) == (date(2025, 3, 1), date(2025, 3, 10))
    assert seminar.owner_names == ["Strategisk Chefforum"]
    assert seminar.source_text.startswith("De kortsigtede sigtspunkter inkluderer")
    assert seminar.point_index is None  # from a decision paragraph


def test_sample_budget_day_and_strategy(drafts):
    budget = by_title(drafts, "Budgettemadag")
    assert budget.deadline_text == "den 27. marts 2025"
    assert budget.due_start == budget.due_end == date(2025, 3, 27)
    strategy = by_title(drafts, "Implementeringsstrategi til politisk godkendelse")
    assert "april/maj 2025" in strategy.deadline_text
    assert (strategy.due_start, strategy.due_end) == (date(2025, 4, 1), date(2025, 5, 31))


def test_sample_undated_drafts(drafts):
    for words in ("personalepolitik", "onboarding", "videre arbejde i Strategisk Chefforum"):
        draft = by_title(drafts, words)
        assert draft.deadline_text is None and draft.due_start is None and draft.due_end is None
    # "Bente" is neither an attendee nor a known person: no owner is guessed
    assert by_title(drafts, "personalepolitik").owner_names == []
    assert by_title(drafts, "videre arbejde").owner_names == ["Strategisk Chefforum"]


def test_sample_guidelines_from_plenum_bullet(sample, drafts):
    guidelines = by_title(drafts, "retningslinjer for involvering")
    assert guidelines.owner_names == ["Strategisk Chefforum", "Direktionen"]
    assert guidelines.point_index == 14
    point = sample.agenda_items[0].points[14]
    assert point.kind == "plenum" and guidelines.source_text in point.text
    assert guidelines.source_text.startswith("Strategisk Chefforum og Direktionen skal")


def test_sample_discussion_bullets_are_not_drafts(drafts):
    titles = " ".join(d.title for d in drafts).lower()
    for words in (
        "sige nej",
        "fokustid",
        "forenkles",
        "ejerskab",
        "seks reformspor",
        "oktober 2024",
    ):
        assert words not in titles


def test_known_people_give_owners(sample):
    drafts = extract_draft_actions(sample, known_people=["Bente Klausen"])
    assert by_title(drafts, "personalepolitik").owner_names == ["Bente Klausen"]
    assert by_title(drafts, "onboarding").owner_names == ["Bente Klausen"]


def with_point(minutes: ParsedMinutes, text: str) -> ParsedMinutes:
    item = minutes.agenda_items[0]
    item = replace(item, points=[MinutesPoint("Opfølgning", text, "plenum")])
    return replace(minutes, agenda_items=[item])


def test_ambiguous_first_names_propose_nobody(sample):
    # two Charlottes and three Mortens attend: only the unique Lasse is proposed
    minutes = with_point(sample, "Charlotte og Lasse udarbejder et notat om mødekultur i uge 12.")
    (draft,) = extract_draft_actions(minutes)
    assert draft.owner_names == ["Lasse Lyø Rahbek"]
    assert draft.title == "Udarbejde et notat om mødekultur"
    assert draft.deadline_text == "i uge 12"
    minutes = with_point(sample, "Charlotte Jakobsen og Morten udarbejder et notat i uge 12.")
    assert extract_draft_actions(minutes)[0].owner_names == ["Charlotte Jakobsen"]


def test_direktionen_drafts():
    minutes = load("referat-direktionen-2025-09-10.md")
    drafts = extract_draft_actions(minutes)
    got = [
        (d.agenda_item_number, d.title, d.deadline_text, d.due_start, d.due_end, d.owner_names)
        for d in drafts
    ]
    assert got == [
        (
            1,
            "Samle temaerne fra postkortene og sende dem til Strategisk Chefforum",
            "i uge 42",
            date(2025, 10, 13),
            date(2025, 10, 19),
            ["Torben G. M. Benneskov"],
        ),
        (
            1,
            "Udarbejde et oplæg til en ny mødekultur",
            "inden sommerferien",
            date(2025, 9, 10),
            date(2026, 6, 30),
            ["Charlotte Veilskov", "Lasse Lyø Rahbek"],
        ),
        (2, "Igangsætte et fælles reformsekretariat", None, None, None, ["Direktionen"]),
        (
            2,
            "Afdække kompetencebehovet",
            "ultimo oktober",
            date(2025, 10, 21),
            date(2025, 10, 31),
            ["HR"],
        ),
        (
            2,
            "Forelægge en samlet implementeringsplan for Kommunalbestyrelsen",
            "i 2. kvartal 2026",
            date(2026, 4, 1),
            date(2026, 6, 30),
            ["Direktionen"],
        ),
    ]
    assert [d.point_index for d in drafts] == [None, 2, None, 1, None]


def test_plain_chefforum_drafts():
    drafts = extract_draft_actions(load("referat-strategisk-chefforum-2025-11-05.txt"))
    got = [(d.agenda_item_number, d.title, d.deadline_text, d.owner_names) for d in drafts]
    assert got == [
        (1, "Følge op med de enkelte fagområder", "medio december", ["Selma Mujacic"]),
        (2, "Udarbejde en evaluering", "i 2. kvartal 2026", ["Sekretariatet"]),
    ]
    assert drafts[1].source_text == "Sekretariatet skal udarbejde en evaluering i 2. kvartal 2026."


def test_no_drafts_from_noting():
    minutes = parse_minutes(
        "REFERAT Direktionen d. 01-10-2025\n\nPunkt 1: Orientering\n\nBeslutning\n"
        "Taget til efterretning. Direktionen drøftede sagen.\n"
    )
    assert extract_draft_actions(minutes) == []


def test_split_sentences_keeps_abbreviations_and_initials():
    text = "Torben G. M. Benneskov deltog bl.a. kl. 9. Direktionen d. 3. marts samler op. Slut!"
    assert split_sentences(text) == [
        "Torben G. M. Benneskov deltog bl.a. kl. 9.",
        "Direktionen d. 3. marts samler op.",
        "Slut!",
    ]


def test_long_titles_are_cut_at_a_word():
    from tracker.minutes.drafts import _People

    title = make_title("et " + "meget lang opgave " * 10, _People([]))
    assert len(title) <= 90 and title.startswith("Meget lang opgave")
    assert not title.endswith(" ")


def test_to_json_dict_shape(sample, drafts):
    data = to_json_dict(sample, drafts)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert set(data) == {
        "meeting",
        "attendees",
        "agenda_items",
        "draft_actions",
        "attachments",
        "warnings",
    }
    assert data["warnings"] == []  # the sample's date is in its head: nothing to check
    assert data["meeting"] == {
        "forum": "Lederforum",
        "title": "REFERAT Lederforum d. 26-02-2025",
        "date": "2025-02-26",
        "start_time": "08:30",
        "location": "Sønderø Rådhus, Tingstedet 1+2",
    }
    assert data["attendees"][19] == {"name": "Christine Meinhardt Wille", "present": False}
    (item,) = data["agenda_items"]
    assert set(item) == {"number", "title", "case_number", "summary", "decision", "points"}
    assert item["case_number"] == "S2024-702"
    assert item["points"][4] == {
        "heading": "Ledertrivsel",
        "text": sample.agenda_items[0].points[4].text,
    }
    seminar = data["draft_actions"][0]
    assert seminar == {
        "title": "Seminar for Strategisk Chefforum om reformerne",
        "source_text": drafts[0].source_text,
        "deadline_text": "primo marts",
        "due_start": "2025-03-01",
        "due_end": "2025-03-10",
        "owner_names": ["Strategisk Chefforum"],
        "agenda_item_number": 1,
    }
    assert data["draft_actions"][3]["due_start"] is None
    assert (
        data["attachments"][1] == "Bilag 2. One-pager_ Opsummering af lederforumseminar og postkort"
    )
