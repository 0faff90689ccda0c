"""Lines shaped to make a pattern search slow (one long word, a phrase repeated for pages, a
long numbered line): they are read, the way a short one is, and propose nothing."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.minutes.describes import describes_before
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.letters import CAPITALS
from tracker.minutes.parser import parse_minutes
from tracker.minutes.title_dot import title_dot_text

# The patterns the linear readings replace, kept as their specification: each reading must
# give what its pattern gave (they cost the square of a line's length or more). The minutes
# after the title's stop may open with a figure ("… marts. 3 klubber har …"), a note in
# brackets, or any capital ("Ł"), as title_dot's reading has learnt since.
TITLE_DOT_TEXT = re.compile(
    r"^([A-ZÆØÅ](?:[^.:\s]*\s?){1,6}?)(?:\.|(?<=\?))(?:\.?\s+|(?=[A-ZÆØÅ][a-zæøå]))"
    r"([" + CAPITALS + r"]\S*\s.*|\d+\s+[a-zæøå]+\s.*|\((?=[^)]{60}|[^)]*[.?!]\s)\S*\s.*)$"
)
DESCRIBES = re.compile(
    r"\b(?:(?:det|den|dem|noget|alt|dette)\s+der|som)\s+"
    r"(?:(?:løbende|normalt|altid|typisk|sædvanligvis|allerede|ofte|også)\s+)*$"
    r"|\b(?:før|når|hvis|inden|medmindre|såfremt)\s+(?:(?:der|det|man|de)\s+)?"
    r"(?:(?:kan|kunne|skal|må)\s+)?$|\b(?:kan|kunne)\s+(?:også\s+)?$"
)
BODY_NEXT = re.compile(
    r"(\b[a-zæøå][a-zæøå0-9-]*)\s+(?=(?:Udvalget|Rådet|Bestyrelsen|Forvaltningen|Administrationen"
    r"|Formanden|Sekretariatet|Menighedsrådet|Skolebestyrelsen)\s+(?:vil|skal|bør|må)\s)"
)

HEAD = "Referat\nMødedato: 1. december 2026\nDeltagere: Bo Lund, Eva Holm\n\nPunkt 1: Drift\n"


def _read(body: str):
    minutes = parse_minutes(HEAD + body + "\n")
    return minutes, extract_draft_actions(minutes, [], [], undated=date(2026, 12, 6))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Ab", "a", "b?", "?", " ", "  ", ".", ". ", ":", "Der er", "1", "\n", "Ł"])
    ).map(lambda parts: "Ø" + "".join(parts[:14]))
)
def test_title_dot_text_reads_a_line_as_the_pattern_did(line):
    old = TITLE_DOT_TEXT.match(line)
    new = title_dot_text(line)
    expected = (old.group(1), old.group(2)) if old else None
    assert ((new.group(1), new.group(2)) if new else None) == expected


def test_title_dot_text_splits_title_and_minutes():
    assert title_dot_text("Økonomi.  Budget 2022 vedtages").group(1) == "Økonomi"
    assert title_dot_text("Kassebeholdning.Søren meddelte, at").group(2) == "Søren meddelte, at"
    assert title_dot_text("Hvad nu? Der er intet").group(1) == "Hvad nu?"
    assert title_dot_text("Indledning af de seks nye medlemmer. Der er").group(1) == (
        "Indledning af de seks nye medlemmer"
    )
    assert title_dot_text("Indledning af de syv nye medlemmer i rådet. Der er") is None


def test_a_word_of_200000_letters_is_read_and_proposes_nothing():
    minutes, drafts = _read("a" * 200_000)
    assert [item.title for item in minutes.agenda_items] == ["Drift"]
    assert drafts == []


def test_a_long_numbered_line_is_read_as_one_item():
    minutes, drafts = _read("2. Økonomi" + "a" * 20_000 + " b?c d")
    assert [item.number for item in minutes.agenda_items] == [1]
    assert drafts == []


def test_a_deadline_repeated_for_pages_is_read():
    phrase = "Referatet sendes senest den 1. marts "
    minutes, drafts = _read(phrase * (200_000 // len(phrase)))
    assert [item.title for item in minutes.agenda_items] == ["Drift"]
    assert all(draft.agenda_item_number == 1 for draft in drafts)


def test_a_hyphenated_run_before_a_body_is_read():
    minutes, drafts = _read("Bo " + "a-" * 25_000 + "x Udvalget vil")
    assert [item.title for item in minutes.agenda_items] == ["Drift"]
    assert drafts == []


_DESCRIBING = ["det", "der", "som", "løbende", "også", "før", "hvis", "kan", "skal", "man", "x"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_DESCRIBING), st.sampled_from([" ", "  ", "\n", "-", ""]))
    ).map(lambda pairs: "".join(word + space for word, space in pairs[:7]))
)
def test_describes_before_reads_as_the_pattern_did(text):
    assert describes_before(text, len(text)) == bool(DESCRIBES.search(text, 0, len(text)))


def test_a_clause_of_many_described_passives_is_read():
    minutes, drafts = _read("Bo Lund: " + "det der ajourføres " * 2_600)
    assert [item.title for item in minutes.agenda_items] == ["Drift"]
    assert drafts == []


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "Ab", "-", "a-", "9", " ", ".", "Udvalget vil ", "Rådet må ", "X"])
    ).map(lambda parts: "".join(parts[:16]))
)
def test_a_body_and_its_modal_end_the_sentence_before_them_as_the_pattern_did(text):
    from tracker.minutes.splitting import _body_next

    assert _body_next(text) == BODY_NEXT.sub(r"\1. ", text)


# The deadline rules' "… er rykket" and "… angående" were a search of the whole text per date
# found: a text of thousands of dates took 17 s for 200 KB. They now look at the places found
# once (task_deadlines._ending_at); these are the patterns they replace, compared on texts.
MOVED_AFTER_WORDS = r"\s+(?:er|blev|bliver|vil\s+blive)\s+(?:rykket|flyttet|udsat|aflyst)\b"
ABOUT_AFTER_WORDS = r"\s+(?:angående|vedrørende|vedr\.)"
_PIECES = ["den 3. maj", "den 3. maj", " er rykket", " blev  flyttet", " angående", " vedr.", " "]
_PIECES += ["x", "Mødet", "\n", " er", " rykket", "bliver"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_dates_moved_or_about_are_found_as_the_patterns_did(pieces):
    from tracker.minutes import task_deadlines as td

    text, words = "".join(pieces), "den 3. maj"
    for pattern, compiled in (
        (MOVED_AFTER_WORDS, td._MOVED_AFTER),
        (ABOUT_AFTER_WORDS, td._ABOUT_AFTER),
    ):
        flags = re.IGNORECASE if compiled.flags & re.IGNORECASE else 0
        old = bool(re.search(re.escape(words) + pattern, text, flags))
        places = [m.start() for m in compiled.finditer(text)]
        assert (words in td._ending_at(text, places, len(words), {})) == old, text
