"""An upload's draft keeps what its reading warned of (a scanned PDF read by OCR)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 09:30:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("import_draft", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reading_warnings", sa.Text(), server_default="", nullable=False)
        )


def downgrade():
    with op.batch_alter_table("import_draft", schema=None) as batch_op:
        batch_op.drop_column("reading_warnings")
