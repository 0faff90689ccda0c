"""Which reminder emails are due: the planners, each returning :class:`PlannedEmail` values that
``tracker.mail`` renders and records (services flush, never commit)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import selectinload

from tracker import rules
from tracker.actions.queries import involves
from tracker.extensions import db
from tracker.mail import PlannedEmail
from tracker.meetings.queries import next_planned_per_forum
from tracker.models import (
    OPEN_STATUSES,
    Action,
    Meeting,
    OutboxMessage,
    Person,
    StatusNote,
    action_co_owner,
)

from . import digest, escalation, schedule

KINDS = ("weekly", "status-round", "deadline", "escalation")


def settings_from_config(config) -> schedule.ReminderSettings:
    """The reminder settings of the app's configuration."""
    return schedule.ReminderSettings(
        weekday=config["REMINDER_WEEKDAY"],
        send_time=config["REMINDER_TIME"],
        status_round_days=config["STATUS_ROUND_DAYS"],
        deadline_soon_days=config["DEADLINE_SOON_DAYS"],
        timezone=config["TRACKER_TIMEZONE"],
        closed_days=config["TRACKER_CLOSED_DAYS"],
    )


def existing_keys(prefix: str) -> set[str]:
    """Keys already in the outbox that start with ``prefix``."""
    return set(
        db.session.scalars(select(OutboxMessage.key).where(OutboxMessage.key.startswith(prefix)))
    )


def _open_actions_by_person(person_filter=None, *, everyone=False) -> dict[Person, list[Action]]:
    """Open actions grouped by each owner and co-owner who has an email address (``everyone``:
    also those without one, or deactivated)."""
    query = (
        select(Action)
        .where(Action.status.in_(OPEN_STATUSES))
        .options(
            selectinload(Action.owner),
            selectinload(Action.co_owners),
            selectinload(Action.forum),
        )
    )
    if person_filter is not None:
        query = query.where(person_filter)
    grouped: dict[Person, list[Action]] = defaultdict(list)
    for action in db.session.scalars(query):
        for person in {action.owner, *action.co_owners} - {None}:
            if everyone or (person.email and person.active):
                grouped[person].append(action)
    return grouped


def mailable(person: Person, at: datetime, settings) -> bool:
    """The person gets mail at ``at``: an email, active, and not away (nothing while absent,
    mail again from the working day after)."""
    return bool(
        person.email and person.active and not schedule.away_at(person.absent_until, at, settings)
    )


def open_actions_in_forum(forum_id: int) -> dict[Person, list[Action]]:
    """A forum's open actions by each owner and co-owner who has an email address."""
    return _open_actions_by_person(Action.forum_id == forum_id)


def open_actions_of(person: Person) -> list[Action]:
    """The person's open actions (owned or co-owned)."""
    return _open_actions_by_person(involves(person.id)).get(person, [])


def weekly_subject(week: int):
    """The digest's subject, translated when rendered."""
    return _l("Dine handlinger – uge %(week)d", week=week)


def weekly_key(person: Person, week_key: str) -> str:
    """The digest's unique key: one per person and ISO week."""
    return f"weekly:{person.id}:{week_key}"


def weekly_digest(person: Person, week_key: str, context: dict) -> PlannedEmail:
    """The digest for the ISO week ``week_key`` ("2025-W10") with its content (digest.context)."""
    week = int(week_key.split("W")[1])
    return PlannedEmail(
        weekly_key(person, week_key),
        "weekly",
        person,
        "digest",
        weekly_subject(week),
        {**context, "week": week},
    )


def _stand_ins(grouped, at, settings, today) -> dict[int, list[tuple[Person, list[Action]]]]:
    """For each substitute: the absent people they stand in for, with their overdue actions."""
    found: dict[int, list[tuple[Person, list[Action]]]] = defaultdict(list)
    for person, actions in sorted(grouped.items(), key=lambda p: p[0].name):
        if person.substitute_id is None or not schedule.away_at(person.absent_until, at, settings):
            continue
        overdue = [a for a in actions if a.owner_id == person.id and a.is_overdue(today)]
        if overdue:
            found[person.substitute_id].append((person, sorted(overdue, key=_by_deadline)))
    return found


def _recent_weeks(at: datetime, settings) -> dict[int, list[str]]:
    """Each person's digest weeks of the last two months (for the frequency), newest last."""
    since = at - timedelta(days=62)
    weeks: dict[int, list[str]] = defaultdict(list)
    for key in sorted(
        db.session.scalars(
            select(OutboxMessage.key).where(
                OutboxMessage.key.startswith("weekly:"), OutboxMessage.created_at >= since
            )
        )
    ):
        _, person_id, week = key.split(":")
        weeks[int(person_id)].append(week)
    return weeks


def plan_weekly(at: datetime, settings, only: Person | None = None) -> list[PlannedEmail]:
    """One digest per person with open actions (or an absent colleague's overdue ones), for the
    latest week whose moment has passed, as often as the person chose; none while away.

    ``only``: the digest that person would get now, sent already or not (the preview)."""
    period = schedule.current_weekly_period(at, settings)
    if period is None:
        return []
    week_key, due = period
    today = schedule.local(at, settings).date()
    grouped = _open_actions_by_person(everyone=True)
    stand_ins = _stand_ins(grouped, at, settings, today)
    people = {p.id: p for p in grouped} | {
        p.id: p for p in (db.session.get(Person, i) for i in stand_ins) if p is not None
    }
    if only is not None:
        people = {only.id: only} if only.id in people else {}
    weeks = _recent_weeks(at, settings)
    chosen = []
    for person in sorted(people.values(), key=lambda p: p.id):
        if only is None:
            sent = weeks.get(person.id, [])
            if not person.digest_enabled or not mailable(person, at, settings):
                continue
            if week_key in sent:
                continue
            last = schedule.week_due_day(sent[-1], settings) if sent else None
            if not schedule.frequency_due(person.digest_frequency, due.date(), last):
                continue
        chosen.append(person)
    all_actions = [a for p in chosen for a in grouped.get(p, [])]
    all_actions += [a for p in chosen for _, acts in stand_ins.get(p.id, []) for a in acts]
    data = digest.load(all_actions, [p.id for p in chosen], today)
    return [
        weekly_digest(
            person,
            week_key,
            digest.context(
                person,
                sorted(grouped.get(person, []), key=_by_deadline),
                stand_ins.get(person.id, []),
                data,
                settings,
            ),
        )
        for person in chosen
    ]


def plan_weekly_for(person: Person, at: datetime, settings) -> PlannedEmail | None:
    """The digest ``person`` gets at ``at``, as :func:`plan_weekly` makes it, whether already sent
    or turned off (the preview); None when the person has nothing to hear about."""
    planned = plan_weekly(at, settings, only=person)
    return planned[0] if planned else None


def plan_status_rounds(at: datetime, settings) -> list[PlannedEmail]:
    """Before a forum's next planned meeting, each owner of its open actions is asked for status."""
    today = schedule.local(at, settings).date()
    planned = []
    done = existing_keys("status_round:")
    for meeting in next_planned_per_forum(today):
        if not schedule.status_round_due(meeting.date, at, settings):
            continue
        grouped = _open_actions_by_person(Action.forum_id == meeting.forum_id)
        for person, actions in sorted(grouped.items(), key=lambda p: p[0].id):
            key = f"status_round:{meeting.id}:{person.id}"
            if key in done or not mailable(person, at, settings):
                continue
            planned.append(
                PlannedEmail(
                    key,
                    "status_round",
                    person,
                    "status_round",
                    _l("Status før %(forum)s", forum=meeting.forum.name),
                    {
                        "meeting": meeting,
                        "actions": sorted(actions, key=_by_deadline),
                        "closes": rules.status_round_closes(meeting.date),
                    },
                )
            )
    return planned


def _by_deadline(action: Action):
    return (action.due_end is None, action.due_end, action.id)


def plan_deadlines(at: datetime, settings) -> list[PlannedEmail]:
    """A reminder N days before a deadline's end, and one the working day after it passed."""
    done = existing_keys("deadline_")
    planned = []
    for person, actions in sorted(_open_actions_by_person().items(), key=lambda p: p[0].id):
        if not person.deadline_reminders_enabled or not mailable(person, at, settings):
            continue
        for action in sorted(actions, key=_by_deadline):
            if action.due_end is None:
                continue
            for kind, is_due, subject in (
                (
                    "deadline_soon",
                    schedule.deadline_soon_due,
                    _l("Frist snart: %(title)s", title=action.title),
                ),
                (
                    "deadline_passed",
                    schedule.deadline_passed_due,
                    _l("Fristen er overskredet: %(title)s", title=action.title),
                ),
            ):
                key = f"{kind}:{action.id}:{action.due_end.isoformat()}:{person.id}"
                if key not in done and is_due(action.due_end, at, settings):
                    planned.append(
                        PlannedEmail(key, kind, person, kind, subject, {"action": action})
                    )
    return planned


def plan(kind: str, at: datetime) -> list[PlannedEmail]:
    """Every email of ``kind`` ("weekly", "status-round", "deadline", "escalation" or "all")
    due at ``at``."""
    settings = settings_from_config(current_app.config)
    planners = {
        "weekly": plan_weekly,
        "status-round": plan_status_rounds,
        "deadline": plan_deadlines,
        "escalation": escalation.plan_escalations,
    }
    chosen = planners.values() if kind == "all" else [planners[kind]]
    return [email for planner in chosen for email in planner(at, settings)]


def status_round_answers(meeting: Meeting) -> list[dict]:
    """Each person asked in the status round before ``meeting``, and whether they answered.

    An answer is a status note by the person, after the email, on a forum action they own or
    co-own; one grouped query for everybody.
    """
    rows = db.session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.key.startswith(f"status_round:{meeting.id}:"))
        .options(selectinload(OutboxMessage.person))
    ).all()
    if not rows:
        return []
    co_owns = exists().where(
        action_co_owner.c.action_id == Action.id,
        action_co_owner.c.person_id == StatusNote.author_id,
    )
    latest = dict(
        db.session.execute(
            select(StatusNote.author_id, func.max(StatusNote.created_at))
            .join(Action, Action.id == StatusNote.action_id)
            .where(
                Action.forum_id == meeting.forum_id,
                StatusNote.author_id.in_([r.person_id for r in rows]),
                StatusNote.created_at >= min(r.created_at for r in rows),
                or_(Action.owner_id == StatusNote.author_id, co_owns),
            )
            .group_by(StatusNote.author_id)
        ).all()
    )
    answers = []
    for row in sorted(rows, key=lambda r: r.person.name if r.person else ""):
        answered = latest.get(row.person_id)
        answers.append(
            {
                "message": row,
                "person": row.person,
                "answered_at": answered if answered and answered >= row.created_at else None,
            }
        )
    return answers
