"""A numbered list inside an item that starts again at 1 and is read as items: "3. Evaluering
af:" / "1. Skiftende tilsyn med havnen" / "Beslutning: …" / "4. Evt. opsigelse af …". The items'
count goes on with 4 right after the list, so the list (1, or 1, 2, …) is the item's own text,
not items 1, 2 again. Where item N is written "Ad N:" and the lists' lines are not, every list
down to "Ad N + 1:" is the item's text, however the lists count ("Ad 4:" / "1." … "4." / "1." /
"Ad 5:").

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

from tracker.minutes.heading import Heading

__all__ = ["drop_nested_restarts"]


def drop_nested_restarts(headings: dict[int, Heading]) -> dict[int, Heading]:
    """``headings`` without each run counting 1, 2, … between item N (two or more) and item
    N + 1 (see the module)."""
    order = sorted(headings)
    numbers = [headings[i].number for i in order]
    drop: set[int] = set()
    k = 1
    while k < len(order):
        outer = numbers[k - 1]
        if numbers[k] != 1 or outer is None or outer < 2:
            k += 1
            continue
        end = k
        if headings[order[k - 1]].refers_back and not headings[order[k]].refers_back:
            # "Ad 4:" / "1. …" … "4. …" / "1. …" / "Ad 5:": every list down to the next item
            # of the items' own form, whatever the lists count to
            while end < len(order) and not headings[order[end]].refers_back:
                end += 1
        while end < len(order) and numbers[end] == end - k + 1:
            end += 1  # the run 1, 2, … m
        if end < len(order) and numbers[end] == outer + 1:
            drop.update(order[k:end])
        k = end if end > k else k + 1
    if not drop:
        return headings
    return {i: h for i, h in headings.items() if i not in drop}
