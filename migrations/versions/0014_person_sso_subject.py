"""A person's subject at the login provider, a refused other subject, the role from groups

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 10:00:00

Single sign-on matches a person by the provider's issuer and subject once the first login has
bound them (unique together); a login with the person's email but another subject is refused
and kept for an admin to link. The role the provider's groups gave, and when, lets a password
login or a remembered login drop a role the groups no longer vouch for (tracker.auth.sso,
tracker.auth.group_roles).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = (
    ("sso_issuer", sa.String(length=300)),
    ("sso_subject", sa.String(length=255)),
    ("sso_refused_issuer", sa.String(length=300)),
    ("sso_refused_subject", sa.String(length=255)),
    ("sso_refused_at", sa.DateTime()),
    ("sso_role", sa.String(length=20)),
    ("sso_role_at", sa.DateTime()),
)


# Plain ALTER TABLE and CREATE UNIQUE INDEX, as 0011: no batch copy of the table on SQLite.
def upgrade():
    for name, type_ in COLUMNS:
        op.add_column("person", sa.Column(name, type_, nullable=True))
    op.create_index("ix_person_sso_subject", "person", ["sso_issuer", "sso_subject"], unique=True)


def downgrade():
    op.drop_index("ix_person_sso_subject", table_name="person")
    for name, _type in reversed(COLUMNS):
        op.drop_column("person", name)
