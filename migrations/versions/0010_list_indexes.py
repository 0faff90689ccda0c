"""Indexes for the shared action list: every sort, with or without forum and open filters

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 14:40:00

The list walks one of these in its sort order and stops after a page (tracker.models.actions,
bench/README.md). "Frist" is (no deadline last, deadline end, id); the open ones are partial,
with the same constants as tracker.models.actions.open_condition.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

OPEN = sa.text("status IN ('not_started', 'in_progress')")
DUE = (sa.text("(due_end IS NULL)"), "due_end", "id")
INDEXES = (
    ("ix_action_list_due", DUE, None),
    ("ix_action_list_forum_due", ("forum_id", *DUE), None),
    ("ix_action_list_open_due", DUE, OPEN),
    ("ix_action_list_open_forum_due", ("forum_id", *DUE), OPEN),
    ("ix_action_list_status_due", ("status", *DUE), None),
    ("ix_action_list_forum_status_due", ("forum_id", "status", *DUE), None),
    ("ix_action_list_title", ("title", "id"), None),
    ("ix_action_list_forum_title", ("forum_id", "title", "id"), None),
    ("ix_action_list_updated", ("updated_at", "id"), None),
    ("ix_action_list_forum_updated", ("forum_id", "updated_at", "id"), None),
)


def upgrade():
    for name, columns, where in INDEXES:
        op.create_index(name, "action", list(columns), sqlite_where=where, postgresql_where=where)


def downgrade():
    for name, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name="action")
