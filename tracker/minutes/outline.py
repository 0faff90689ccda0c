"""Where a plain text's agenda items stand: a web page's lists keep their indentation, so the
items' numbers have a column of their own and a list inside an item stands further in; and a
numbered heading that is a whole sentence is an item when it stands as a paragraph of its own.

Used by :mod:`tracker.minutes.agenda`. Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from tracker.minutes.header import Line
from tracker.minutes.sections import _NUMBER_TITLE, _PUNKT, BULLET

# A numbered line's mark: "6." / "1)" / "3:" / "3 -"
_MARK = re.compile(r"^\s*\d{1,3}\s*([.):]|\s[-–])")

if TYPE_CHECKING:
    from tracker.minutes.agenda import Heading


def sentence_heading(
    lines: list[Line],
    i: int,
    heading: Heading,
    last_number: int,
    after_text: bool,
    list_above: bool = False,
) -> bool:
    """ "4. Kollektindsamlinger … tydeliggøres gennem forudgående information." as a paragraph
    of its own, numbered next after the last item, with text below it: an item whose title is
    a whole sentence (a small body's referat), not a list point. A paragraph that holds its
    own minutes ("2. Venskabsmenighed med X? … Vi vil gerne indgå i det.") needs no text below
    when the next numbered line goes on counting, unless a rejected point stands right above
    (``list_above``: a list's points inside an item)."""
    if not (
        heading.number == last_number + 1
        and after_text
        and (i == 0 or not lines[i - 1].text)
        and len(lines[i].text) <= 200
    ):
        return False
    if heading.inline and len(heading.title.split()) <= 6:
        return False
    if _text_below(lines, i):
        return True
    return bool(heading.inline) and not list_above and _count_goes_on(lines, i, heading.number)


# Words before a number that make it a reference, not an item: "… i punkt" / "3 Title"
_REFERENCE_END = re.compile(
    r"(?:\b(?:den|d|kl|nr|pkt|punkt|side|uge|stk|ca)\.?|[,&§]|\b(?:og|eller))\s*$", re.I
)


def counts_on(
    lines: list[Line],
    i: int,
    heading: Heading,
    last: int,
    last_number: int | None,
    after_text: bool,
) -> bool:
    """ "7 Hvem skal være vores leverandør?" numbered next after the last item (line ``last``)
    and its text, at the items' column, a title's length: the next item, though its shape
    alone (a question, a title below a line without a full stop) would not say so."""
    text = lines[i].text
    return bool(
        last_number
        and heading.number == last_number + 1
        and after_text
        and lines[i].indent == lines[last].indent
        and len(heading.title.split()) <= 12
        and len(text) <= 120
        and not (i and _REFERENCE_END.search(lines[i - 1].text))
    )


# "73 romedlemmer", "15 passive medlemmer": a count and what it counts in lower case (an
# item's title has its capital), no full stop after the number
_COUNT_LINE = re.compile(r"^\d+ [a-zæøå]")


def in_count_list(lines: list[Line], i: int) -> bool:
    """ "2 O-løber" right below "73 romedlemmer", "15 passive medlemmer" at its own column:
    the last line of a list of counts in the item's text, not the next item (two such lines
    above it, neither an item)."""
    above = [j for j in range(max(0, i - 6), i) if lines[j].text][-2:]
    return (
        len(above) == 2
        and re.match(r"\d+ \w", lines[i].text) is not None
        and all(
            _COUNT_LINE.match(lines[j].text) and lines[j].indent == lines[i].indent for j in above
        )
    )


def _count_goes_on(lines: list[Line], i: int, number: int) -> bool:
    """The next line with text is numbered ``number + 1`` (the items' count goes on)."""
    below = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].text), None)
    m = _NUMBER_TITLE.match(lines[below].text) if below is not None else None
    return bool(m) and m.group(1).isdigit() and int(m.group(1)) == number + 1


def _text_below(lines: list[Line], i: int) -> bool:
    """The next line with text is no numbered line (or there is none: the last item)."""
    below = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].text), None)
    if below is None:
        return not any(line.text for line in lines[i + 1 :])
    return not (_NUMBER_TITLE.match(lines[below].text) or _PUNKT.match(lines[below].text))


class Outline:
    """Where a plain text's items stand: a web page's list keeps its indentation, the items'
    numbers at one column (" 3. Beboermødet") and their text, and the lists inside an item,
    elsewhere ("  1. SEAS-NVE …"). When the items have a column of their own, a number there
    that starts again at 1 (" 1. Sommerfest" after " 3.") is the next item, not a list, and a
    number further in is a list inside the item."""

    def __init__(self) -> None:
        self.columns: set[int] = set()  # where the accepted items' numbers end
        self.indents: set[int] = set()
        self.texts: set[int] = set()  # the indents of the items' own text
        self.margin = False  # text at the margin, left of the items, since the last item

    def heading(self, line: Line, heading: Heading) -> None:
        """Note an accepted heading."""
        self.margin = False
        if heading.number is not None:
            self.columns.add(line.indent + len(str(heading.number)))
            self.indents.add(line.indent)

    def body(self, line: Line, started: bool) -> None:
        """Note a line of an item's text (after the first heading); a bullet list at the items'
        column after text at the margin ("<ol>" / "<p>" / "<ul>" / "<ol>" on a web page) is a
        list of its own, not the items' text at their column."""
        if not (started and line.text):
            return
        if self.indents and line.indent < min(self.indents):
            self.margin = True
        if not (self.margin and BULLET.match(line.text)):
            self.texts.add(line.indent)

    def _own(self) -> bool:
        indents = self.indents
        return (
            len(self.columns) == 1
            and len(indents) == 1
            and min(indents) > 0
            and not indents & self.texts
        )

    def restarts(self, line: Line, heading: Heading) -> bool:
        """A short title at the items' own column, numbered again from 1 or on."""
        title = heading.title
        return (
            self._own()
            and heading.number is not None
            and line.indent in self.indents
            and line.indent + len(str(heading.number)) in self.columns
            and len(title.split()) <= 10
            and not title.endswith(".")
        )

    def lost_numbers(self, line: Line, items: Iterable[Heading]) -> bool:
        """Every item so far (two or more) is " 1." at the items' own column, and so is this
        line: a list whose numbers Word lost, each " 1." the next item."""
        numbers = [h.number for h in items]
        return (
            self._own()
            and line.indent in self.indents
            and len(numbers) >= 2
            and all(n == 1 for n in numbers)
        )

    def nested(self, line: Line, heading: Heading) -> bool:
        """A number further in than the items' own column: a list inside the item."""
        return self._own() and line.indent > max(self.indents)

    def inner(self, line: Line) -> bool:
        """A number further in than every item's own (" 1. Grøn kirke" below "2. Fokuspunkt"
        at the margin): a list inside the item when its count starts again."""
        return bool(self.indents) and line.indent > max(self.indents)

    def past_list(self, lines: list[Line], i: int, items: dict, inner_indent: int) -> bool:
        """Line ``i``, the last item's next number, is past a list inside the last of the
        ``items``: back at the items' column, or every numbered line between marked otherwise
        than the items ("6. Evt." / "1) …" / "2) …" / "7. Næste møde")."""
        if self.back_out(lines[i], inner_indent):
            return True
        if not items:
            return False
        last_item = max(items)
        own, item = _MARK.match(lines[i].text), _MARK.match(lines[last_item].text)
        if own is None or item is None or item.group(1).strip() != own.group(1).strip():
            return False
        # the list's lines right above (a bounded look back: linear on any text)
        between = [_MARK.match(line.text) for line in lines[max(last_item + 1, i - 60) : i]]
        marks = {m.group(1).strip() for m in between if m}
        return bool(marks) and own.group(1).strip() not in marks

    def back_out(self, line: Line, inner_indent: int) -> bool:
        """Back at the items' own column after a list further in ("4. Punkter til debat" at
        the margin below " 2. Orientering om …")."""
        return line.indent in self.indents and line.indent < inner_indent
