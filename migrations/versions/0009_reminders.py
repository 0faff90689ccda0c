"""Reminders people act on: check-ins from an email, the escalation ladder, digest frequency

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 14:30:00

"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "checkin_use",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nonce_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_checkin_use_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_checkin_use_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_use")),
        sa.UniqueConstraint("nonce_hash", name=op.f("uq_checkin_use_nonce_hash")),
    )
    with op.batch_alter_table("checkin_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_use_action_id"), ["action_id"], unique=False)

    op.create_table(
        "escalation_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("due_end", sa.Date(), nullable=False),
        sa.Column("outbox_key", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_escalation_step_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_step")),
        sa.UniqueConstraint(
            "action_id", "step", "due_end", name=op.f("uq_escalation_step_action_id_step_due_end")
        ),
    )

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "digest_frequency", sa.String(length=10), server_default="weekly", nullable=False
            )
        )
    with op.batch_alter_table("status_note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("via", sa.String(length=20), nullable=True))
    with op.batch_alter_table("forum", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("escalation_enabled", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("escalation_manager_days", sa.Integer(), server_default="10", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "escalation_secretariat_days", sa.Integer(), server_default="10", nullable=False
            )
        )


def downgrade():
    with op.batch_alter_table("forum", schema=None) as batch_op:
        batch_op.drop_column("escalation_secretariat_days")
        batch_op.drop_column("escalation_manager_days")
        batch_op.drop_column("escalation_enabled")
    with op.batch_alter_table("status_note", schema=None) as batch_op:
        batch_op.drop_column("via")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("digest_frequency")

    op.drop_table("escalation_step")
    with op.batch_alter_table("checkin_use", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_use_action_id"))
    op.drop_table("checkin_use")
