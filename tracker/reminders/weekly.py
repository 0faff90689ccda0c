"""Who gets the weekly digest, batch by batch: one digest per person with open actions (or an
absent colleague's overdue ones), for the latest week whose moment has passed, as often as the
person chose; none while away. Services flush, never commit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import and_, select

from tracker.extensions import db
from tracker.mail import PlannedEmail
from tracker.mail.kinds import WEEKLY
from tracker.models import Action, OutboxMessage, Person
from tracker.workdays import absence, schedule

from . import batches, digest

FREQUENCY_DAYS = 62  # a monthly digest looks back two months for the last one


def weekly_subject(week: int):
    """The digest's subject, translated when rendered."""
    return WEEKLY.subject(week=week)


def weekly_key(person: Person, week_key: str) -> str:
    """The digest's unique key: one per person and ISO week."""
    return WEEKLY.key(person=person.id, week=week_key)


def weekly_digest(person: Person, week_key: str, context: dict) -> PlannedEmail:
    """The digest for the ISO week ``week_key`` ("2025-W10") with its content (digest.context)."""
    week = int(week_key.split("W")[1])
    context = {**context, "week": week}
    return WEEKLY.plan(person, context, subject={"week": week}, person=person.id, week=week_key)


def _recent_weeks(person_ids, at: datetime) -> dict[int, list[str]]:
    """Each person's digest weeks of the last two months (for the frequency), oldest first.

    By the key's person id, as the key says whose digest it was (a merged duplicate's old
    digests keep its own, deleted, id)."""
    since = at - timedelta(days=FREQUENCY_DAYS)
    weeks: dict[int, list[str]] = defaultdict(list)
    for key in sorted(
        db.session.scalars(
            select(OutboxMessage.key).where(
                OutboxMessage.person_id.in_(person_ids),
                OutboxMessage.key.startswith(WEEKLY.prefix()),
                OutboxMessage.created_at >= since,
            )
        )
    ):
        parts = WEEKLY.parse(key)
        weeks[int(parts["person"])].append(parts["week"])
    return weeks


def _due_now(person: Person, sent: list[str], period, at, settings) -> bool:
    """The person wants this ``period``'s digest (week key, due moment): turned on, reachable,
    not sent yet, and their frequency."""
    week_key, due = period
    if not person.digest_enabled or not person.mailable(at, settings):
        return False
    if week_key in sent:
        return False
    last = schedule.week_due_day(sent[-1], settings) if sent else None
    return schedule.frequency_due(person.digest_frequency, due.date(), last)


def _stand_ins(substitute_ids, at, settings, today) -> dict[int, list[tuple[Person, list[Action]]]]:
    """For each of ``substitute_ids``: the absent people they stand in for, by name, with the
    overdue actions those people own."""
    absent = [
        p
        for p in db.session.scalars(
            select(Person)
            .where(Person.substitute_id.in_(substitute_ids), Person.absent_until.is_not(None))
            .order_by(Person.id)
        )
        if absence.away_at(p.absent_until, at, settings)
    ]
    if not absent:
        return {}
    overdue: dict[int, list[Action]] = defaultdict(list)
    for action in batches.open_actions(
        and_(Action.owner_id.in_([p.id for p in absent]), Action.overdue_clause(today))
    ):
        overdue[action.owner_id].append(action)
    found: dict[int, list[tuple[Person, list[Action]]]] = defaultdict(list)
    for person in sorted(absent, key=lambda p: p.name):
        if overdue.get(person.id):
            found[person.substitute_id].append(
                (person, sorted(overdue[person.id], key=Action.by_deadline))
            )
    return found


def _digests(people: list[Person], week_key: str, at, settings) -> list[PlannedEmail]:
    """The digests of ``people`` (one batch) who have something to hear about, by person id."""
    today = schedule.day_of(at, settings)
    ids = [p.id for p in people]
    stand_ins = _stand_ins(ids, at, settings, today)
    own = batches.by_person(batches.open_actions(Action.involving(ids)), ids)
    people = [p for p in people if own.get(p.id) or stand_ins.get(p.id)]
    if not people:
        return []
    actions = [a for p in people for a in own.get(p.id, [])]
    actions += [a for p in people for _, acts in stand_ins.get(p.id, []) for a in acts]
    data = digest.load(actions, [p.id for p in people], today)
    return [
        weekly_digest(
            person,
            week_key,
            digest.context(
                person,
                sorted(own.get(person.id, []), key=Action.by_deadline),
                stand_ins.get(person.id, []),
                data,
                settings,
            ),
        )
        for person in people
    ]


def plan_weekly(at: datetime, settings) -> Iterator[list[PlannedEmail]]:
    """The digests due at ``at``, one batch of people (``REMINDER_BATCH``) after the other."""
    period = schedule.current_weekly_period(at, settings)
    if period is None:
        return
    wanted = (Person.digest_enabled.is_(True), Person.active.is_(True), Person.email.is_not(None))
    for people in batches.people(*wanted):
        weeks = _recent_weeks([p.id for p in people], at)
        chosen = [p for p in people if _due_now(p, weeks.get(p.id, []), period, at, settings)]
        yield _digests(chosen, period[0], at, settings) if chosen else []


def plan_weekly_for(person: Person, at: datetime, settings) -> PlannedEmail | None:
    """The digest ``person`` gets at ``at``, as :func:`plan_weekly` makes it, whether already sent
    or turned off (the preview); None when the person has nothing to hear about."""
    period = schedule.current_weekly_period(at, settings)
    if period is None:
        return None
    planned = _digests([person], period[0], at, settings)
    return planned[0] if planned else None
