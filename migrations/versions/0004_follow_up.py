"""Follow-up agenda items and actions accepted by the forum

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 05:20:15.485395

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("accepted_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("accepted_meeting_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_action_accepted_meeting_id_meeting"),
            "meeting",
            ["accepted_meeting_id"],
            ["id"],
        )

    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), server_default="normal", nullable=False)
        )


def downgrade():
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("kind")

    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_action_accepted_meeting_id_meeting"), type_="foreignkey"
        )
        batch_op.drop_column("accepted_meeting_id")
        batch_op.drop_column("accepted_at")
