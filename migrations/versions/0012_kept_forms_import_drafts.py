"""Kept forms too big for the cookie, and uploaded referater waiting for their review

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 16:30:00

A refused form that does not fit in the session cookie is kept in kept_form for the next GET
(Post/Redirect/Get); an upload's text waits in import_draft, so its review has an address.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "kept_form",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("form_key", sa.String(length=300), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_kept_form_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_form")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_kept_form_key_hash")),
    )
    op.create_index(op.f("ix_kept_form_person_id"), "kept_form", ["person_id"], unique=False)
    op.create_index(op.f("ix_kept_form_created_at"), "kept_form", ["created_at"], unique=False)

    op.create_table(
        "import_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("forum", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_import_draft_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_import_draft_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_draft")),
    )
    op.create_index(op.f("ix_import_draft_person_id"), "import_draft", ["person_id"], unique=False)
    op.create_index(
        op.f("ix_import_draft_created_at"), "import_draft", ["created_at"], unique=False
    )


def downgrade():
    op.drop_index(op.f("ix_import_draft_created_at"), table_name="import_draft")
    op.drop_index(op.f("ix_import_draft_person_id"), table_name="import_draft")
    op.drop_table("import_draft")
    op.drop_index(op.f("ix_kept_form_created_at"), table_name="kept_form")
    op.drop_index(op.f("ix_kept_form_person_id"), table_name="kept_form")
    op.drop_table("kept_form")
