"""Index for changes since the last meeting

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 05:56:27.750339

"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("action_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_action_event_field_created_at", ["field", "created_at"], unique=False
        )


def downgrade():
    with op.batch_alter_table("action_event", schema=None) as batch_op:
        batch_op.drop_index("ix_action_event_field_created_at")
