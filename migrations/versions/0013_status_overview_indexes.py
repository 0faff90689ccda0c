"""Indexes for the status overview: it seeks its own forum, whatever the size of the rest

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 17:00:00

The chart from (forum, meeting, status) alone; the closed and the new actions since the last
meeting as ranges of (forum, closed_at) and (forum, created_at); each owner's latest note from
(action, author); the changes of deadlines and owners per action from (action, field,
created_at) (tracker.reports.services, bench/README.md).
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_action_forum_meeting_status", "action", ("forum_id", "meeting_id", "status")),
    ("ix_action_forum_closed_at", "action", ("forum_id", "closed_at")),
    ("ix_action_forum_created_at", "action", ("forum_id", "created_at")),
    ("ix_status_note_action_author", "status_note", ("action_id", "author_id")),
    ("ix_action_event_action_field", "action_event", ("action_id", "field", "created_at")),
)


def upgrade():
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns))


def downgrade():
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
