"""A web page's nested numbered lists: the items at the outermost column, counting 1, 2, … n
without a break, with lists further in below each ("  1. Besøg fra kommunen." / "   1. Status"
/ "    1. Høring" / "   2. Release" / "  2. Ungerådet virtuelt" / …). The outer count is the
items and every list further in their text, whatever the lines further in look like and
whether the outer titles end in a full stop. A PDF's outline lost its columns ("1. Drejebog" /
"1. Generalforsamling" / … / "2. Standerhejsning" / … / "2. Medlemmer"): a list that starts at
1 right below an item's title, and ends where the outer count goes on, is that item's text.

Used by :mod:`tracker.minutes.agenda`. Pure module: stdlib only.
"""

from __future__ import annotations

from tracker.minutes.fields import Line
from tracker.minutes.heading import Heading

__all__ = ["outer_count"]

_MIN_ITEMS = 3


def outer_count(
    lines: list[Line], candidates: dict[int, Heading], accepted: dict[int, Heading]
) -> dict[int, Heading]:
    """The outermost column's numbered lines as the items when they count 1, 2, … (three or
    more) and lists stand further in between them; ``accepted`` as it is otherwise."""
    numbered = {i: h for i, h in candidates.items() if h.number is not None}
    if not numbered or any(lines[i].level or lines[i].bold for i in numbered):
        return accepted
    outer = min(lines[i].indent for i in numbered)
    if outer == 0:  # a page's own indentation: the margin says nothing of the lists
        return _flat_outline(lines, numbered, accepted)
    items = {i: h for i, h in sorted(numbered.items()) if lines[i].indent == outer}
    inner = [i for i in numbered if lines[i].indent > outer]
    counts = [h.number for h in items.values()]
    if len(items) < _MIN_ITEMS or not inner or counts != list(range(1, len(items) + 1)):
        return accepted
    if min(inner) < min(items):
        return accepted  # a list further in above the first item: not an outline of items
    if set(accepted) == set(items):
        return accepted
    return {i: accepted.get(i, _titled(h)) for i, h in items.items()}


def _titled(heading: Heading) -> Heading:
    """The heading with a full stop after its title dropped ("Besøg fra kommunen.")."""
    heading.title = heading.title.rstrip(".").strip()
    return heading


def _flat_outline(
    lines: list[Line], numbered: dict[int, Heading], accepted: dict[int, Heading]
) -> dict[int, Heading]:
    """The outer count of an outline without columns (see the module) as the items, when every
    numbered line is in it or in a list below one of its titles that the count closes; else
    ``accepted``."""
    outer: list[int] = []
    inner = None  # the last number of the list open below an outer title
    closed = 0
    for k, i in enumerate(order := sorted(numbered)):
        number = numbered[i].number
        if inner is not None and number == inner + 1:
            inner = number  # the open list goes on (before the outer count: "2." in both)
        elif (
            number == 1
            and outer
            and order[k - 1] == outer[-1]
            and not any(lines[j].text for j in range(outer[-1] + 1, i))
        ):
            inner = 1  # right below the title: a list of its own
        elif number == len(outer) + 1:
            closed += inner is not None
            outer.append(i)
            inner = None
        else:
            return accepted
    if inner is not None or not closed or len(outer) < _MIN_ITEMS or set(accepted) == set(outer):
        return accepted
    return {i: accepted.get(i, _titled(numbered[i])) for i in outer}
