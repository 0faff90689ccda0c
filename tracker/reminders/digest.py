"""What the weekly digest says: per action its deadline, days overdue, the latest note and who
wrote it; what the person updated since their last digest, in a short list of its own; the
absent colleagues they stand in for; the forums' next meetings; whether escalation is in use.

Everything is read in a few grouped queries for all the digests of one batch of the sweep
(``DigestData``), so a batch of hundreds of digests asks the database the same few questions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.extensions import db
from tracker.meetings.queries import next_planned_per_forum
from tracker.models import Action, ActionEvent, Forum, Meeting, OutboxMessage, Person, StatusNote
from tracker.workdays import schedule


@dataclass
class Entry:
    """One action as the digest shows it to one person."""

    action: Action
    co_owner: bool
    days_overdue: int
    latest: StatusNote | None


@dataclass
class DigestData:
    """What every digest of one batch needs, read once."""

    today: date
    latest: dict[int, StatusNote] = field(default_factory=dict)
    last_digest: dict[int, datetime] = field(default_factory=dict)
    updated: dict[int, dict[int, datetime]] = field(default_factory=dict)  # person → action → at
    meetings: dict[int, Meeting] = field(default_factory=dict)  # forum id → next planned


CHUNK = 500  # ids per IN list: well inside every database's limit on bound values


def _chunks(ids) -> list[list[int]]:
    ids = sorted(ids)
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def load(actions: list[Action], people_ids, today: date) -> DigestData:
    """The latest note of each action, each person's last digest, what they changed since it,
    and each forum's next planned meeting: for one batch of digests, through the indexes on
    the action and person ids (never a scan of every note or event)."""
    data = DigestData(today)
    action_ids = {a.id for a in actions}
    for chunk in _chunks(action_ids):
        newest = (
            select(func.max(StatusNote.id))
            .where(StatusNote.action_id.in_(chunk))
            .group_by(StatusNote.action_id)
        )
        for note in db.session.scalars(
            select(StatusNote)
            .where(StatusNote.id.in_(newest))
            .options(selectinload(StatusNote.author))
        ):
            data.latest[note.action_id] = note
    people_ids = set(people_ids)
    if people_ids:
        data.last_digest = dict(
            db.session.execute(
                select(OutboxMessage.person_id, func.max(OutboxMessage.created_at))
                .where(OutboxMessage.kind == "weekly", OutboxMessage.person_id.in_(people_ids))
                .group_by(OutboxMessage.person_id)
            ).all()
        )
    if data.last_digest:
        since = min(data.last_digest.values())
        for chunk in _chunks(action_ids):
            rows = db.session.execute(
                select(
                    ActionEvent.actor_id, ActionEvent.action_id, func.max(ActionEvent.created_at)
                )
                .where(
                    ActionEvent.action_id.in_(chunk),
                    ActionEvent.actor_id.in_(data.last_digest),
                    ActionEvent.created_at >= since,
                )
                .group_by(ActionEvent.actor_id, ActionEvent.action_id)
            )
            for actor_id, action_id, at in rows:
                if at > data.last_digest[actor_id]:
                    data.updated.setdefault(actor_id, {})[action_id] = at
    data.meetings = {m.forum_id: m for m in next_planned_per_forum(today)}
    return data


def _entry(person: Person, action: Action, data: DigestData) -> Entry:
    return Entry(
        action,
        co_owner=action.owner_id != person.id,
        days_overdue=action.days_over(data.today),
        latest=data.latest.get(action.id),
    )


def context(
    person: Person,
    actions: list[Action],
    stand_ins: list[tuple[Person, list[Action]]],
    data: DigestData,
    settings: schedule.ReminderSettings,
) -> dict:
    """The digest's template context for ``person``."""
    updated_ids = data.updated.get(person.id, {})
    entries = [_entry(person, a, data) for a in actions]
    updated = [e for e in entries if e.action.id in updated_ids]
    rest = [e for e in entries if e.action.id not in updated_ids]
    by_id = {e.action.id: e for e in rest}
    sections = schedule.digest_sections(
        [schedule.DigestItem(e.action.id, e.action.due_end) for e in rest], data.today
    )
    forums = {a.forum_id: a.forum for a in actions}
    meetings = [
        {"meeting": m, "closes": rules.status_round_closes(m.date)}
        for m in sorted(
            (data.meetings[f] for f in forums if f in data.meetings), key=lambda m: m.date
        )
    ]
    return {
        "sections": {name: [by_id[i.action_id] for i in items] for name, items in sections.items()},
        "updated": sorted(updated, key=lambda e: e.action.title),
        "stand_ins": [
            {"person": absent, "entries": [_entry(absent, a, data) for a in overdue]}
            for absent, overdue in stand_ins
        ],
        "meetings": meetings,
        "escalation": escalation_notice(forums.values()),
        "total": len(actions),
        "today": data.today,
    }


def escalation_notice(forums) -> list[Forum]:
    """The forums among ``forums`` that use the escalation ladder, by name (the digest says so:
    employees are told of such control measures in advance)."""
    return sorted((f for f in forums if f.escalation_enabled), key=lambda f: f.name)
