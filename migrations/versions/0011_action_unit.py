"""An action's unit: the body the minutes gave the task to ("Forvaltningen")

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 15:40:00

The import keeps a body proposed as owner as the action's unit; the owner is its person.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite 3.35 drops a column too): a batch copy of the table on SQLite
# would lose the expression indexes of 0010, which SQLAlchemy cannot reflect.
def upgrade():
    op.add_column("action", sa.Column("unit", sa.String(length=200), nullable=True))


def downgrade():
    op.drop_column("action", "unit")
