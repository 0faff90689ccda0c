"""A count of items with holes: the numbered lines that fill them exactly are items too.

An agenda whose entries are written as the meeting's outcome ("1. Kommentarer til …",
"2. Der er enighed om at vente …", "3. Anna og Bo laver en hjemmeside.", "4. …") has lines
that read as sentences, not titles; alone each would be a list line. When the items found
count 1, 4, 5 and the lines between them at the same column are numbered exactly 2 and 3, in
order, the count 1..5 is the evidence: they are the missing items. An entry that is a whole
sentence is the item's minutes too, so its tasks are read under its own number.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.minutes.header import Line
from tracker.minutes.heading import WEAK, Heading
from tracker.minutes.numbered_minutes import lower_first
from tracker.minutes.repairs import LOST_TITLE
from tracker.minutes.sections import _NUMBER_TITLE

_NUMBER_TITLE_LOWER = re.compile(r"^\s*1(?:[.):]|\s)\s*")


def lost_count(
    lines: list[Line], candidates: dict[int, Heading], accepted: dict[int, Heading]
) -> None:
    """Word's lost numbering: three or more numbered lines at one column, every one " 1."
    and no other number there, are the items, each " 1." the next one (the items found so
    far among them); changes ``accepted`` in place (numbered in order later, with a warning)."""
    ones = [j for j, h in candidates.items() if h is not None and h.number == 1]
    columns = {lines[j].indent for j in ones}
    if len(ones) < 3 or len(columns) != 1:
        return
    column = columns.pop()
    others = [
        j
        for j, h in candidates.items()
        if h is not None and h.number != 1 and lines[j].indent == column
    ]
    if others or not accepted or not set(accepted) <= set(ones):
        return  # another number there, other items, or none of them read as an item yet
    ones.sort()
    for j, following in zip(ones, [*ones[1:], len(lines)], strict=False):
        heading = accepted.get(j, candidates[j])  # each " 1." an item
        alone = not any(line.text for line in lines[heading.end : following])
        accepted[j] = _run_together(lines[j], heading, alone)


def nested_twos(lines: list[Line], accepted: dict[int, Heading]) -> None:
    """A " 2. Formand" right below " 1. Meddelelser" (no line between) where every other item
    is " 1." (Word's lost numbering): the first point of a list inside that item, not an
    item; dropped from ``accepted`` in place."""
    numbers = [h.number for h in accepted.values()]
    if numbers.count(1) < 3 or any(n not in (1, 2) for n in numbers):
        return
    for j in [j for j, h in accepted.items() if h.number == 2]:
        above = accepted.get(j - 1)
        if above is not None and above.number == 1 and lines[j].indent == lines[j - 1].indent:
            del accepted[j]


def _run_together(line: Line, heading: Heading, alone: bool) -> Heading:
    """A paragraph whose first sentence stands as the title ("Ib taler med naboerne. Der
    …"): a sentence of five words or more is minutes too, kept in the item's text; so is a
    title that is a whole sentence with no text below it. (A sentence over its own text,
    "Kirkeværgen gennemgår forslaget.", is the agenda's title.)"""
    m = _NUMBER_TITLE.match(line.text)
    if m and heading.inline and len(heading.title.split()) >= 5:
        return replace(heading, inline=m.group(2).strip())
    return _as_item(line, heading) if alone else heading


def fill_count_gaps(
    lines: list[Line], candidates: dict[int, Heading], accepted: dict[int, Heading]
) -> None:
    """Accept the candidates that fill a hole in the accepted items' count exactly (in
    order, at the column of the item above the hole); changes ``accepted`` in place."""
    found = sorted(accepted)
    for above, below in zip(found, found[1:], strict=False):
        first, last = accepted[above].number, accepted[below].number
        if first is None or last is None or last - first < 2:
            continue
        between = [j for j in sorted(candidates) if above < j < below and candidates[j] is not None]
        numbers = [candidates[j].number for j in between]
        listed = next((h for j, h in accepted.items() if j < above and h.number == first + 1), None)
        if not between and last - first == 2 and listed is not None:
            # " 3. Idé og tegning blev vist …, se dette referat. …" below the agenda's list: a
            # paragraph too long for a heading at the items' column, numbered as the one item
            # missing: that item's minutes (its title the list's)
            lost = _lost_paragraph(lines, above, below, listed)
            if lost is not None:
                accepted[lost.index] = lost
            continue
        if numbers == [1] and last - first == 2 and _lost_one(lines, accepted, between[0]):
            # "  1. Meddelelser …" between "2." and "4.", at the column of the list's first
            # "  1.": Word lost its number, the one missing
            accepted[between[0]] = replace(
                _as_item(lines[between[0]], candidates[between[0]]), number=first + 1
            )
            continue
        if numbers != list(range(first + 1, last)):
            continue  # not exactly the missing numbers: a list inside the item, or nothing
        if any(lines[j].indent != lines[above].indent for j in between):
            continue
        for j in between:
            accepted[j] = _as_item(lines[j], candidates[j])
        if any(accepted[j].inline for j in between):
            _sentences_without_text(lines, accepted)
    _leading_hole(lines, candidates, accepted)
    _count_goes_on(lines, candidates, accepted)


def _lost_one(lines: list[Line], accepted: dict[int, Heading], j: int) -> bool:
    """Line ``j`` ("  1. …") stands at the column of the accepted first item's "1."."""
    ones = [i for i, h in accepted.items() if h.number == 1 and i < j]
    return bool(ones) and lines[j].indent == lines[ones[0]].indent


def _lost_paragraph(lines: list[Line], above: int, below: int, listed: Heading) -> Heading | None:
    """The one line between two items at the column of the one above, numbered as the listed
    item, as that item with the list's title and its text the minutes, or None."""
    number = listed.number
    mark = re.compile(rf"^\s*{number}[.)]\s+(?=\S)")
    found = [j for j in range(above + 1, below) if mark.match(lines[j].text)]
    if len(found) != 1 or lines[found[0]].indent != lines[above].indent:
        return None
    j = found[0]
    text = mark.sub("", lines[j].text)
    if text.lower().startswith(listed.title.lower()):
        text = text[len(listed.title) :].strip(" .:-–")  # the title written again before it
    return Heading(j, number, listed.title or LOST_TITLE, WEAK, inline=text)


def _leading_hole(
    lines: list[Line], candidates: dict[int, Heading], accepted: dict[int, Heading]
) -> None:
    """The items found start at 2 or later and the only numbered lines above them, at their
    column, count exactly from 1 up to them ("1). Referatet blev taget til efterretning." above
    "2). Regnskabet. …"): the first items, though written as sentences; changes ``accepted``."""
    if not accepted:
        return
    first = min(accepted)
    number = accepted[first].number
    if number is None or number < 2:
        return
    above = [j for j in sorted(candidates) if j < first and candidates[j] is not None]
    lower = lower_first(lines, first, past_text=True) if number == 2 and not above else None
    if lower is not None:
        # "1 godkendelse af ref. fra sidste møde." above "2 Nyt fra kassereren:": written small
        text = _NUMBER_TITLE_LOWER.sub("", lines[lower].text)
        heading = Heading(lower, 1, text[:1].upper() + text[1:].rstrip("."))
        accepted[lower] = _as_item(lines[lower], heading)
        return
    if [candidates[j].number for j in above] != list(range(1, number)):
        return
    if any(lines[j].indent != lines[first].indent for j in above):
        return
    for j in above:
        accepted[j] = _as_item(lines[j], candidates[j])


def _count_goes_on(
    lines: list[Line], candidates: dict[int, Heading], accepted: dict[int, Heading]
) -> None:
    """ "6). Elevhold. Der ligger en forespørgsel …", "7). …" after the items 1-5 and a
    paragraph of item 5's: paragraphs of their own, each a short title and its minutes on the
    line, at the last item's column, numbered on from it without a hole (two or more): the
    next items, though each alone is too long to read as a title."""
    if len(accepted) < 2:
        return
    last = max(accepted)
    number = accepted[last].number
    run = []
    for j in sorted(k for k in candidates if k > last and candidates[k] is not None):
        heading = candidates[j]
        if number is None or heading.number != number + 1:
            break
        if lines[j].indent != lines[last].indent or (j and lines[j - 1].text):
            break
        if len(heading.title.split()) > 8:
            break
        run.append(j)
        number = heading.number
    if len(run) >= 2 and any(candidates[j].inline for j in run):
        accepted.update((j, candidates[j]) for j in run)


def _sentences_without_text(lines: list[Line], accepted: dict[int, Heading]) -> None:
    """In a list whose entries are the outcome, an item that is a sentence with no text of
    its own ("5. Datoen aftales på mødet i april.") is its own minutes too."""
    found = sorted(accepted)
    for i, following in zip(found, [*found[1:], len(lines)], strict=False):
        if not any(line.text for line in lines[accepted[i].end : following]):
            accepted[i] = _as_item(lines[i], accepted[i])


# A whole sentence after the number: five words or more and a full stop
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){4,}[^.\s]{2}\.$")


def _as_item(line: Line, heading: Heading) -> Heading:
    """The candidate as an item; a sentence for a title is also the item's minutes."""
    m = _NUMBER_TITLE.match(line.text)
    entry = m.group(2).strip() if m else ""
    if heading.inline or not _SENTENCE.match(entry):
        return heading
    return replace(heading, title=entry.rstrip("."), inline=entry)
