"""A referat whose numbered lines are the minutes without their items' titles ("1. Lene
fremlagde regnskabet. …", "2. …", "6. …": the minutes of the agenda's items 1, 2, 6), read as
items titled as missing; and item 1 above item 2 when its sentence opens in lower case
("1: økonomien vedr. mødet gennemgået og godkendt."); and a plain count 1, 2, 3, … of
numbered lines of mixed shapes as the items when no other reading found any. Used by
:mod:`tracker.minutes.agenda` when no heading is found, and by
:mod:`tracker.minutes.count_gaps`.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.minutes.dotted_minutes import dotted_title
from tracker.minutes.header import Line
from tracker.minutes.heading import WEAK, Heading
from tracker.minutes.referat_marks import is_referat_like
from tracker.minutes.repairs import LOST_TITLE

__all__ = ["counted_items", "lower_first", "numbered_minutes"]


def numbered_minutes(lines: list[Line], candidates: dict[int, Heading]) -> dict[int, Heading]:
    """Items whose titles the referat leaves out: every numbered line a whole sentence, the
    numbers rising with gaps ("1. Lene fremlagde regnskabet. …", "2. …", "6. …", "9. Udsættes
    til næste møde.": the minutes of the agenda's items 1, 2, 6 and 9), each an item titled
    as missing with its sentences as its minutes."""
    numbered = [(i, h) for i, h in sorted(candidates.items()) if h.number is not None]
    if len(numbered) < 2 or not is_referat_like(lines):
        return {}  # a numbered list in another text ("1. Hvad er …"), no referat's items
    numbers = [h.number for _, h in numbered]
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return {}
    items: dict[int, Heading] = {}
    texts = {i: _NUMBER_PREFIX.sub("", lines[i].text) for i, _ in numbered}
    run_in = {i: m for i, m in ((i, _RUN_IN_TITLE.match(t)) for i, t in texts.items()) if m}
    dotted = {i: d for i, d in ((i, dotted_title(t)) for i, t in texts.items()) if d}
    # "4). Eventuelt. Intet.": a one-word title and its one-word minutes
    dotted |= {i: (m[1], m[2]) for i, t in texts.items() if (m := _WORD_AND_WORD.match(t))}
    dotted = dotted if len(dotted) >= 2 else {}  # "2) Strøm. Der holdes øje …", "3) …"
    for i, heading in numbered:
        text = texts[i]
        short = len(text.split()) < 3 and i not in dotted  # ("Eventuelt. Intet." is dotted)
        if short or not text.endswith(".") or heading.refers_back:
            return {}  # a title, not a sentence: no referat of this shape
        if i in run_in:
            # "2. Siden sidst: Per ordner …": the title, its minutes run in after the colon
            title, rest = text[: run_in[i].end()].strip(" :"), text[run_in[i].end() :]
            items[i] = Heading(i, heading.number, title, WEAK, inline=rest)
        elif i in dotted:
            items[i] = Heading(i, heading.number, dotted[i][0], WEAK, inline=dotted[i][1])
        elif run_in and len(text.split()) <= 5:
            # beside such lines a short one is a title with no minutes ("1. Godkendelse af
            # dagsordenen.")
            items[i] = Heading(i, heading.number, text.rstrip("."), WEAK)
        else:
            items[i] = Heading(i, heading.number, LOST_TITLE, WEAK, inline=text)
    first = lower_first(lines, numbered[0][0]) if numbers[0] == 2 else None
    if first is not None:
        items[first] = Heading(first, 1, LOST_TITLE, WEAK, inline=_sentences(lines[first].text))
    return items


def counted_items(lines: list[Line], candidates: dict[int, Heading]) -> dict[int, Heading]:
    """The numbered lines as the items when nothing else is and they count 1, 2, 3, … in order
    (three or more) in a referat: "1. Valg af kirkeskib." / its text, "2. Lørdagskonfirmation
    fra 2020? Et flertal …", "4. Skal vi købe slideshow …?", each read as its line was; one
    number the count skips ("4." then "6.": a line the copy lost) leaves the rest counting."""
    numbered = [(i, h) for i, h in sorted(candidates.items()) if h.number is not None]
    numbers = [h.number for _, h in numbered]
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    if len(numbered) < 3 or numbers[0] != 1 or any(step not in (1, 2) for step in steps):
        return {}
    if steps.count(2) > 1 or (2 in steps and len(numbered) < 5):
        return {}
    if any(not h.title for _, h in numbered) or not is_referat_like(lines):
        return {}
    return {i: replace(h, strength=WEAK) for i, h in numbered}


def _sentences(text: str) -> str:
    """A numbered line's sentences without the number ("1: økonomien …" -> "økonomien …")."""
    return _NUMBER_PREFIX.sub("", text)


def lower_first(lines: list[Line], second: int, past_text: bool = False) -> int | None:
    """The line of item 1 above item 2's when its sentence opens in lower case ("1: økonomien
    vedr. mødet gennemgået og godkendt."), numbered as item 2 is (the same mark after it, or
    none: "1 godkendelse af referatet." above "2 Nyt fra kassereren:"); ``past_text``: item 1's
    own lines may stand between (up to six)."""
    mark = re.match(r"^\s*2([.):]|\s)", lines[second].text)
    for j in range(second - 1, max(-1, second - (12 if past_text else 5)), -1):
        text = lines[j].text
        if mark and re.match(r"^\s*1" + re.escape(mark[1]) + r"\s*[a-zæøå]", text):
            words = _sentences(text).split()
            return j if len(words) >= 3 and text.endswith(".") else None
        if text and not past_text:
            return None
    return None


_NUMBER_PREFIX = re.compile(r"^\s*\d{1,3}(?:\.?\)\.?|[.:])\s*")  # "1.", "1)", "1).", "1:"
_WORD_AND_WORD = re.compile(r"^([A-ZÆØÅ][\wæøå-]+)\.\s+([A-ZÆØÅ][\wæøå-]+\.)$")
# A short title and a colon opening the line ("Siden sidst: …", "Kommende arrangementer: …")
_RUN_IN_TITLE = re.compile(r"^[A-ZÆØÅ][^:.,;]{1,40}:\s")
