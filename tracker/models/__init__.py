"""All models, importable from one place."""

from tracker.rules import OPEN_STATUSES, STATUSES

from .actions import Action, ActionEvent, StatusNote, action_co_owner
from .kept import ImportDraft, KeptForm
from .meetings import MEETING_STATUSES, POINT_KINDS, AgendaItem, Attendance, Forum, Meeting, Point
from .outbox import MAIL_STATES, OutboxMessage
from .people import AUDIT_KINDS, LANGUAGES, ROLES, Person, PersonAudit
from .reminders import ESCALATION_STEPS, CheckinUse, EscalationStep
from .security import LoginSession, MailServerState, SchedulerLock, ThrottleCounter
from .types import UTCDateTime, utcnow

__all__ = [
    "AUDIT_KINDS",
    "ESCALATION_STEPS",
    "LANGUAGES",
    "MAIL_STATES",
    "MEETING_STATUSES",
    "OPEN_STATUSES",
    "POINT_KINDS",
    "ROLES",
    "STATUSES",
    "Action",
    "ActionEvent",
    "AgendaItem",
    "CheckinUse",
    "EscalationStep",
    "ImportDraft",
    "KeptForm",
    "Attendance",
    "Forum",
    "LoginSession",
    "MailServerState",
    "Meeting",
    "OutboxMessage",
    "Person",
    "PersonAudit",
    "Point",
    "SchedulerLock",
    "StatusNote",
    "ThrottleCounter",
    "UTCDateTime",
    "action_co_owner",
    "utcnow",
]
