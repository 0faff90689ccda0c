"""A proposed follow-up action, and the reading of a referat as the ``--json`` of
``tracker minutes import`` gives it (the draft rules are in tracker.minutes.drafts).

Pure module: stdlib only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.minutes.parser import ParsedMinutes


@dataclass
class DraftAction:
    title: str
    source_text: str
    deadline_text: str | None
    due_start: date | None
    due_end: date | None
    owner_names: list[str] = field(default_factory=list)
    agenda_item_number: int = 0
    point_index: int | None = None  # index into the item's points; None for decision paragraphs
    swept: bool = False  # read from a line no item took (tracker.minutes.sweep): unticked


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def to_json_dict(minutes: ParsedMinutes, drafts: list[DraftAction]) -> dict:
    """The meeting, its items and the proposals as plain data (the CLI's ``--json``)."""
    return {
        "meeting": {
            "forum": minutes.forum,
            "title": minutes.title,
            "date": _iso(minutes.date),
            "start_time": minutes.start_time.strftime("%H:%M") if minutes.start_time else None,
            "location": minutes.location,
        },
        "attendees": [{"name": a.name, "present": a.present} for a in minutes.attendees],
        "agenda_items": [
            {
                "number": item.number,
                "title": item.title,
                "case_number": item.case_number,
                "summary": item.summary,
                "decision": item.decision,
                "points": [{"heading": p.heading, "text": p.text} for p in item.points],
            }
            for item in minutes.agenda_items
        ],
        "draft_actions": [
            {
                "title": d.title,
                "source_text": d.source_text,
                "deadline_text": d.deadline_text,
                "due_start": _iso(d.due_start),
                "due_end": _iso(d.due_end),
                "owner_names": list(d.owner_names),
                "agenda_item_number": d.agenda_item_number or None,  # 0: under no item
            }
            for d in drafts
        ],
        "attachments": list(minutes.attachments),
        "warnings": [w.code for w in minutes.warnings],  # worded by tracker.importing.notices
    }
