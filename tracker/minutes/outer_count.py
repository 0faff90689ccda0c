"""A web page's nested numbered lists: the items at the outermost column, counting 1, 2, … n
without a break, with lists further in below each ("  1. Besøg fra kommunen." / "   1. Status"
/ "    1. Høring" / "   2. Release" / "  2. Ungerådet virtuelt" / …). The outer count is the
items and every list further in their text, whatever the lines further in look like and
whether the outer titles end in a full stop.

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
    if outer == 0:
        return accepted  # a page's own indentation: the margin says nothing of the lists
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
