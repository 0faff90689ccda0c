"""What changed since the last meeting, one net change per action and kind (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol


class EventLike(Protocol):
    id: int
    action_id: int
    old_value: str | None
    new_value: str | None


@dataclass
class Change:
    """One action's change of one field over a period: from the first old to the last new."""

    action: Any
    old: str | None
    new: str | None


def net_changes(events: Iterable[EventLike], actions: dict[int, Any]) -> list[Change]:
    """Fold each action's events (in the order given) into one change, first ``old`` to last
    ``new``; an action whose field came back to where it began is left out."""
    first: dict[int, EventLike] = {}
    last: dict[int, EventLike] = {}
    for event in events:
        first.setdefault(event.action_id, event)
        last[event.action_id] = event
    changes = []
    for action_id, start in first.items():
        old, new = start.old_value, last[action_id].new_value
        if old != new and action_id in actions:
            changes.append(Change(actions[action_id], old, new))
    return changes
