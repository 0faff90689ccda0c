"""People: manager, substitute, absent until, left and erased; the audit trail of their data

People deactivated before get the moment of this upgrade as the day they left (the day itself
was not kept).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 13:55:20.019500

"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "person_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["person.id"],
            name=op.f("fk_person_audit_actor_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_audit_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_audit")),
    )
    with op.batch_alter_table("person_audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_audit_person_id"), ["person_id"], unique=False)

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("manager_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("substitute_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("absent_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("deactivated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_person_manager_id"), ["manager_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_person_substitute_id_person"),
            "person",
            ["substitute_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_person_manager_id_person"),
            "person",
            ["manager_id"],
            ["id"],
            ondelete="SET NULL",
        )

    person = sa.table("person", sa.column("active"), sa.column("deactivated_at"))
    op.get_bind().execute(
        person.update()
        .where(person.c.active.is_(False))
        .values(deactivated_at=datetime.now(UTC).replace(tzinfo=None))
    )


def downgrade():
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_person_manager_id_person"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_person_substitute_id_person"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_person_manager_id"))
        batch_op.drop_column("erased_at")
        batch_op.drop_column("deactivated_at")
        batch_op.drop_column("absent_until")
        batch_op.drop_column("substitute_id")
        batch_op.drop_column("manager_id")

    with op.batch_alter_table("person_audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_audit_person_id"))

    op.drop_table("person_audit")
